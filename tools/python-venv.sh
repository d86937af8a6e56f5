#!/usr/bin/env bash
# Creates (once) the Python environment the test suite uses for real protocol peers and
# independent checks: aiosmtpd (an SMTP server on loopback) and PyJWT with `cryptography`
# (decodes our access tokens), jsonschema (checks exported Open Badges against the
# published schema), schemathesis (fuzzes the JSON API against its OpenAPI document,
# `make api-fuzz`). Prints the interpreter's path.
#
# Tests run in parallel and several call this at once on a fresh clone: a lock makes the
# first one build the environment while the others wait, instead of racing pip.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${ACADEMY_TEST_VENV:-$root/tools/.venv-test}"
probe='import aiosmtpd, jwt, jsonschema, schemathesis, cryptography.hazmat.primitives.asymmetric.ed25519; assert int(jwt.__version__.split(".")[0]) >= 2'
mkdir -p "$(dirname "$venv")"
exec 9>"$venv.lock"
flock 9
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "$probe" 2>/dev/null; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        "aiosmtpd==1.4.6" "PyJWT[crypto]>=2.8,<3" "jsonschema>=4.18,<5" \
        "schemathesis==4.32.5" >&2
    "$venv/bin/python" -c "$probe" >&2
fi
echo "$venv/bin/python"
