#!/usr/bin/env bash
# Creates (once) the Python environment the test suite uses for real protocol peers:
# aiosmtpd (an SMTP server on loopback). Prints the interpreter's path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${ACADEMY_TEST_VENV:-$root/tools/.venv-smtp}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import aiosmtpd" 2>/dev/null; then
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "aiosmtpd==1.4.6" >&2
fi
echo "$venv/bin/python"
