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
  echo "module: Bench$(echo "$product" | tr a-z A-Z)" > "$work/specs/$product/docgen.yaml"
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
    targets: ["BenchVPC", "BenchCLB", "BenchCVM"].map {
        .target(name: \$0, dependencies: [.product(name: "QCloudRuntime", package: "$identity")], exclude: ["api-schema.json"])
    },
    swiftLanguageModes: [.v6]
)
PKG
for config in debug release; do
  (cd "$work/pkg" && swift build -c $config --target QCloudRuntime >/dev/null 2>&1)
  start=$(date +%s.%N)
  (cd "$work/pkg" && swift build -c $config >/dev/null 2>&1)
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="$operations" -v c="$config" -v l="$lines" \
    'BEGIN { printf "   %s: %.1f s for %d operations (%d lines): %.0f ms per operation\n", c, e - s, n, l, (e - s) * 1000 / n }'
done
