# SPDX-License-Identifier: GPL-3.0-or-later
# Developer shortcuts over meson; ./run.sh and ./test.sh need no make.

BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
BENCH_BUILD ?= build-release
DEB_BUILD ?= build-deb

.PHONY: all run test sanitize bench fuzz clean deps deb

all: deps
	ninja -C $(BUILD)

deps:
	bash -c '. ./setup.sh && tautan_install_deps && tautan_configure $(BUILD)'

run:
	./run.sh

test:
	./test.sh

# The suite under ASan (leaks included) and UBSan. GLib's slice allocator
# would hide errors; the slow unwinder lets suppressions see GLib's frames.
# When it fails, each leak is printed again as one line at the very end,
# where a CI log that keeps only its tail still shows where it was made.
sanitize: deps
	[ -f $(SANITIZE_BUILD)/build.ninja ] || meson setup $(SANITIZE_BUILD) \
	  -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
	ninja -C $(SANITIZE_BUILD)
	G_SLICE=always-malloc TAUTAN_DASK_ARTICLES=200 \
	ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=30:abort_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
	  meson test -C $(SANITIZE_BUILD) --print-errorlogs --num-processes 2 \
	  --no-suite bench --timeout-multiplier 4 \
	|| { tests/sanitize-leaks.sh $(SANITIZE_BUILD)/meson-logs/testlog.txt; exit 1; }

# Benchmarks from ../shared/BENCH.md, on an optimised build.
bench: deps
	[ -f $(BENCH_BUILD)/build.ninja ] || meson setup $(BENCH_BUILD) -Dbuildtype=release
	ninja -C $(BENCH_BUILD)
	$(BENCH_BUILD)/tests/bench/bench-data
	$(BENCH_BUILD)/tests/bench/bench-layout
	$(BENCH_BUILD)/tests/bench/bench-render
	$(BENCH_BUILD)/tests/bench/bench-export
	$(BENCH_BUILD)/tests/bench/bench-import
	$(BENCH_BUILD)/tests/bench/bench-extract
	GSK_RENDERER=cairo NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1920x1080x24" $(BENCH_BUILD)/tests/bench/bench-gui
	$(BENCH_BUILD)/tests/bench/bench-analysis

# Every fuzz target for FUZZ_SECONDS each, with clang and libFuzzer
# (tests/fuzz/README.md); new inputs stay in build-fuzz/fuzz-corpus/.
FUZZ_SECONDS ?= 300
fuzz:
	bash -c '. ./setup.sh && tautan_install_fuzz_deps'
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

# The Debian package, built from a copy of the working tree (committed or
# not, never ignored files) so the source tree stays clean; the .deb and its
# .buildinfo/.changes land in $(DEB_BUILD)/, then lintian checks them.
deb:
	bash -c '. ./setup.sh && tautan_install_deb_deps'
	rm -rf $(DEB_BUILD)
	mkdir -p $(DEB_BUILD)/tautan
	git ls-files -z --cached --others --exclude-standard | \
	  tar --null --ignore-failed-read -T - -cf - | tar -xf - -C $(DEB_BUILD)/tautan
	cd $(DEB_BUILD)/tautan && dpkg-buildpackage -us -uc -b
	rm -rf $(DEB_BUILD)/tautan
	lintian --info $(DEB_BUILD)/tautan_*.changes
	@ls -1 $(DEB_BUILD)/*.deb

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(BENCH_BUILD) $(DEB_BUILD) build-fuzz
