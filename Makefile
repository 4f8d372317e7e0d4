# lectern — build, run and test. `make run` and `make test` install what they need.
SWIFT    ?= swift
PREFIX   ?= /usr/local
DESTDIR  ?=
SEEDS    ?= ../shared/seeds
RELEASE  := .build/release/lectern
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_DEPS := libncursesw5-dev tmux
APT_DEPS += strace
PY_DEPS  := icalendar bibtexparser

.PHONY: all deps build run test corpus bench fuzz install uninstall dist screenshots clean

all: build

# Installs system packages only when missing; sudo only when not root.
deps:
	@missing=""; for p in $(APT_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@for m in $(PY_DEPS); do python3 -c "import $$m" 2>/dev/null || python3 -m pip install -q $$m || exit 1; done

build: deps
	$(SWIFT) build -c release

run: build
	$(RELEASE)

# Unit, golden and property tests, then the end-to-end tests of the release binary (CLI and tmux).
test: build
	$(SWIFT) test --skip LecternCLITests
	LECTERN_BIN=$(CURDIR)/$(RELEASE) LECTERN_SEEDS=$(abspath $(SEEDS)) $(SWIFT) test --filter LecternCLITests

# Regenerates the bundled corpus from the seed pages.
corpus:
	$(SWIFT) build -c release --product lectern
	$(RELEASE) import $(sort $(wildcard $(SEEDS)/*.txt)) --output Sources/CLecternData/data/corpus.json
	$(SWIFT) build -c release --product lectern

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/lectern

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/lectern

clean:
	rm -rf .build .build-* Fuzz/.build

# libFuzzer targets for the page importer and the corpus decoder (package in Fuzz/), each run for
# FUZZ_SECONDS in a fresh work dir. Crashes are written to Fuzz/.build-crashes/; turn each into a
# regression test in Tests/LecternCoreTests/FuzzRegressionTests.swift.
FUZZ_SECONDS  ?= 60
FUZZ_TOOLROOT := $(shell dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))
FUZZ_RT        = $(firstword $(wildcard $(FUZZ_TOOLROOT)/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a))
FUZZ_FLAGS     = -c release --package-path Fuzz -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xlinker $(FUZZ_RT) -Xlinker -lstdc++
FUZZ_WORK     := Fuzz/.build-work

fuzz:
	$(SWIFT) build $(FUZZ_FLAGS)
	@bin=$$($(SWIFT) build $(FUZZ_FLAGS) --show-bin-path); \
	rm -rf $(FUZZ_WORK); mkdir -p $(FUZZ_WORK)/pages $(FUZZ_WORK)/corpus Fuzz/.build-crashes; \
	cp Sources/CLecternData/data/corpus.json $(FUZZ_WORK)/corpus/bundled.json; \
	for t in pages:FuzzPageImporter corpus:FuzzCorpusDecoder; do \
	  dir=$${t%%:*}; exe=$${t#*:}; \
	  echo "fuzzing $$exe for $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no $$bin/$$exe $(FUZZ_WORK)/$$dir Fuzz/Seeds/$$dir \
	    $$( [ $$dir = pages ] && echo $(abspath $(SEEDS)) ) \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -max_len=$$( [ $$dir = pages ] && echo 32768 || echo 65536 ) \
	    -artifact_prefix=Fuzz/.build-crashes/$$exe- -print_final_stats=1 \
	    || { echo "$$exe found a crash: see Fuzz/.build-crashes/"; exit 1; }; \
	done

# `make test` also runs both fuzzers for a bounded time (FUZZ_SECONDS each).
test: fuzz

# Search benchmark: seeded 1k/10k/100k corpora; lectern vs SQLite FTS5 and fzf (installs them when missing).
BENCH_APT := sqlite3 fzf hyperfine
bench:
	@missing=""; for p in $(BENCH_APT); do command -v $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	$(SWIFT) build -c release --product lectern
	$(SWIFT) build -c release --product lectern-bench
	.build/release/lectern-bench --lectern $(RELEASE) --out .build/bench
