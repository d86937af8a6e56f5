#!/usr/bin/env bash
# Installs cargo-deny (from crates.io, built from source) the first time `make deny`
# needs it. The pinned version keeps deny.toml's format and the checks' behaviour fixed.
set -euo pipefail
version=0.20.2
if command -v cargo-deny >/dev/null 2>&1 \
    && cargo deny --version 2>/dev/null | grep -qx "cargo-deny $version"; then
    exit 0
fi
echo "installing cargo-deny $version (first use; a few minutes)…"
cargo install --locked --quiet cargo-deny --version "$version"
