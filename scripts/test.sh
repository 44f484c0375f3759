#!/usr/bin/env bash
# The whole test suite against a real PostgreSQL. Called by `make test` (and so by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

# PostgreSQL: this machine runs one on 127.0.0.1:5432 (trust auth); start it if it is down.
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432

# Headless Chromium for the console's browser tests (tests/console): Debian's own package,
# driven by Playwright; Playwright's browser downloads are never used.
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
fi

echo "== ruff";            $BIN/ruff check .
echo "== mypy";            $BIN/mypy api bot kawan
echo "== content check";   $BIN/kawan content check
echo "== pytest (PostgreSQL)"
$BIN/python -m pytest -q -p no:cacheprovider "$@"
