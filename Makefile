# lectern — build, run and test. `make run` and `make test` install what they need.
SWIFT    ?= swift
PREFIX   ?= /usr/local
DESTDIR  ?=
SEEDS    ?= ../shared/seeds
SAMPLES  ?= ../shared/samples
RELEASE  := .build/release/lectern
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_DEPS := libncursesw5-dev tmux
APT_DEPS += man-db
APT_DEPS += strace
APT_DEPS += bibtool
# pdflatex and bibtex, to check that a BibTeX export compiles (without recommends: no docs, no fonts).
TEX_DEPS := texlive-latex-base
# Python readers the export tests open lectern's files with (calendars, BibTeX and its formatter, CommonMark),
# pinned to the versions the tests were written for; bibtool (apt) checks BibTeX too.
PY_DEPS  := icalendar==7.3.0 bibtexparser==2.1.0 vobject==0.9.9 pybtex==0.26.1 markdown-it-py==4.3.0
SHELL    := /bin/bash

.PHONY: all deps build run test corpus bench fuzz install uninstall dist screenshots clean
.PHONY: man completions man-files completion-files install-files uninstall-files dist-files

# Release builds link the Swift standard library and Foundation statically: the binary needs
# only libc, libm, libstdc++ and ncursesw, and runs where no Swift toolchain is installed.
# Linked at a fixed address (not position-independent, as Go links by default): the loader has no
# 83,000 relocations to apply to a static Foundation, about a millisecond of every start.
RELEASE_FLAGS := --static-swift-stdlib -Xlinker -no-pie
VERSION  := $(shell sed -n 's/.*static let number = "\(.*\)".*/\1/p' Sources/lectern/Support/LecternVersion.swift)
ARCH     := $(shell uname -m)
DIST_NAME = lectern-$(VERSION)-linux-$(ARCH)
# Where man-files, completion-files, install-files and dist-files take the binary from and write
# what they generate; these targets never build, so tests can run them against a given binary.
BIN      ?= $(RELEASE)
GEN      ?= .build
THEMES   := $(sort $(wildcard Themes/*.toml))
# install and dist ship the binary without its symbol table and debug information (a third smaller);
# binutils' strip, or the toolchain's llvm-objcopy where binutils is missing.
STRIP    ?= $(or $(shell command -v strip 2>/dev/null),$(dir $(shell readlink -f $$(command -v $(SWIFT))))llvm-objcopy --strip-all)

all: build

# Installs system packages only when missing; sudo only when not root.
deps:
	@missing=""; for p in $(APT_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@missing=""; for p in $(TEX_DEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@for spec in $(PY_DEPS); do \
	  python3 -c "import importlib.metadata as m, sys; sys.exit(m.version('$${spec%%==*}') != '$${spec##*==}')" 2>/dev/null \
	  || python3 -m pip install -q "$$spec" || exit 1; \
	done

build: deps
	$(SWIFT) build -c release $(RELEASE_FLAGS)

run: build
	$(RELEASE)

# Runs a test command; when it fails, every recorded issue is printed again at the end, where
# even the last lines of a long log say what broke.
TESTED = tested() { log=$$(mktemp); "$$@" 2>&1 | tee "$$log"; rc=$${PIPESTATUS[0]}; \
	if [ "$$rc" != 0 ]; then echo "=== what failed ==="; grep -E -A6 "recorded an issue|error: |Fatal error|Test Case .* failed" "$$log" | tail -150; fi; \
	rm -f "$$log"; return "$$rc"; }; tested

# Unit, golden and property tests, then the end-to-end tests of the release binary (CLI and tmux).
test: build
	@$(TESTED) $(SWIFT) test --skip LecternCLITests
	@$(TESTED) env LECTERN_BIN=$(CURDIR)/$(RELEASE) LECTERN_SEEDS=$(abspath $(SEEDS)) LECTERN_SAMPLES=$(abspath $(SAMPLES)) $(SWIFT) test --filter LecternCLITests

# Regenerates the bundled corpus from the seed pages, then its search index, embedded beside it.
corpus:
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lectern
	$(RELEASE) import $(sort $(wildcard $(SEEDS)/*.txt)) --output Sources/CLecternData/data/corpus.json
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lectern
	$(RELEASE) bundled-index --output Sources/CLecternData/data/corpus.index
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lectern

# The man page, with the version and the key bindings taken from the binary: `.build/man/lectern.1`.
man: build
	@$(MAKE) --no-print-directory man-files

man-files:
	Documentation/make-man.sh $(BIN) Documentation/lectern.1.in $(GEN)/man/lectern.1 $(PREFIX)

# Shell completions from the argument definitions: `.build/completions/`.
completions: build
	@$(MAKE) --no-print-directory completion-files

completion-files:
	@mkdir -p $(GEN)/completions
	$(BIN) --generate-completion-script bash >$(GEN)/completions/lectern.bash
	$(BIN) --generate-completion-script zsh >$(GEN)/completions/_lectern
	$(BIN) --generate-completion-script fish >$(GEN)/completions/lectern.fish

# Installs the binary, the man page, the completions and the themes (PREFIX, DESTDIR honoured).
install: build
	@$(MAKE) --no-print-directory install-files

install-files: man-files completion-files
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d $(DESTDIR)$(PREFIX)/share/lectern/themes
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/lectern
	$(STRIP) $(DESTDIR)$(PREFIX)/bin/lectern
	install -m 0644 $(GEN)/man/lectern.1 $(DESTDIR)$(PREFIX)/share/man/man1/lectern.1
	install -m 0644 $(GEN)/completions/lectern.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/lectern
	install -m 0644 $(GEN)/completions/_lectern $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lectern
	install -m 0644 $(GEN)/completions/lectern.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lectern.fish
	install -m 0644 $(THEMES) $(DESTDIR)$(PREFIX)/share/lectern/themes/

# Removes exactly what install put there, and lectern's own folders once empty.
uninstall: uninstall-files

uninstall-files:
	rm -f $(DESTDIR)$(PREFIX)/bin/lectern $(DESTDIR)$(PREFIX)/share/man/man1/lectern.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/lectern \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lectern \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lectern.fish \
	  $(addprefix $(DESTDIR)$(PREFIX)/share/lectern/themes/,$(notdir $(THEMES)))
	rmdir $(DESTDIR)$(PREFIX)/share/lectern/themes $(DESTDIR)$(PREFIX)/share/lectern 2>/dev/null || true

# dist/lectern-VERSION-linux-ARCH.tar.gz (the install tree plus README and LICENSE) and its checksum.
dist: build
	@$(MAKE) --no-print-directory dist-files

DIST ?= dist
dist-files:
	rm -rf $(GEN)/dist/$(DIST_NAME) && mkdir -p $(GEN)/dist/$(DIST_NAME) $(DIST)
	$(MAKE) --no-print-directory install-files DESTDIR=$(abspath $(GEN))/dist/$(DIST_NAME) PREFIX= GEN=$(GEN) BIN=$(BIN)
	cp README.md $(wildcard LICENSE*) $(GEN)/dist/$(DIST_NAME)/
	tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C $(GEN)/dist -cf - $(DIST_NAME) \
	  | gzip -n9 >$(DIST)/$(DIST_NAME).tar.gz
	cd $(DIST) && sha256sum $(DIST_NAME).tar.gz >$(DIST_NAME).tar.gz.sha256
	@echo "$(DIST)/$(DIST_NAME).tar.gz"

# PNG screenshots of the real program in tmux under docs/ (installs Pillow and a font for this only).
screenshots: build
	@dpkg -s fonts-dejavu-core >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq fonts-dejavu-core >/dev/null; }
	@python3 -c "import PIL" 2>/dev/null || python3 -m pip install -q Pillow
	python3 Documentation/screenshot.py --bin $(RELEASE) --out docs

clean:
	rm -rf .build .build-* Fuzz/.build

# libFuzzer targets for the page importer, the corpus decoder and the schedule and paper readers (package in Fuzz/), each run for
# FUZZ_SECONDS in a fresh work dir. Crashes are written to Fuzz/.build-crashes/; turn each into a
# regression test in Tests/LecternCoreTests/FuzzRegressionTests.swift.
FUZZ_SECONDS  ?= 60
# The schedule and paper readers' fuzzers (XML, JSON schedule, iCalendar, BibTeX...) run this long each.
SCHEDULE_FUZZ_SECONDS ?= $(FUZZ_SECONDS)
# Empty: a fresh random exploration each run. `make test` fixes it, so a CI run is reproducible.
FUZZ_SEED     ?=
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
	for t in pages:FuzzPageImporter corpus:FuzzCorpusDecoder frabxml:FuzzFrabXML frabjson:FuzzFrabJSON icalendar:FuzzICalendar bibtex:FuzzBibTeX atom:FuzzArxivAtom openreview:FuzzOpenReview snapshot:FuzzArxivSnapshot miniconfpapers:FuzzMiniConfPapers miniconfcalendar:FuzzMiniConfCalendar sharedplan:FuzzSharedPlan searchindex:FuzzSearchIndexDecoder; do \
	  dir=$${t%%:*}; exe=$${t#*:}; mkdir -p $(FUZZ_WORK)/$$dir; \
	  secs=$$( case $$dir in pages|corpus|searchindex) echo $(FUZZ_SECONDS);; *) echo $(SCHEDULE_FUZZ_SECONDS);; esac ); \
	  echo "fuzzing $$exe for $$secs s"; \
	  SWIFT_BACKTRACE=enable=no $$bin/$$exe $(FUZZ_WORK)/$$dir Fuzz/Seeds/$$dir \
	    $$( [ $$dir = pages ] && echo $(abspath $(SEEDS)) ) $$( case $$dir in pages|corpus|searchindex) ;; frabxml|frabjson|icalendar|sharedplan) echo $(abspath $(SAMPLES))/schedules;; *) echo $(abspath $(SAMPLES))/papers;; esac ) \
	    -max_total_time=$$secs $(if $(FUZZ_SEED),-seed=$(FUZZ_SEED)) -timeout=10 -rss_limit_mb=4096 -max_len=$$( [ $$dir = pages ] && echo 32768 || echo 65536 ) \
	    -artifact_prefix=Fuzz/.build-crashes/$$exe- -print_final_stats=1 \
	    || { echo "$$exe found a crash: see Fuzz/.build-crashes/"; exit 1; }; \
	done

# `make test` also runs both fuzzers for a bounded time (FUZZ_SECONDS each), from a fixed seed so
# that a red run can be replayed; `make fuzz` alone explores afresh every time.
test: FUZZ_SEED = 1
test: SCHEDULE_FUZZ_SECONDS = 20
test: fuzz

# Search benchmark: seeded 1k/10k/100k corpora; lectern vs SQLite FTS5 and fzf (installs them when missing).
BENCH_APT := sqlite3 fzf hyperfine
# The import of a large frab schedule JSON (1351 events) is timed when the sample is there.
SCHEDULE_36C3 := $(SAMPLES)/schedules/36c3_everything.schedule.json
bench:
	@missing=""; for p in $(BENCH_APT); do command -v $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@[ -x /usr/bin/time ] || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq time >/dev/null; }
	@python3 -c "import bibtexparser" 2>/dev/null || python3 -m pip install -q bibtexparser==2.1.0
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lectern
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product lectern-bench
	.build/release/lectern-bench --lectern $(RELEASE) --out .build/bench --samples $(SAMPLES) \
	  $$([ -f $(SCHEDULE_36C3) ] && echo --schedule $(SCHEDULE_36C3))
