# Annals: `make report` and `make test` are all a fresh Debian 12 machine with Swift needs.
SWIFT ?= swift
DEBIAN_PACKAGES := libcairo2-dev libpango1.0-dev libqpdf-dev fonts-dejavu-core poppler-utils qpdf
CORPUS ?= seeds
OUT ?= reports
TEMPEVAL ?= ../shared/data/tempeval3-train
# The report's creation date: the last change to the corpus, so the same input gives the same bytes.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct -- $(CORPUS) 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH

.PHONY: all deps build release report test eval bench clean

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

release: deps
	$(SWIFT) build -c release --product annals

# Writes reports/ from seeds/ and prints the summary.
report: release
	.build/release/annals report $(CORPUS) --out $(OUT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# TempEval-3 Task A figures of the temporal tagger on the training set.
eval: release
	.build/release/annals eval timeml $(TEMPEVAL)

clean:
	rm -rf .build

# Benchmarks of issue 6 in one run against the peers of ../shared/bench (the C floor, matplotlib,
# dateparser), each figure printed as a ratio; ~15-25 min. Results and method: BENCHMARKS.md.
bench: deps
	$(SWIFT) build -c release --product annals
	bash Tests/Benchmarks/bench.sh
