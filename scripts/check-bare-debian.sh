#!/usr/bin/env bash
# Manual check that the README's two commands work on a pristine Debian 12 machine.
# Not run by CI (slow: about 3-6 minutes, mostly downloads; needs root). Usage, as root on a
# Debian or Ubuntu host:
#
#   bash scripts/check-bare-debian.sh [REPO] [REF]
#
#   REPO  path (or URL) of the git repository to check; default: the one holding this script
#   REF   commit, branch or tag to check out; default: HEAD. Only committed work is checked.
#
# What it does:
#   1. Builds, once, a minimal Debian 12 root with debootstrap (--variant=minbase) holding only
#      python3, python3-venv, python3-pip, make, git and ca-certificates (no Recommends), and keeps
#      it as a pristine template in $CHECK_DIR/base (default /var/tmp/mpp-bare-debian).
#   2. Copies the template to a fresh $CHECK_DIR/root (every run starts from the same pristine
#      root, so the check is repeatable), clones REPO at REF into /root/mpp inside it.
#   3. Mounts /proc, /sys, /dev, /dev/pts and a fresh /dev/shm into it and runs, as root with a
#      clean environment (no DATABASE_URL, no REDIS_URL, no CI: SQLite default), `make test`.
#   4. Unless SMOKE_RUN=0: `make run PORT=$RUN_PORT`, waits for the port, fetches `/` and
#      `/-/health/` (both must answer 200), checks that the demo logins were printed, stops it.
#   5. Stops whatever is still running in the root and unmounts everything, even on failure or
#      Ctrl-C (trap). The root is left in place for inspection and replaced by the next run.
#
# Settings (environment):
#   CHECK_DIR=/var/tmp/mpp-bare-debian   where the roots live (never inside the repository)
#   MIRROR=...           Debian mirror; default: the one this host's apt uses, else deb.debian.org
#   SECURITY_MIRROR=...  default: the host's debian-security URI, else deb.debian.org/debian-security
#   REBUILD_BASE=1       rebuild the pristine template (e.g. after a Debian point release)
#   SMOKE_RUN=0          skip the `make run` smoke;  RUN_PORT=18000  its port
#   PACKAGES=a,b,c       the template's packages (default python3,python3-venv,python3-pip,make,
#                        git,ca-certificates); e.g. PACKAGES=python3,make,git,ca-certificates
#                        checks that bootstrap-venv.sh installs python3-venv itself
#
# Network: the root gets the host's /etc/resolv.conf and /etc/hosts. Where the host reaches
# Debian and PyPI only through something of its own, the root needs the same, so the script
# copies (and says so when it does):
#   - extra CA certificates from /usr/local/share/ca-certificates (a TLS-intercepting egress
#     proxy's CA; then update-ca-certificates runs in the root),
#   - /etc/pip.conf (e.g. `cert = /etc/ssl/certs/ca-certificates.crt`: pip ships its own CA
#     bundle, which does not know such a proxy's CA),
#   - apt settings about proxies and Release validity (Acquire::*Proxy, Check-Valid-Until,
#     Check-Date) from /etc/apt/apt.conf(.d),
#   - the http_proxy/https_proxy/no_proxy variables, if set.
# It deliberately does NOT copy pip's find-links or extra-index-url (local wheel caches and
# mirrors are not on a pristine machine): the root installs from PyPI itself.
set -euo pipefail

started=$SECONDS
say() { printf '\n==> [%4ss] %s\n' "$((SECONDS - started))" "$*"; }
die() { printf 'check-bare-debian: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || die "needs Linux (chroot and mounts)."
[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and mounts need it)."

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=${1:-$(git -C "$script_dir" rev-parse --show-toplevel)}
ref=${2:-HEAD}
CHECK_DIR=${CHECK_DIR:-/var/tmp/mpp-bare-debian}
SMOKE_RUN=${SMOKE_RUN:-1}
RUN_PORT=${RUN_PORT:-18000}
SUITE=bookworm
DEFAULT_PACKAGES=python3,python3-venv,python3-pip,make,git,ca-certificates
PACKAGES=${PACKAGES:-$DEFAULT_PACKAGES}
if [ "$PACKAGES" = "$DEFAULT_PACKAGES" ]; then
  base=$CHECK_DIR/base
else  # one template per package set
  base=$CHECK_DIR/base-$(printf '%s' "$PACKAGES" | md5sum | cut -c1-8)
fi
root=$CHECK_DIR/root
log_dir=$CHECK_DIR/logs

# Resolve the repository and commit on the host, so a bad argument fails before any work.
if [ -d "$repo" ]; then repo=$(cd "$repo" && pwd); fi
commit=$(git -C "$repo" rev-parse --verify "$ref^{commit}" 2>/dev/null) \
  || commit=$(git ls-remote "$repo" "$ref" 2>/dev/null | head -n 1 | cut -f1)
[ -n "$commit" ] || die "cannot resolve $ref in $repo."
case "$CHECK_DIR/" in
  "$repo"/*) die "CHECK_DIR ($CHECK_DIR) must not be inside the repository." ;;
esac

# The host's Debian mirrors, read from its apt sources (deb822 or one-line style).
host_uri() {  # $1: pattern the URI must match, e.g. '/debian$'
  {
    sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | tr ' ' '\n'
    awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }' \
      /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
  } | sed 's:/*$::' | grep -E "$1" | head -n 1 || true
}
MIRROR=${MIRROR:-$(host_uri '/debian$')}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${SECURITY_MIRROR:-$(host_uri '/debian-security$')}
SECURITY_MIRROR=${SECURITY_MIRROR:-http://deb.debian.org/debian-security}

# --- mounts and processes -------------------------------------------------------------------
mounts_under() {  # mount points at or under $1, deepest first
  awk -v p="$1" '$2 == p || index($2, p "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

pids_in() {  # processes whose root is $1: this script started them (chroot, debootstrap)
  local dir=$1 pid link
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    link=$(readlink "/proc/$pid/root" 2>/dev/null) || continue
    if [ "$link" = "$dir" ] || [ "${link#"$dir"/}" != "$link" ]; then echo "$pid"; fi
  done
}

stop_processes() {
  local dir=$1 pids _
  pids=$(pids_in "$dir")
  [ -n "$pids" ] || return 0
  kill -TERM $pids 2>/dev/null || true
  for _ in $(seq 1 10); do
    sleep 1
    pids=$(pids_in "$dir")
    [ -n "$pids" ] || return 0
  done
  kill -KILL $pids 2>/dev/null || true
  sleep 1
}

unmount_all() {
  local dir=$1 point
  for point in $(mounts_under "$dir"); do
    umount "$point" 2>/dev/null || umount -l "$point" 2>/dev/null || true
  done
  [ -z "$(mounts_under "$dir")" ]
}

remove_root() {  # never rm -rf a tree that still has /dev or /proc mounted in it
  local dir=$1
  [ -e "$dir" ] || return 0
  stop_processes "$dir"
  unmount_all "$dir" || die "could not unmount everything under $dir; not removing it."
  rm -rf --one-file-system "$dir"
}

cleanup() {  # on any exit: stop what runs in the roots, unmount what is mounted in them
  local status=$? dir
  trap - EXIT INT TERM
  for dir in "$root" "$base"; do
    stop_processes "$dir"
    [ -n "$(mounts_under "$dir")" ] || continue
    if unmount_all "$dir"; then
      echo "check-bare-debian: unmounted everything under $dir"
    else
      echo "check-bare-debian: WARNING: still mounted:" $(mounts_under "$dir") >&2
    fi
  done
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_root() {
  local dir=$1
  mount -t proc proc "$dir/proc"
  mount -t sysfs sysfs "$dir/sys" 2>/dev/null || mount --bind /sys "$dir/sys"
  mount --bind /dev "$dir/dev"
  mkdir -p "$dir/dev/pts" "$dir/dev/shm"
  mount --bind /dev/pts "$dir/dev/pts"
  # A fresh, empty /dev/shm (Chromium needs a writable one), not the host's.
  mount -t tmpfs -o mode=1777,nosuid,nodev shm "$dir/dev/shm"
}

# A clean environment inside the root: nothing from the host's shell leaks in.
in_root() {
  local -a env=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
                LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive)
  local var
  for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -n "${!var:-}" ] && env+=("$var=${!var}")
  done
  chroot "$root" /usr/bin/env -i "${env[@]}" /bin/bash -c "$1"
}

# --- 1. the pristine template ---------------------------------------------------------------
command -v debootstrap >/dev/null || {
  say "Installing debootstrap on the host"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
}
mkdir -p "$CHECK_DIR" "$log_dir"

if [ "${REBUILD_BASE:-0}" = 1 ] || [ ! -f "$base/.mpp-bare-debian" ]; then
  say "Building a minimal Debian 12 root in $base from $MIRROR (a few minutes)"
  remove_root "$base"
  debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$base" "$MIRROR" \
    >"$log_dir/debootstrap.log" 2>&1 \
    || { tail -n 30 "$log_dir/debootstrap.log" >&2; die "debootstrap failed (log: $log_dir/debootstrap.log)"; }
  # The apt sources a Debian 12 install has: main, updates and security.
  cat >"$base/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
EOF
  # Host network settings the root needs to reach Debian and PyPI (see the header).
  shopt -s nullglob
  extra_cas=(/usr/local/share/ca-certificates/*.crt)
  if [ ${#extra_cas[@]} -gt 0 ]; then
    echo "Copying the host's extra CA certificates into the root: ${extra_cas[*]}"
    cp "${extra_cas[@]}" "$base/usr/local/share/ca-certificates/"
    chroot "$base" /usr/sbin/update-ca-certificates >/dev/null
  fi
  if [ -f /etc/pip.conf ]; then
    echo "Copying the host's /etc/pip.conf into the root:"; sed 's/^/    /' /etc/pip.conf
    cp /etc/pip.conf "$base/etc/pip.conf"
  fi
  apt_net=$(cat /etc/apt/apt.conf /etc/apt/apt.conf.d/* 2>/dev/null \
    | grep -E '^[[:space:]]*Acquire::([a-z]+::)?(Proxy|Check-Valid-Until|Check-Date)' || true)
  if [ -n "$apt_net" ]; then
    echo "Copying the host's apt network settings into the root:"; sed 's/^/    /' <<<"$apt_net"
    printf '%s\n' "$apt_net" >"$base/etc/apt/apt.conf.d/99host-network"
  fi
  shopt -u nullglob
  # A chroot has no init: keep package scripts from starting services in it.
  printf '#!/bin/sh\nexit 101\n' >"$base/usr/sbin/policy-rc.d"
  chmod 755 "$base/usr/sbin/policy-rc.d"
  chroot "$base" /usr/bin/apt-get clean
  chroot "$base" dpkg-query -W -f '${Package} ${Version}\n' >"$base/.mpp-bare-debian"
  say "Template ready: $(wc -l <"$base/.mpp-bare-debian") packages"
else
  say "Reusing the pristine template in $base (REBUILD_BASE=1 to rebuild)"
fi

# --- 2. a fresh root with the repository ----------------------------------------------------
say "Fresh root $root from the template"
remove_root "$root"
cp -a "$base" "$root"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
cp /etc/hosts "$root/etc/hosts"
git clone --quiet --no-hardlinks "$repo" "$root/root/mpp"
git -C "$root/root/mpp" -c advice.detachedHead=false checkout --quiet "$commit"
say "Checking $repo at $(git -C "$root/root/mpp" log -1 --format='%h %s')"

mount_root "$root"
echo "Inside the root: $(in_root '. /etc/os-release; echo "$PRETTY_NAME"; python3 --version')"
for tool in chromium node curl gcc; do
  in_root "command -v $tool >/dev/null" && echo "note: $tool is already in the template"
done

# --- 3. make test ---------------------------------------------------------------------------
say "make test (log: $log_dir/make-test.log)"
test_started=$SECONDS
# In the background with `wait`, so that a TERM or Ctrl-C reaches the cleanup trap at once.
in_root 'cd /root/mpp && make test' > >(tee "$log_dir/make-test.log") 2>&1 &
test_status=0
wait $! || test_status=$?
sleep 1  # let tee write the last lines
test_seconds=$((SECONDS - test_started))
browser=$(grep -E '^tests/e2e/' "$log_dir/make-test.log" | sed -E 's/ +\[ *[0-9]+%\]$//' | tr '\n' ';' || true)
summary=$(grep -E '^=+ .*(passed|failed|error|skipped).* in [0-9.]+s' "$log_dir/make-test.log" | tail -n 1 || true)

# --- 4. make run smoke ----------------------------------------------------------------------
run_result="skipped (SMOKE_RUN=0)"
if [ "$SMOKE_RUN" != 0 ]; then
  say "make run on port $RUN_PORT (log: $log_dir/make-run.log)"
  if (exec 3<>"/dev/tcp/127.0.0.1/$RUN_PORT") 2>/dev/null; then
    die "port $RUN_PORT is already in use on this host: set RUN_PORT."
  fi
  in_root "cd /root/mpp && exec make run PORT=$RUN_PORT" >"$log_dir/make-run.log" 2>&1 &
  run_pid=$!
  up=0
  for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$RUN_PORT") 2>/dev/null; then up=1; break; fi
    kill -0 "$run_pid" 2>/dev/null || break
    sleep 1
  done
  fetch() {  # prints the HTTP status of http://127.0.0.1:PORT$1, fetched from inside the root
    in_root "python3 - <<'PY'
import urllib.error, urllib.request
try:
    print(urllib.request.urlopen('http://127.0.0.1:$RUN_PORT$1', timeout=30).status)
except urllib.error.HTTPError as error:
    print(error.code)
except Exception as error:
    print('error:', error)
PY"
  }
  if [ "$up" = 1 ]; then
    home=$(fetch /); health=$(fetch /-/health/)
  else
    home="not serving"; health="not serving"
  fi
  logins=$(grep -c '@demo.mpp.id' "$log_dir/make-run.log" || true)
  stop_processes "$root"
  wait "$run_pid" 2>/dev/null || true
  echo "--- make run output (migrations left out)"; grep -v '^  Applying ' "$log_dir/make-run.log" || true
  run_result="GET / -> $home, GET /-/health/ -> $health, demo logins printed: $logins"
  if [ "$home" = 200 ] && [ "$health" = 200 ] && [ "$logins" -gt 0 ]; then
    run_result="OK: $run_result"
  else
    run_result="FAILED: $run_result"
  fi
fi

# --- 5. report ------------------------------------------------------------------------------
say "Done"
echo "commit:     $commit"
echo "make test:  exit $test_status in ${test_seconds}s; ${summary:-no pytest summary line (see $log_dir/make-test.log)}"
echo "browser:    ${browser:-no tests/e2e line in the log}"
echo "make run:   $run_result"
echo "total:      $((SECONDS - started))s   (root left in $root, logs in $log_dir)"
[ "$test_status" = 0 ] && [ "${run_result#FAILED}" = "$run_result" ]
