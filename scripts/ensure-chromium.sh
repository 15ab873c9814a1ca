#!/usr/bin/env bash
# Installs Debian's Chromium and the Noto CJK fonts when missing, for the test of the public notice
# page (test/node/notice.browser.test.ts), which drives it headless through playwright-core with
# every network request refused. Without a CJK font Debian's Chromium draws Chinese as boxes, so the
# fonts are part of what the test needs (it checks that Chinese glyphs render). This script never
# starts a browser; the test fails loudly without one.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" = 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-chromium: ${missing[*]} missing and only root can install it: apt-get install ${missing[*]}" >&2
  exit 0 # the notice page test then fails, saying so
fi
echo "ensure-chromium: installing Debian's ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
