#!/usr/bin/env bash
# Makes sure the PostgreSQL the test suite uses is running, when this machine has one.
# Without PostgreSQL the suite prints SKIPPED lines (or fails under ACADEMY_REQUIRE_PG=1).
set -u
url="${ACADEMY_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
hostport="${url#*@}"; hostport="${hostport%%/*}"
host="${hostport%%:*}"; port="${hostport##*:}"; [ "$port" = "$host" ] && port=5432
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$host" -p "$port"; then
  exit 0
fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  for version in $(ls /etc/postgresql); do
    echo "starting PostgreSQL $version (main)…"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 20); do
    pg_isready -q -h "$host" -p "$port" && exit 0
    sleep 0.5
  done
fi
echo "note: PostgreSQL is not reachable at $host:$port; its tests will report SKIPPED (or fail under ACADEMY_REQUIRE_PG=1)" >&2
exit 0
