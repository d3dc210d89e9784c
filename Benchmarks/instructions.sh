#!/usr/bin/env bash
# Instructions executed by `qcloud-docgen schema` over the 292 curated pages (the files cmark-gfm
# reads), counted by valgrind's cachegrind, beside `cmark-gfm -e table` on the same files and,
# with BASE_REV, that revision's build. Counts are the same from run to run on a shared, noisy
# machine where wall time is not; they do not count waiting, and threads run one at a time under
# valgrind, so wall-time ratios (Benchmarks/schema-vs-cmark.sh) remain what the issue measures.
#   Benchmarks/instructions.sh [BASE_REV]
# Needs valgrind (Debian package valgrind) and the cmark-gfm CLI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
base_rev=${1:-}
command -v valgrind >/dev/null || { echo "needs valgrind: apt-get install -y valgrind"; exit 1; }
command -v cmark-gfm >/dev/null || { echo "needs the cmark-gfm CLI: apt-get install -y cmark-gfm"; exit 1; }
cd "$root"
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
swift build -c release --product qcloud-docgen >/dev/null 2>&1
# valgrind cannot read the Swift toolchain's debug info: count on a copy without it.
strip --strip-debug -o "$work/current" .build/release/qcloud-docgen
if [ -n "$base_rev" ]; then
  git worktree add --detach "$work/base" "$base_rev" >/dev/null 2>&1
  (cd "$work/base" && swift build -c release --product qcloud-docgen >/dev/null 2>&1)
  strip --strip-debug -o "$work/base-bin" "$work/base/.build/release/qcloud-docgen"
fi
files=$(ls "$corpus"/vpc/*.md "$corpus"/clb/*.md "$corpus"/cvm/*.md)
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null --log-file="$work/log" "$@" >/dev/null 2>&1 || true
  grep "I *refs" "$work/log" | awk '{gsub(",", "", $NF); print $NF}'
}
cmark=$(count cmark-gfm -e table $files)
current=$(count "$work/current" schema $files)
echo "instructions over $(echo "$files" | wc -l) pages (cachegrind)"
printf '   %-32s %15s\n' "cmark-gfm -e table" "$cmark"
printf '   %-32s %15s   %5.2fx cmark-gfm\n' "qcloud-docgen schema" "$current" "$(python3 -c "print($current / $cmark)")"
if [ -n "$base_rev" ]; then
  base=$(count "$work/base-bin" schema $files)
  printf '   %-32s %15s   %5.2fx cmark-gfm\n' "at $base_rev: schema" "$base" "$(python3 -c "print($base / $cmark)")"
  printf '   current / base: %.3f\n' "$(python3 -c "print($current / $base)")"
fi
