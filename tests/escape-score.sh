#!/usr/bin/env bash
# Scores cranego's -m lines against gc's recorded ones (tests/escape/X.m for
# `-m -l`, X.m2 for `-m=2 -l`, X.mi for plain `-m` and X.mi2 for plain `-m=2`,
# inlining on): how many files are identical, how many of
# gc's lines cranego prints (as a multiset, so order is not scored here; the
# test harness checks order), and how many lines it prints that gc does not.
# Needs only the built compiler; the expected files come from real Go.
#
#   tests/escape-score.sh [path/to/cranego]
set -euo pipefail
cd "$(dirname "$0")/escape"
cranego=${1:-../../target/release/cranego}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

score() { # flags suffix
  local flags=$1 ext=$2 files=0 same=0 want=0 got=0 extra=0
  for expected in *."$ext"; do
    [ -f "$expected" ] || continue
    base=${expected%."$ext"}
    "$cranego" build -gcflags="$flags" -o "$tmp/prog" "$base.go" 2>"$tmp/actual" || true
    files=$((files + 1))
    cmp -s "$expected" "$tmp/actual" && same=$((same + 1))
    sort "$expected" >"$tmp/e"
    sort "$tmp/actual" >"$tmp/a"
    want=$((want + $(wc -l <"$tmp/e")))
    got=$((got + $(comm -12 "$tmp/e" "$tmp/a" | wc -l)))
    extra=$((extra + $(comm -13 "$tmp/e" "$tmp/a" | wc -l)))
  done
  awk -v f="$flags" -v n="$files" -v s="$same" -v w="$want" -v g="$got" -v x="$extra" 'BEGIN {
    printf "%-8s %3d/%d files identical, %d/%d of gc'\''s lines (%.1f%%), %d extra (%.1f%%)\n",
      f, s, n, g, w, 100 * g / w, x, 100 * x / w }'
}

score "-m -l" m
score "-m=2 -l" m2
score "-m" mi
score "-m=2" mi2
