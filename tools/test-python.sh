#!/usr/bin/env bash
# The Python environment of the test suite (see python-venv.sh); kept under this name for
# the API tests that call it.
exec "$(dirname "${BASH_SOURCE[0]}")/python-venv.sh" "$@"
