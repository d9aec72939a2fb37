# Annals: `make report` and `make test` are all a fresh Debian 12 machine with Swift needs.
SWIFT ?= swift
DEBIAN_PACKAGES := libcairo2-dev libpango1.0-dev libqpdf-dev libsqlite3-dev fonts-dejavu-core poppler-utils qpdf
# Only for the test that opens the HTML report in a real browser (skipped, saying so, without it).
BROWSER_PACKAGES := chromium
# Where `make completions` and `make man` write.
SHARE ?= .build/share
CORPUS ?= seeds
OUT ?= reports
TEMPEVAL ?= ../shared/data/tempeval3-train
# The report's creation date: the last change to the corpus, so the same input gives the same bytes.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct -- $(CORPUS) 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH

.PHONY: all deps build release report test eval eval-timeml eval-figures bench clean deps-browser completions man gallery fuzz spark

all: release

# Installs whichever Debian packages are missing (through sudo when not root).
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

# The Swift runtime and Foundation linked in statically: a quarter less start-up work (no
# relocation of their symbols at every run), which is most of `annals summary` on a small corpus.
release: deps
	$(SWIFT) build -c release --product annals --static-swift-stdlib

# Writes reports/ from seeds/ and prints the summary.
report: release
	.build/release/annals report $(CORPUS) --out $(OUT)

test: deps deps-browser
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# TempEval-3 Task A figures of the temporal tagger on the training set, and the casualty figures
# on the held-out parts of the evaluation set (Tests/Data/casualties; held-out-3, held-out-4,
# held-out-6, held-out-9, held-out-11 and held-out-13 are blind: written without reading the extractor,
# never used in development, scored in aggregate only; held-out-4 includes verbatim Wikipedia excerpts;
# held-out-6, held-out-9, held-out-11 and held-out-13 are real text only; held-out-5, real Wikinews and Wikipedia text, became
# the real-text development set, as did held-out-7, held-out-8, held-out-10 and held-out-12 after one
# blind score each).
FIGURE_SETS := held-out held-out-2 held-out-3 held-out-4 held-out-5 held-out-6 held-out-7 \
  held-out-8 held-out-9 held-out-10 held-out-11 held-out-12 held-out-13 held-out-14 held-out-15

eval: eval-timeml eval-figures

eval-timeml: release
	.build/release/annals eval timeml $(TEMPEVAL)

# Casualty figures alone: precision, recall and F1 over (outcome, category, low, high) per document.
eval-figures: release
	@for set in $(FIGURE_SETS); do \
	  echo ".build/release/annals eval figures Tests/Data/casualties/$$set"; \
	  .build/release/annals eval figures Tests/Data/casualties/$$set || exit 1; \
	done

# libFuzzer over the extraction stage (Tests/Fuzz, its own package): builds with the fuzzer and
# address sanitizers and runs FUZZ_SECONDS starting from the seeds in Tests/Fuzz/Corpus (kept in
# git: hand-written texts and inputs that once crashed). Inputs it finds interesting go to the
# working corpus in Tests/Fuzz/.build/corpus, reused by the next run. A crash leaves `crash-*` in
# Tests/Fuzz/Artifacts and fails the target; once fixed, copy it into Corpus/ as a regression seed.
FUZZ_SECONDS ?= 60
FUZZ_DIR := Tests/Fuzz
fuzz: deps
	$(SWIFT) build -c debug --package-path $(FUZZ_DIR) --scratch-path $(FUZZ_DIR)/.build \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	mkdir -p $(FUZZ_DIR)/Artifacts $(FUZZ_DIR)/.build/corpus
	$(FUZZ_DIR)/.build/debug/AnnalsFuzz $(FUZZ_DIR)/.build/corpus $(FUZZ_DIR)/Corpus -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=8192 -timeout=30 -rss_limit_mb=4096 -artifact_prefix=$(FUZZ_DIR)/Artifacts/

clean:
	rm -rf .build

# Extraction as the map step of Spark (PySpark in local mode, from PyPI into .build/spark/venv;
# needs Java), the shards aggregated by `annals summary --mentions` and compared with the direct
# summary. SPARK_CORPUS picks the corpus (default: seeds). Not part of `make test`.
SPARK_CORPUS ?= $(CORPUS)
spark: release
	sh Tests/Spark/run.sh $(SPARK_CORPUS)

# Headless Chromium for the HTML report's browser test; a failed install only skips that test.
deps-browser:
	@missing=""; for p in $(BROWSER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing ) \
	    || echo "warning: could not install$$missing; the browser test of the HTML report will be skipped"; \
	fi

# Shell completions for bash, zsh and fish, from swift-argument-parser.
completions: release
	mkdir -p $(SHARE)/completions
	.build/release/annals --generate-completion-script bash > $(SHARE)/completions/annals.bash
	.build/release/annals --generate-completion-script zsh > $(SHARE)/completions/_annals
	.build/release/annals --generate-completion-script fish > $(SHARE)/completions/annals.fish
	@echo "Wrote $(SHARE)/completions/annals.bash, _annals (zsh) and annals.fish"

# The annals(1) man page, from the same command descriptions as --help.
man: release
	mkdir -p $(SHARE)/man/man1
	.build/release/annals manual > $(SHARE)/man/man1/annals.1
	@echo "Wrote $(SHARE)/man/man1/annals.1 (read it with: man -l $(SHARE)/man/man1/annals.1)"

# The README's gallery: page 1 of the PDF report, and the HTML page on a phone-sized screen (needs chromium).
gallery: report
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile $(OUT)/report.pdf $(OUT)/report-page1
	@if command -v chromium >/dev/null 2>&1; then \
	  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=420,900 \
	    --screenshot=$(CURDIR)/$(OUT)/report-html.png file://$(CURDIR)/$(OUT)/report.html 2>/dev/null; \
	else echo "chromium is not installed (make deps-browser): $(OUT)/report-html.png not updated"; fi

# Benchmarks of issue 6 in one run against the peers of ../shared/bench (the C floor, matplotlib,
# dateparser), each figure printed as a ratio; ~15-25 min. Results and method: BENCHMARKS.md.
bench: release
	bash Tests/Benchmarks/bench.sh
