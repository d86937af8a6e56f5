#!/usr/bin/env bash
# `make api-fuzz`: schemathesis against a real `academy serve` on a temporary SQLite
# database with the curriculum imported, a seeded learner and a bearer token.
#
# Every operation of /api/v1/openapi.json is fuzzed with valid and invalid data; the run
# fails on any 5xx, and on any response whose status, content type, headers or body the
# document does not declare. Bounded: API_FUZZ_EXAMPLES cases per operation and phase
# (default 20: about 2-4 minutes on two cores).
#
# Usage: tools/api-fuzz.sh path/to/academy
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
academy="${1:?usage: tools/api-fuzz.sh path/to/academy}"
examples="${API_FUZZ_EXAMPLES:-20}"
python="$("$root/tools/python-venv.sh")"
schemathesis="$(dirname "$python")/schemathesis"

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

port="$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
export ACADEMY_DATABASE_URL="sqlite://$work/academy.db"
export ACADEMY_DATA_DIR="$work/data"
export ACADEMY_CONTENT_DIR="$root/course-content"
export ACADEMY_LOCALES_DIR="$root/locales"
export ACADEMY_PUBLIC_URL="$base"
export ACADEMY_COOKIE_SECURE=false
export ACADEMY_LOG_FORMAT=json
# No SMTP server: mail stays in the outbox.
unset ACADEMY_SMTP_URL ACADEMY_CONFIG

"$academy" migrate >/dev/null
"$academy" content import >/dev/null
export API_FUZZ_PASSWORD="fuzzing passphrase 1"
"$academy" user create --email fuzz@example.org --name "Fuzz Learner" \
    --password-env API_FUZZ_PASSWORD >/dev/null

"$academy" serve --bind "127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.2
done

token="$(curl -fsS -H 'content-type: application/json' \
    -d "{\"email\":\"fuzz@example.org\",\"password\":\"$API_FUZZ_PASSWORD\"}" \
    "$base/api/v1/auth/token" | "$python" -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')"
# The access token lives 15 minutes: longer than the run.

status=0
# schemathesis keeps state in ./.schemathesis: run it in the scratch directory.
cd "$work"
"$schemathesis" run "$base/api/v1/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
    --phases examples,coverage,fuzzing \
    --max-examples "$examples" \
    --seed "${API_FUZZ_SEED:-20261123}" \
    --generation-database none \
    --suppress-health-check all \
    --request-timeout 30 \
    --workers 2 \
    --no-color \
    --report-dir "$work/report" || status=$?
if [ "$status" -ne 0 ]; then
    echo "api-fuzz: schemathesis failed; the server's last log lines:" >&2
    tail -n 20 "$work/server.log" >&2
fi
exit "$status"
