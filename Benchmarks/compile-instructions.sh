#!/usr/bin/env bash
# The generated code's compile cost, counted in instructions rather than seconds (the shared
# machine's timing noise, ±25% between rounds, is as large as the differences this measures):
#
#   Benchmarks/compile-instructions.sh [BASE_REV] [PAGES]
#
# Generates one module from the first PAGES (default 12) VPC corpus pages with this checkout's
# generator and, given BASE_REV, with that commit's generator too; compiles each with the
# `swift-frontend` job that `swiftc -### -wmo -Onone -c` prints, under
# `valgrind --tool=callgrind` (the driver itself cannot run under valgrind here), against this
# checkout's QCloudRuntime; prints lines and instructions of each, and the ratio.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
base=${1:-}
count=${2:-12}
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install -y valgrind)" >&2; exit 1; }
cd "$root"
swift build --product qcloud-docgen >/dev/null
swift build --target QCloudRuntime >/dev/null
modules=$(swift build --show-bin-path)/Modules
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
mkdir -p "$work/specs/vpc"
printf 'module: CountVPC\nreadOutside: ["%s"]\n' "$(cd "$corpus/vpc" && pwd)" > "$work/specs/vpc/docgen.yaml"
for page in $(ls "$corpus"/vpc/*.md | head -n "$count"); do ln -s "$page" "$work/specs/vpc/"; done

generate() { # generator output-folder
  "$1" generate "$work/specs" --output "$2" >/dev/null 2>&1 || true
}
measure() { # label folder
  local sources=("$2"/CountVPC/*.swift)
  local lines; lines=$(cat "${sources[@]}" | wc -l)
  local frontend
  frontend=$(cd "$work" && swiftc -### -swift-version 6 -parse-as-library -module-name CountVPC -I "$modules" -Onone -wmo -c \
    "${sources[@]}" -o "$work/$1.o" 2>/dev/null | grep -- '-frontend' | head -1)
  (cd "$work" && eval "valgrind --tool=callgrind --callgrind-out-file=$work/$1.callgrind $frontend" >/dev/null 2>&1)
  local instructions; instructions=$(grep -m1 '^summary:' "$work/$1.callgrind" | awk '{print $2}')
  local label=$1; [ "$1" = base ] && label="base ($(git -C "$root" rev-parse --short "$base"))"
  printf '   %-16s %6s lines  %15s instructions\n' "$label" "$lines" "$instructions"
  echo "$instructions" > "$work/$1.count"
}

echo "== compile cost of the generated code: $count VPC pages, swift-frontend -wmo -Onone, instructions (callgrind)"
generate .build/debug/qcloud-docgen "$work/current"
if [ -n "$base" ]; then
  git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
  (cd "$work/base" && swift build --product qcloud-docgen >/dev/null 2>&1)
  generate "$work/base/.build/debug/qcloud-docgen" "$work/basegen"
  measure base "$work/basegen"
fi
measure current "$work/current"
if [ -n "$base" ]; then
  awk -v b="$(cat "$work/base.count")" -v c="$(cat "$work/current.count")" 'BEGIN { printf "   current / base: %.3f\n", c / b }'
fi
