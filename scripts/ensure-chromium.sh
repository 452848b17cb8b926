#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download browsers here).
# Install it, with fonts (without them headless Chromium renders no text), when missing.
set -euo pipefail
packages=(chromium fonts-liberation fonts-dejavu-core fonts-noto-core)
if dpkg -s "${packages[@]}" >/dev/null 2>&1 || { ! command -v dpkg >/dev/null && command -v chromium >/dev/null; }; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium and fonts from Debian's packages ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
else
  echo "Chromium is missing: run 'sudo apt-get install chromium fonts-dejavu-core'." >&2
  echo "Without it the browser tests are skipped (in CI they fail)." >&2
fi
