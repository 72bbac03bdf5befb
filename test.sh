#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds, and runs the whole test suite headless
# under Xvfb. Extra arguments go to `meson test` (e.g. a suite name).
set -euo pipefail
cd "$(dirname "$0")"
. ./setup.sh

tautan_install_deps
tautan_configure build
ninja -C build

# A private D-Bus and X server: nothing from the caller's session leaks in.
exec xvfb-run -a -s "-screen 0 1920x1080x24" \
  dbus-run-session -- \
  meson test -C build --print-errorlogs --num-processes 2 "$@"
