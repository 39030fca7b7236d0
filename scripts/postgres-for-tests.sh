#!/usr/bin/env bash
# Starts a local PostgreSQL server for the store tests and prints the JDBC URL they read from
# $PANTAU_TEST_POSTGRES: Debian's postgresql package (installed when missing), its cluster started,
# and a role "pantau" that may create databases (each test makes and drops one of its own).
#   export PANTAU_TEST_POSTGRES=$(bash scripts/postgres-for-tests.sh)
# Needs root (apt-get, pg_ctlcluster); says why on stderr and exits non-zero when it cannot.
set -euo pipefail
log() { echo "postgres-for-tests: $*" >&2; }
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "installing Debian's postgresql"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q -p "$port" && break
  sleep 1
done
runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pantau') THEN
    CREATE ROLE pantau LOGIN CREATEDB PASSWORD 'pantau';
  END IF;
END $$;
SQL
echo "jdbc:postgresql://localhost:$port/postgres?user=pantau&password=pantau"
