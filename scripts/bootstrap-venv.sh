#!/usr/bin/env bash
# Create the project's virtualenv with nothing but python3. Debian's python3 lacks
# `venv`'s pip until python3-venv is installed; install it when we are root.
set -euo pipefail
python=${1:-python3}
venv=${2:-.venv}
[ -x "$venv/bin/pip" ] && exit 0
# Quiet first try: without python3-venv, venv prints a long "ensurepip is not available" notice.
if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
  rm -rf "$venv"
  version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing python3-venv (Debian) ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python$version-venv" python3-venv >/dev/null
    "$python" -m venv "$venv"
  else
    echo "python3 cannot create a virtualenv: run 'sudo apt-get install python$version-venv' first." >&2
    exit 1
  fi
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check --upgrade pip
