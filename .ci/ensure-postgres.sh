#!/usr/bin/env bash
# Make sure PostgreSQL's server binaries (initdb, pg_ctl) are present for the tests' throwaway cluster (tests/pg.py).
# On a machine without them, install Debian's `postgresql` package with apt-get. Nothing is started here: the tests
# start their own cluster on 127.0.0.1 in a temp dir and stop it at the end. Under CI=true the PostgreSQL tests fail
# (rather than skip) when the server cannot start.
set -euo pipefail

have_initdb() {
  command -v initdb >/dev/null 2>&1 && return 0
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}

if have_initdb; then
  echo "ensure-postgres: initdb found ($(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-postgres: initdb missing and no apt-get here; install PostgreSQL's server package yourself" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "ensure-postgres: installing Debian's postgresql package"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
# Debian's package starts a system cluster on 5432; the tests use their own, so stop it if it started.
if command -v pg_ctlcluster >/dev/null 2>&1; then
  for version_dir in /etc/postgresql/*/main; do
    [ -d "$version_dir" ] || continue
    version="$(basename "$(dirname "$version_dir")")"
    $SUDO pg_ctlcluster "$version" main stop >/dev/null 2>&1 || true
  done
fi
have_initdb || { echo "ensure-postgres: postgresql installed but initdb still not found" >&2; exit 1; }
echo "ensure-postgres: ok"
