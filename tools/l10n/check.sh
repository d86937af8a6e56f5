#!/usr/bin/env bash
# Localization check: `make l10n-check`.
#
# 1. Mozilla's compare-locales over locales/ (reference: ru; config: locales/l10n.toml):
#    syntax errors, missing and obsolete messages, Fluent-specific warnings.
# 2. The Rust completeness tests (crates/i18n/tests/completeness.rs): same variables and
#    attributes as Russian, no empty values, no copied Russian/English text unless listed
#    in locales/exceptions.toml, every message formats in every locale.
#
# Fails (exit 1) on any error or missing message. compare-locales is installed from PyPI
# into tools/l10n/.venv on first use (override with L10N_VENV). Set L10N_SKIP_CARGO=1 to run
# only step 1 (e.g. on a machine without a Rust toolchain).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${L10N_VENV:-$ROOT/tools/l10n/.venv}"
# Pinned so that a new release cannot change what passes.
COMPARE_LOCALES_VERSION="9.0.5"

if ! "$VENV/bin/compare-locales" --version 2>/dev/null | grep -q "$COMPARE_LOCALES_VERSION"; then
    echo "l10n-check: installing compare-locales $COMPARE_LOCALES_VERSION into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check \
        "compare-locales==$COMPARE_LOCALES_VERSION"
fi

json="$(mktemp)"
trap 'rm -f "$json"' EXIT

echo "== compare-locales (reference: ru) =="
# compare-locales exits 1 when it found errors; the summary below decides from the JSON,
# and any other status means compare-locales itself failed.
set +e
"$VENV/bin/compare-locales" --json "$json" "$ROOT/locales/l10n.toml" "$ROOT/locales" >/dev/null
status=$?
set -e
if [ "$status" -gt 1 ] || [ ! -s "$json" ]; then
    echo "l10n-check: compare-locales failed to run (exit $status)" >&2
    exit 2
fi
cl_ok=0
"$VENV/bin/python" "$ROOT/tools/l10n/summary.py" "$json" || cl_ok=1

cargo_ok=0
if [ "${L10N_SKIP_CARGO:-0}" != "1" ]; then
    echo
    echo "== completeness tests (cargo test -p i18n --test completeness) =="
    if (cd "$ROOT" && cargo test -q -p i18n --test completeness 2>&1); then
        echo "completeness: OK"
    else
        cargo_ok=1
    fi
fi

echo
if [ "$cl_ok" -eq 0 ] && [ "$cargo_ok" -eq 0 ]; then
    echo "l10n-check: PASS"
else
    echo "l10n-check: FAIL"
    exit 1
fi
