#!/usr/bin/env bash
# What the tests need from the system, installed by `npm test` (through `npm run setup`) when
# missing: Debian's chromium renders the HTML report in a real browser (driven by playwright-core
# in test/report-html-browser.test.ts), zstd writes the compressed input that ingest must read,
# and redis-server holds the rate-limit counters that several `ringfence serve` processes share
# (test/redis-rate-limit.test.ts starts a throwaway one on loopback, see test/support/redis.ts).
# Installs the missing ones with apt-get, as root or through sudo; otherwise fails, naming the
# packages to install. When everything is present it does nothing but say so.
#
# RINGFENCE_SETUP_DRY_RUN=1 prints the commands it would run instead of running them.
set -euo pipefail

# command on PATH -> Debian package that provides it
commands=(chromium zstd redis-server)
declare -A package_of=([chromium]=chromium [zstd]=zstd [redis-server]=redis-server)

missing=()
for cmd in "${commands[@]}"; do
  command -v "$cmd" > /dev/null 2>&1 || missing+=("${package_of[$cmd]}")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: test dependencies present (${commands[*]})"
  exit 0
fi

# fail REASON [HOW]: say why nothing was installed and which packages to install by hand
fail() {
  echo "setup: missing Debian packages that the tests need: ${missing[*]}. $1" >&2
  echo "setup: ${2:-install them as root, then run npm test again: apt-get install ${missing[*]}}" >&2
  exit 1
}

if ! command -v apt-get > /dev/null 2>&1; then
  fail "apt-get was not found (not Debian?)." \
    "install the packages that provide the commands ${missing[*]}, then run npm test again."
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo > /dev/null 2>&1; then
    sudo=(sudo)
  else
    fail "Installing them needs root or sudo, and this is neither."
  fi
fi

run() {
  if [ -n "${RINGFENCE_SETUP_DRY_RUN:-}" ]; then
    echo "+ $*" >&2
  else
    "$@"
  fi
}

echo "setup: installing Debian packages with apt-get: ${missing[*]}"
run "${sudo[@]}" apt-get update -qq > /dev/null
run "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null

if [ -z "${RINGFENCE_SETUP_DRY_RUN:-}" ]; then
  for cmd in "${commands[@]}"; do
    command -v "$cmd" > /dev/null 2>&1 || fail "apt-get ran, yet the command $cmd is still not found."
  done
fi
