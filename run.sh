#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing (Debian 12+, Ubuntu 24.04+), builds Tautan and
# opens it on the bundled dataset. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")"
. ./setup.sh

tautan_install_deps
tautan_configure build
ninja -C build

if [ $# -eq 0 ]; then
  set -- resources/datasets/korea-russia.json
fi
exec ./build/app/tautan "$@"
