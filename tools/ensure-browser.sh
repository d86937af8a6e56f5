#!/usr/bin/env bash
# What the browser test (tests/browser) needs: Debian's Chromium (no browser downloads)
# and the npm packages pinned in tests/browser/package-lock.json (playwright-core to
# drive Chromium, axe-core to check accessibility). Installs what is missing; fails
# loudly when it cannot, because then the accessibility test cannot run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
packages=(chromium chromium-driver)
# `make screenshots` also wants pngquant (fewer colours, files a third the size).
if [ "${1:-}" = "--screenshots" ] && ! command -v pngquant >/dev/null 2>&1; then
    packages+=(pngquant)
    missing_pngquant=1
fi
if [ ! -x "$chromium" ] || [ -n "${missing_pngquant:-}" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing ${packages[*]}…" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1; then
        sudo apt-get update -qq >/dev/null
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    else
        echo "error: $chromium is missing; install Debian's chromium package (or set CHROMIUM)" >&2
        exit 1
    fi
fi
command -v node >/dev/null 2>&1 || { echo "error: Node.js (node, npm) is needed for tests/browser" >&2; exit 1; }
cd "$root/tests/browser"
# npm ci only when the lock file changed since the last install.
stamp=node_modules/.academy-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    npm ci --no-audit --no-fund --loglevel=error >&2
    cp package-lock.json "$stamp"
fi
