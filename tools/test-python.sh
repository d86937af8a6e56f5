#!/usr/bin/env bash
# Creates (once) the Python environment the API tests use to check our access tokens
# with an independent JWT implementation: PyJWT with its `crypto` extra (EdDSA needs
# the `cryptography` package). Prints the interpreter's path.
#
#   tools/test-python.sh            # -> /…/tools/.venv-test/bin/python
#   ACADEMY_TEST_JWT_VENV=/tmp/v tools/test-python.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${ACADEMY_TEST_JWT_VENV:-$root/tools/.venv-test}"
probe='import jwt, cryptography.hazmat.primitives.asymmetric.ed25519; assert int(jwt.__version__.split(".")[0]) >= 2'
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "$probe" 2>/dev/null; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "PyJWT[crypto]>=2.8,<3" >&2
    "$venv/bin/python" -c "$probe" >&2
fi
echo "$venv/bin/python"
