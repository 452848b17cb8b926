#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download browsers here) through
# the Python Playwright package, whose bundled driver is a Node binary. Install, from Debian's
# packages and only when missing:
#   chromium                  the browser
#   fonts-*                   without any font headless Chromium renders no text at all
#   libatomic1                needed by Playwright's driver (.venv/.../playwright/driver/node);
#                             a minimal Debian 12 lacks it and the driver then dies with
#                             "libatomic.so.1: cannot open shared object file"
# Usage: bash scripts/ensure-chromium.sh [VENV]   (VENV defaults to the project's .venv)
set -euo pipefail
venv=${1:-$(cd "$(dirname "$0")/.." && pwd)/.venv}
packages=(chromium fonts-liberation fonts-dejavu-core fonts-noto-core libatomic1)

# The driver must start: `node --version` fails at once when a shared library is missing.
driver_problem() {
  local driver
  driver=$(ls "$venv"/lib/python3*/site-packages/playwright/driver/node 2>/dev/null | head -n 1)
  [ -n "$driver" ] || return 1  # Playwright not installed (yet): nothing to check
  local error
  error=$("$driver" --version 2>&1 >/dev/null) && return 1
  printf '%s\n' "${error:-$driver exits with an error}" | head -n 1
}

if ! command -v dpkg >/dev/null; then
  # Not Debian: nothing to install with apt; say what is needed if it is not there.
  command -v chromium >/dev/null \
    || echo "Chromium is missing: install it (and fonts); without it the browser tests are skipped." >&2
  if problem=$(driver_problem); then
    echo "Playwright's driver cannot start: $problem" >&2
  fi
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q ' installed$' \
    || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} from Debian's packages (browser tests) ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The browser tests need Debian packages that are missing: ${missing[*]}" >&2
    echo "Install them as root:  sudo apt-get install ${missing[*]}" >&2
    if ! command -v chromium >/dev/null; then
      echo "Until then the browser tests are skipped (in CI they fail)." >&2
    elif [[ " ${missing[*]} " == *" libatomic1 "* ]]; then
      echo "Until then the browser tests fail: Playwright's driver needs libatomic1." >&2
    fi
    [ -z "${CI:-}" ] || exit 1
    exit 0
  fi
fi

if problem=$(driver_problem); then
  echo "Playwright's driver cannot start: $problem" >&2
  library=$(sed -n 's/.*shared libraries: \([^:]*\):.*/\1/p' <<<"$problem")
  echo "Install the Debian package that ships ${library:-it} (apt-file search ${library:-NAME.so})." >&2
  exit 1
fi
