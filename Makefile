# lectern — build, run and test. `make run` and `make test` install what they need.
SWIFT    ?= swift
PREFIX   ?= /usr/local
DESTDIR  ?=
SEEDS    ?= ../shared/seeds
RELEASE  := .build/release/lectern
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_DEPS := libncursesw5-dev tmux
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
