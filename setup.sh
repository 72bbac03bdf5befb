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
  # the extractor scaled out on Dask: app/tautan-dask and its test
  python3-distributed
  # translations and installing: gettext, the ITS rules and validators for
  # metainfo and MIME files, the caches `meson install` refreshes, and
  # locale data so Indonesian dates format right in the tests
  gettext appstream shared-mime-info gtk-update-icon-cache locales
)

# Only for `make deb`: building and checking the Debian package.
TAUTAN_DEB_PACKAGES=(build-essential dpkg-dev debhelper lintian)

# Locales the tests format dates in; generated when missing.
TAUTAN_LOCALES=(id_ID.UTF-8)

tautan_missing_packages ()
{
  local missing=() p
  for p in "${@:-${TAUTAN_PACKAGES[@]}}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]:-}"
}

# tautan_install_packages PACKAGE…: installs those not yet installed.
tautan_install_packages ()
{
  local missing sudo=""
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: this script installs packages with apt-get (Debian 12+ or Ubuntu 24.04+)." >&2
    echo "setup: elsewhere, install: $*" >&2
    return 1
  fi
  missing=$(tautan_missing_packages "$@")
  [ -z "$missing" ] && return 0
  sudo=$(tautan_sudo "install: $missing") || return 1
  echo "setup: installing $missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

# Prints "sudo" when not root; fails, saying what needed root, without sudo.
tautan_sudo ()
{
  [ "$(id -u)" -eq 0 ] && return 0
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup: need root to $1 (no sudo found)" >&2
    return 1
  fi
  echo sudo
}

# Generates the locales of TAUTAN_LOCALES that `locale -a` lacks: enabled in
# /etc/locale.gen (Debian), named to locale-gen (Ubuntu reads its arguments).
tautan_generate_locales ()
{
  local wanted=() l sudo
  for l in "${TAUTAN_LOCALES[@]}"; do
    # locale -a spells id_ID.UTF-8 as id_ID.utf8
    if ! locale -a 2>/dev/null | grep -qix "${l%%.*}.utf-\?8"; then
      wanted+=("$l")
    fi
  done
  [ ${#wanted[@]} -eq 0 ] && return 0
  sudo=$(tautan_sudo "generate the locales ${wanted[*]}") || return 1
  echo "setup: generating locales ${wanted[*]}"
  for l in "${wanted[@]}"; do
    if grep -q "^# *$l UTF-8" /etc/locale.gen 2>/dev/null; then
      $sudo sed -i "s/^# *$l UTF-8/$l UTF-8/" /etc/locale.gen
    elif ! grep -q "^$l UTF-8" /etc/locale.gen 2>/dev/null; then
      echo "$l UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
    fi
  done
  $sudo locale-gen --keep-existing "${wanted[@]}"
}

tautan_install_deps ()
{
  tautan_install_packages "${TAUTAN_PACKAGES[@]}" && tautan_generate_locales
}

# What `make deb` needs on top of the build's own packages.
tautan_install_deb_deps ()
{
  tautan_install_deps && tautan_install_packages "${TAUTAN_DEB_PACKAGES[@]}"
}

# What `make fuzz` and CI's fuzz pass need: clang and its libFuzzer runtime,
# packaged per LLVM version (libclang-rt-14-dev on Debian 12,
# libclang-rt-18-dev on Ubuntu 24.04), so the name follows the clang
# installed.
tautan_install_fuzz_deps ()
{
  local major
  tautan_install_packages clang || return 1
  major=$(clang -dumpversion | cut -d. -f1)
  tautan_install_packages "libclang-rt-$major-dev"
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
