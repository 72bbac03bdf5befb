#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `meson install` into a temporary DESTDIR puts every file where a GNOME
# desktop looks for it, each file passes its validator, and the installed
# binary runs on its own. TAP output.
#
# Environment (from tests/meson.build): MESON, BUILD_ROOT, PREFIX, BINDIR,
# DATADIR, LOCALEDIR, APPLICATION_ID, VERSION, BUNDLED_DATASET.
set -uo pipefail

n=0
failed=0

ok ()
{
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok ()
{
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  shift
  for line in "$@"; do
    echo "# $line"
  done
}

# check DESCRIPTION COMMAND…: passes when COMMAND succeeds; shows its output otherwise.
check ()
{
  local description=$1 out
  shift
  if out=$("$@" 2>&1); then
    ok "$description"
  else
    mapfile -t lines <<<"$out"
    not_ok "$description" "${lines[@]}"
  fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tautan-install-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
destdir=$tmp/root
root=$destdir$PREFIX
id=$APPLICATION_ID

check "meson install --destdir" "$MESON" install -C "$BUILD_ROOT" --destdir "$destdir" --no-rebuild --quiet

# Where each file must land for the desktop to find it.
expected=(
  "$BINDIR/tautan"
  "$BINDIR/tautan-dask"
  "$DATADIR/applications/$id.desktop"
  "$DATADIR/metainfo/$id.metainfo.xml"
  "$DATADIR/dbus-1/services/$id.service"
  "$DATADIR/glib-2.0/schemas/$id.gschema.xml"
  "$DATADIR/icons/hicolor/scalable/apps/$id.svg"
  "$DATADIR/icons/hicolor/symbolic/apps/$id-symbolic.svg"
  "$DATADIR/mime/packages/$id.xml"
  "$DATADIR/man/man1/tautan.1"
  "$DATADIR/man/man1/tautan-dask.1"
)
while read -r lang; do
  case $lang in ''|'#'*) continue ;; esac
  expected+=("$LOCALEDIR/$lang/LC_MESSAGES/tautan.mo")
done < "$(dirname "$0")/../po/LINGUAS"

for file in "${expected[@]}"; do
  if [ -f "$root/$file" ]; then
    ok "installed $file"
  else
    not_ok "installed $file" "missing: $root/$file"
  fi
done

# Nothing of the build tree (tests, benchmarks, fuzzers) gets installed.
unexpected=$(cd "$root" && find . -type f | sed 's|^\./||' | sort | while read -r f; do
  found=0
  for e in "${expected[@]}"; do [ "$f" = "$e" ] && found=1; done
  [ $found = 1 ] || echo "$f"
done)
if [ -z "$unexpected" ]; then
  ok "nothing else installed"
else
  mapfile -t lines <<<"$unexpected"
  not_ok "nothing else installed" "${lines[@]}"
fi

check "desktop file is valid" desktop-file-validate "$root/$DATADIR/applications/$id.desktop"
check "metainfo is valid" appstreamcli validate --no-net "$root/$DATADIR/metainfo/$id.metainfo.xml"
check "schema compiles" glib-compile-schemas --strict --dry-run "$root/$DATADIR/glib-2.0/schemas"

for icon in "scalable/apps/$id.svg" "symbolic/apps/$id-symbolic.svg"; do
  check "icon $icon renders" rsvg-convert -w 64 -h 64 -o "$tmp/icon.png" "$root/$DATADIR/icons/hicolor/$icon"
done

# The scale-out driver is installed runnable (its --help needs no Dask).
check "tautan-dask --help runs" "$root/$BINDIR/tautan-dask" --help

# The D-Bus service starts the installed binary.
exec_line=$(grep '^Exec=' "$root/$DATADIR/dbus-1/services/$id.service")
if [ "$exec_line" = "Exec=$PREFIX/$BINDIR/tautan --gapplication-service" ]; then
  ok "D-Bus service runs $PREFIX/$BINDIR/tautan"
else
  not_ok "D-Bus service runs $PREFIX/$BINDIR/tautan" "got: $exec_line"
fi

# A double-clicked .tautan file is a workspace and opens in Tautan: build
# the MIME database and the desktop files' MIME index the way
# gnome.post_install and the package's triggers do, then ask GIO.
mkdir -p "$tmp/share/mime/packages" "$tmp/share/applications" "$tmp/home"
cp "$root/$DATADIR/mime/packages/$id.xml" "$tmp/share/mime/packages/"
cp "$root/$DATADIR/applications/$id.desktop" "$tmp/share/applications/"
check "update-mime-database" update-mime-database "$tmp/share/mime"
check "update-desktop-database" update-desktop-database "$tmp/share/applications"
printf '{\n  "format" : "tautan-workspace",\n  "version" : 1\n}\n' > "$tmp/analysis.tautan"
cp "$tmp/analysis.tautan" "$tmp/renamed-workspace"
echo '{ "name": "not a workspace" }' > "$tmp/other.json"
gio_env=(env PATH="$root/$BINDIR:$PATH" HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_DATA_DIRS="$tmp/share:/usr/share")
for pair in "analysis.tautan application/x-tautan-workspace" \
            "renamed-workspace application/x-tautan-workspace" \
            "other.json application/json"; do
  read -r file want <<<"$pair"
  got=$("${gio_env[@]}" gio info -a standard::content-type "$tmp/$file" 2>&1 | sed -n 's/^ *standard::content-type: //p')
  if [ "$got" = "$want" ]; then
    ok "$file is $want"
  else
    not_ok "$file is $want" "got: $got"
  fi
done
handlers=$("${gio_env[@]}" gio mime application/x-tautan-workspace 2>&1)
if grep -q "$id.desktop" <<<"$handlers"; then
  ok "Tautan opens application/x-tautan-workspace"
else
  mapfile -t lines <<<"$handlers"
  not_ok "Tautan opens application/x-tautan-workspace" "${lines[@]}"
fi
handlers=$("${gio_env[@]}" gio mime application/json 2>&1)
if grep -q "$id.desktop" <<<"$handlers"; then
  not_ok "Tautan does not claim application/json" "$handlers"
else
  ok "Tautan does not claim application/json"
fi

# The installed binary runs without the build tree: no run path into it,
# the version, and the bundled dataset it carries as a resource.
binary=$root/$BINDIR/tautan
if readelf -d "$binary" | grep -E 'R(UN)?PATH' | grep -qF "$BUILD_ROOT"; then
  not_ok "no run path into the build tree" "$(readelf -d "$binary" | grep -E 'R(UN)?PATH')"
else
  ok "no run path into the build tree"
fi
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$binary" --version 2>&1)
if [ "$out" = "Tautan $VERSION" ]; then
  ok "tautan --version"
else
  not_ok "tautan --version" "got: $out"
fi
out=$(cd "$tmp" && env -u DISPLAY -u WAYLAND_DISPLAY "$binary" validate "resource://$BUNDLED_DATASET" 2>&1)
status=$?
if [ $status -eq 0 ] && grep -q ': ok: ' <<<"$out"; then
  ok "tautan validate on the bundled dataset"
else
  not_ok "tautan validate on the bundled dataset" "exit $status: $out"
fi

echo "1..$n"
exit $failed
