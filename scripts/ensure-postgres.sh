#!/usr/bin/env bash
# Installs Debian's PostgreSQL 15 server programs when they are missing, for the equivalence test
# of the draw inside PostgreSQL (test/sql). The test starts its own server in a temporary
# directory, on a Unix socket only, and fails loudly when it cannot; this script never starts a
# server and never listens on a network.
set -euo pipefail
if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-postgres: PostgreSQL is missing and only root can install it: apt-get install postgresql-15" >&2
  exit 0 # the test/sql test then fails, saying so
fi
echo "ensure-postgres: installing Debian's postgresql-15" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 >/dev/null
