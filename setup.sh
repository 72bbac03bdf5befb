#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what building, running and testing Tautan needs on Debian 12+ or
# Ubuntu 24.04+, then configures the build directory. Sourced by run.sh and
# test.sh; can be run alone. Skips packages that are already installed.
set -euo pipefail

TAUTAN_PACKAGES=(
  # toolchain
  gcc libc6-dev make meson ninja-build pkg-config git
  # libraries
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  libcairo2-dev libpango1.0-dev libarchive-dev
  # build tools the resources use (xml-stripblanks, glib-compile-*)
  libglib2.0-dev-bin libxml2-utils desktop-file-utils
  # fonts with Latin, Cyrillic and Hangul coverage for screen and export
  fonts-cantarell fonts-dejavu-core fonts-noto-core fonts-noto-cjk
  # headless runs and the tests' own checks
  xvfb xauth xdotool dbus dbus-x11 librsvg2-bin poppler-utils
  # interop exports read back by Debian's networkx (tests)
  python3-networkx
)

tautan_missing_packages ()
{
  local missing=() p
  for p in "${TAUTAN_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]:-}"
}

tautan_install_deps ()
{
  local missing sudo=""
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: this script installs packages with apt-get (Debian 12+ or Ubuntu 24.04+)." >&2
    echo "setup: elsewhere, install: ${TAUTAN_PACKAGES[*]}" >&2
    return 1
  fi
  missing=$(tautan_missing_packages)
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: need root to install: $missing (no sudo found)" >&2
      return 1
    fi
    sudo="sudo"
  fi
  echo "setup: installing $missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

tautan_configure ()
{
  local builddir=${1:-build}
  shift || true
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" "$@"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  cd "$(dirname "$0")"
  tautan_install_deps
  tautan_configure build
fi
