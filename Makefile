# PasetoKit: `make demo` shows the main job end to end, `make test` runs every test.
SWIFT ?= swift
VECTORS_DIR ?= $(or $(PASETO_VECTORS_DIR),$(abspath ../shared/vectors))
BIN_DIR = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)

.PHONY: all deps build demo test test-unit test-vectors bench lint format clean

all: build

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build

demo: build
	@bash .ci/demo "$(BIN_DIR)/paseto" "$(VECTORS_DIR)"

## Unit and CLI tests (Swift Testing), then every official vector file through `paseto vectors`.
test: build test-unit test-vectors

test-unit: build
	$(SWIFT) test --disable-xctest

test-vectors: build
	@if [ ! -d "$(VECTORS_DIR)" ]; then \
		echo "error: official test vectors not found at $(VECTORS_DIR); set PASETO_VECTORS_DIR" >&2; exit 1; fi
	"$(BIN_DIR)/paseto" vectors "$(VECTORS_DIR)/paseto" "$(VECTORS_DIR)/paserk"

## Release-mode benchmarks (package-benchmark) and the table with ratios to the baselines of the same run.
bench: deps
	cd Benchmarks && $(SWIFT) package benchmark --no-progress > .build-bench-output.txt 2>&1 || { cat .build-bench-output.txt; exit 1; }
	@python3 Benchmarks/report.py < Benchmarks/.build-bench-output.txt

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build
