# PasetoKit: `make demo` shows the main job end to end, `make test` runs every test.
SWIFT ?= swift
VECTORS_DIR ?= $(or $(PASETO_VECTORS_DIR),$(abspath ../shared/vectors))
BIN_DIR = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)

.PHONY: all deps build demo test test-unit test-vectors bench lint format clean fuzz fuzz-build fuzz-smoke fuzz-seeds

all: build

deps:
	@bash .ci/install-deps

build: deps
	$(SWIFT) build

demo: build
	@bash .ci/demo "$(BIN_DIR)/paseto" "$(VECTORS_DIR)"

## Unit and CLI tests (Swift Testing) with a throwaway PostgreSQL server (.ci/with-postgres starts it on a free
## loopback port and deletes it afterwards), then every official vector file through `paseto vectors`.
test: build test-unit test-vectors

## The PostgreSQL store's tests run in a process of their own: the CLI tests wait for their child processes on
## Swift's cooperative threads (2 on 2 cores), which would starve the store's connection pool and deadlines.
test-unit: build
	bash .ci/with-postgres bash .ci/swift-test-split --disable-xctest

test-vectors: build
	@if [ ! -d "$(VECTORS_DIR)" ]; then \
		echo "error: official test vectors not found at $(VECTORS_DIR); set PASETO_VECTORS_DIR" >&2; exit 1; fi
	"$(BIN_DIR)/paseto" vectors "$(VECTORS_DIR)/paseto" "$(VECTORS_DIR)/paserk"

## Release-mode benchmarks (package-benchmark) and the table with ratios to the baselines of the same run.
bench: deps
	cd Benchmarks && bash ../.ci/with-postgres $(SWIFT) package benchmark --no-progress > .build-bench-output.txt 2>&1 || { cat .build-bench-output.txt; exit 1; }
	@python3 Benchmarks/report.py < Benchmarks/.build-bench-output.txt

## libFuzzer targets (Docs/Security.md): each replays its corpus and kept findings, then fuzzes FUZZ_SECONDS on a
## temporary copy of its seeds, and fails on any crash, leak, timeout or out-of-memory. Findings land in
## .build-fuzz/artifacts/. Built optimised (FUZZ_CONFIG=release, with the fuzzer and AddressSanitizer on: 1.6 to 6
## times the executions per second of the debug build); FUZZ_CONFIG=debug for a build that steps in a debugger.
FUZZ_TARGETS ?= FuzzTokens FuzzClaims FuzzPASERK FuzzJWT
FUZZ_SECONDS ?= 60
FUZZ_CONFIG ?= release
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_FLAGS = -c $(FUZZ_CONFIG) --scratch-path $(FUZZ_SCRATCH) --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address

fuzz-build: deps
	@mkdir -p $(FUZZ_SCRATCH)
	@for t in $(FUZZ_TARGETS); do \
		begin=$$(date +%s); \
		$(SWIFT) build $(FUZZ_FLAGS) --product $$t > $(FUZZ_SCRATCH)/build-$$t.log 2>&1; rc=$$?; \
		grep -v "Cannot export local symbol" $(FUZZ_SCRATCH)/build-$$t.log; \
		[ $$rc -eq 0 ] || { echo "error: $$t did not build (exit $$rc)" >&2; exit 1; }; \
		echo "fuzz-build: $$t ($(FUZZ_CONFIG)) in $$(( $$(date +%s) - begin )) s"; \
	done

fuzz: fuzz-build
	@bash Fuzz/run.sh "$(FUZZ_SCRATCH)/$(FUZZ_CONFIG)" "$(FUZZ_SECONDS)" $(FUZZ_TARGETS)

## For CI: each target replays its whole corpus (and each kept finding 300 times), then fuzzes 30 s
## (FUZZ_SMOKE_SECONDS). About 2.5 minutes for the four targets after the build.
FUZZ_SMOKE_SECONDS ?= 30
fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS)

## Regenerates Fuzz/corpus/ from the official vectors and the project's own.
fuzz-seeds:
	python3 Fuzz/make-seeds.py "$(VECTORS_DIR)"

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build
