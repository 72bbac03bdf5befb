#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every libFuzzer target for a while: `make fuzz` (FUZZ_SECONDS each,
# 300 by default), `.ci/run` (a short pass). Usage:
#   tests/fuzz/run.sh BUILD-DIR SECONDS [NAME…]
# The build is set up with clang, ASan, UBSan and coverage for libFuzzer if
# it is not there. Each target's seeds and dictionary are those of its
# replay test in tests/fuzz/meson.build; what it finds new is kept in
# BUILD-DIR/fuzz-corpus/NAME, a crash in BUILD-DIR/fuzz-crashes/. Exits 1
# when a target crashed, 77 when clang has no libFuzzer.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build-fuzz}
seconds=${2:-300}
shift 2 || shift $#

if ! command -v clang >/dev/null 2>&1 ||
   ! echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }' |
     clang -x c -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1; then
  echo "fuzz: clang with libFuzzer is not installed (apt-get install clang libclang-rt-dev)" >&2
  exit 77
fi

if [ ! -f "$build/build.ninja" ]; then
  # Coverage in the code under test too, not only in the targets.
  CC=clang meson setup "$build" -Db_sanitize=address,undefined -Db_lundef=false \
    -Dbuildtype=debugoptimized -Dc_args=-fsanitize=fuzzer-no-link
fi

# Name, dictionary ("-" for none) and seeds of each target, from its replay
# test, as the current meson.build says.
ninja -C "$build" build.ninja >/dev/null
targets=$(meson introspect --tests "$build" | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    name = t["name"]
    if not (name.startswith("fuzz-") and name.endswith("-replay")):
        continue
    target = name[len("fuzz-"):-len("-replay")]
    print("\t".join([target, t["env"].get("TAUTAN_FUZZ_DICT") or "-"] + t["cmd"][1:]))
')

wanted=("$@")
status=0
summary=()
while IFS=$'\t' read -r -a fields; do
  name=${fields[0]}
  dict=${fields[1]}
  seeds=("${fields[@]:2}")
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " =~ " $name " ]]; then
    continue
  fi

  # Built seeds (caches) are named relative to the build.
  built=()
  for s in "${seeds[@]}"; do
    case $s in /*) ;; *) built+=("$s") ;; esac
  done
  ninja -C "$build" "tests/fuzz/fuzz-$name" "${built[@]}" >/dev/null
  corpus="$build/fuzz-corpus/$name"
  crashes="$build/fuzz-crashes"
  mkdir -p "$corpus" "$crashes"
  dirs=()
  for s in "${seeds[@]}"; do
    case $s in /*) ;; *) s="$build/$s" ;; esac
    if [ -d "$s" ]; then
      dirs+=("$s")
    else
      # libFuzzer reads folders only: a single seed joins the corpus.
      cp -f "$s" "$corpus/"
    fi
  done
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=262144
        -artifact_prefix="$crashes/$name-" -print_final_stats=1)
  [ "$dict" != - ] && args+=(-dict="$dict")

  echo "fuzz: $name for ${seconds}s"
  log="$build/fuzz-$name.log"
  # No GIO modules: the targets read local files only, and GIO's module
  # scan keeps objects LeakSanitizer reports as lost at exit (see
  # tests/lsan.supp), which fast unwinding cannot match to a suppression.
  mkdir -p "$build/no-gio-modules"
  if G_SLICE=always-malloc TZ=UTC LC_ALL=C.UTF-8 GIO_MODULE_DIR="$build/no-gio-modules" \
     ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$build/tests/fuzz/fuzz-$name" "${args[@]}" "$corpus" "${dirs[@]}" >"$log" 2>&1; then
    result=ok
  else
    result="CRASH (see $log and $crashes/)"
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  summary+=("fuzz $name: ${runs:-?} executions in ${seconds}s, corpus $(find "$corpus" -type f | wc -l) files: $result")
done <<<"$targets"

printf '%s\n' "${summary[@]}"
if [ $status -ne 0 ]; then
  echo "fuzz: minimise a crash (fuzz-NAME -minimize_crash=1 FILE), fix it and add the input to tests/fuzz/regressions/NAME/" >&2
fi
exit $status
