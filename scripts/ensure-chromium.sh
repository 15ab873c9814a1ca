#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing, for the test of the public notice page
# (test/node/notice.browser.test.ts), which drives it headless through playwright-core with every
# network request refused. This script never starts a browser; the test fails loudly without one.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-chromium: Chromium is missing and only root can install it: apt-get install chromium" >&2
  exit 0 # the notice page test then fails, saying so
fi
echo "ensure-chromium: installing Debian's chromium" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
