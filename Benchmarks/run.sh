#!/usr/bin/env bash
# Benchmarks anyone can rerun (2 cores; the machine is shared, so read ratios, not absolutes):
#   Benchmarks/run.sh [SCALES]        default SCALES="1 10 100"
# 1. cmark-gfm alone against the whole pipeline (parse, schema, render, write) on the 292 corpus
#    pages, in one process, same pages, side by side;
# 2. scaling: the same on 1x, 10x, 100x copies of the pages (renamed actions), with wall time and
#    peak memory of each process;
# 3. compile cost of the generated code: `swift build` of the corpus modules, debug and release.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
scales=${1:-1 10 100}
cd "$root"
swift build -c release --product qcloud-docgen >/dev/null
cli=.build/release/qcloud-docgen
pages=("$corpus/vpc" "$corpus/clb" "$corpus/cvm")

echo "== 1. cmark-gfm alone vs the full pipeline (release, median of 5)"
$cli bench "${pages[@]}" --repeat 5

trees=${TREES:-$root/../shared/trees}
if [ -d "$trees" ]; then
  echo
  echo "== 1b. the same on every dev tree together, as published (overviews, twins, all dialects; release, median of 3)"
  $cli bench "$trees"/*/ --repeat 3
fi

echo
echo "== 2. scaling (one process per scale; wall time and peak RSS from /usr/bin/time)"
for scale in $scales; do
  /usr/bin/time -f "   process: %e s wall, %M KB peak" $cli bench "${pages[@]}" --scale "$scale" --repeat 1 2>&1 \
    | grep -E "^pages|^full|^ratio|process"
done

echo
echo "== 3. compile cost of the generated modules"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/specs" "$work/pkg/Sources"
for product in vpc clb cvm; do
  mkdir -p "$work/specs/$product"
  printf 'module: Bench%s\nreadOutside: ["%s"]\n' "$(echo "$product" | tr a-z A-Z)" "$(cd "$corpus/$product" && pwd)" > "$work/specs/$product/docgen.yaml"
  for page in "$corpus/$product"/*.md; do ln -s "$page" "$work/specs/$product/"; done
done
$cli generate "$work/specs" --output "$work/pkg/Sources" 2>/dev/null
operations=$(ls "$corpus"/vpc/*.md "$corpus"/clb/*.md "$corpus"/cvm/*.md | wc -l)
lines=$(cat "$work"/pkg/Sources/*/*.swift | wc -l)
identity=$(basename "$root" | tr 'A-Z' 'a-z')
cat > "$work/pkg/Package.swift" <<PKG
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "BenchModules",
    dependencies: [.package(path: "$root")],
    targets: [.target(name: "Runtime", dependencies: [.product(name: "QCloudRuntime", package: "$identity")])],
    swiftLanguageModes: [.v6]
)
PKG
mkdir -p "$work/pkg/Sources/Runtime" && echo "import QCloudRuntime" > "$work/pkg/Sources/Runtime/Runtime.swift"
# The generated sources alone are compiled with swiftc (batch mode, 2 jobs, as SwiftPM does),
# against the QCloudRuntime module SwiftPM built, so the figure is the generated code's own cost.
echo "   $operations operations, $lines lines of generated Swift"
for config in debug release; do
  (cd "$work/pkg" && swift build -c $config >/dev/null 2>&1)
  modules=$(cd "$work/pkg" && swift build -c $config --show-bin-path)/Modules
  flag=$([ $config = debug ] && echo -Onone || echo -O)
  total=0
  for module in BenchVPC BenchCLB BenchCVM; do
    mkdir -p "$work/obj/$config/$module"
    start=$(date +%s.%N)
    (cd "$work/obj/$config/$module" && swiftc -swift-version 6 -parse-as-library -module-name "$module" -I "$modules" $flag \
       -c -j2 -enable-batch-mode "$work/pkg/Sources/$module"/*.swift)
    end=$(date +%s.%N)
    total=$(awk -v t="$total" -v s="$start" -v e="$end" 'BEGIN { print t + e - s }')
  done
  awk -v t="$total" -v n="$operations" -v c="$config" 'BEGIN { printf "   %s: %.1f s, %.0f ms per operation\n", c, t, t * 1000 / n }'
done

echo
echo "== The client's cost per call against the bare transport (loopback HTTP, release build)"
swift build -c release --product runtime-bench >/dev/null
for concurrency in 1 100; do
  "$(swift build -c release --show-bin-path)/runtime-bench" 2000 "$concurrency"
done
