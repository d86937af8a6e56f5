#!/usr/bin/env bash
# Installs wrk (the HTTP load generator the benchmark drives the server with) from the
# distribution's packages on first use.
set -eu
command -v wrk >/dev/null 2>&1 && exit 0
echo "installing wrk (Debian package)…"
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
$SUDO apt-get install -y wrk >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
command -v wrk >/dev/null
