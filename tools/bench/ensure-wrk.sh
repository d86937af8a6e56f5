#!/usr/bin/env bash
# Installs what the benchmark drives and inspects the server with, from the
# distribution's packages on first use: wrk (the HTTP load generator) and the sqlite3
# client (bench.py counts rows and makes the quiz-submission pool with it).
set -eu
missing=
command -v wrk >/dev/null 2>&1 || missing="$missing wrk"
command -v sqlite3 >/dev/null 2>&1 || missing="$missing sqlite3"
[ -z "$missing" ] && exit 0
echo "installing$missing (Debian packages)…"
if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
# shellcheck disable=SC2086
$SUDO apt-get install -y $missing >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y $missing >/dev/null; }
command -v wrk >/dev/null && command -v sqlite3 >/dev/null
