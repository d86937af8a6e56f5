#!/usr/bin/env bash
# Debian tools some tests read our output with: pdftotext/pdftoppm (poppler-utils) and
# zbarimg (zbar-tools) check certificate PDFs and their QR codes; pg_dump/pg_restore
# (postgresql-client) make and restore PostgreSQL backups; strace watches the server's
# connections in the privacy test (crates/academy/tests/privacy_journey.rs). Installed when missing
# and when this machine can install packages (root); otherwise those tests say so loudly.
set -u
missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v pg_dump >/dev/null 2>&1 || missing+=(postgresql-client)
command -v strace >/dev/null 2>&1 || missing+=(strace)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${missing[*]}…"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
        || echo "note: could not install ${missing[*]}" >&2
else
    echo "note: ${missing[*]} missing and cannot be installed here" >&2
fi
exit 0
