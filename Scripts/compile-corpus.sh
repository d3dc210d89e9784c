#!/usr/bin/env bash
# Generates a module for the hostile fixture pages that must compile, for each product of the real corpus (../shared/corpus: vpc, clb, cvm; the
# older copies in _alt/ are left out, as they repeat actions), and for each dev tree of ../shared/trees as published (v2, and the
# versioned cbs, batch and g20/mrs), into a temporary package that
# depends on this one, and compiles it with warnings as errors under Swift 6. Prints the
# generation and compile times.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/specs" "$work/pkg/Sources"
# The hostile pages that must compile (Tests/DocParserTests/Fixtures/Hostile/EXPECTED.tsv).
mkdir -p "$work/specs/hostile"
printf 'module: CorpusHostile\nreadOutside: ["%s"]\n' "$root/Tests/DocParserTests/Fixtures/Hostile" > "$work/specs/hostile/docgen.yaml"
while IFS=$'\t' read -r page outcome _; do
  [ "$outcome" = compiles ] && ln -s "$root/Tests/DocParserTests/Fixtures/Hostile/$page" "$work/specs/hostile/"
done < "$root/Tests/DocParserTests/Fixtures/Hostile/EXPECTED.tsv"
for product in vpc clb cvm; do
  mkdir -p "$work/specs/$product"
  # The pages are links into the corpus: reading them is allowed by name.
  printf 'module: Corpus%s\nreadOutside: ["%s"]\n' "$(echo "$product" | tr a-z A-Z)" "$(cd "$corpus/$product" && pwd)" > "$work/specs/$product/docgen.yaml"
  for page in "$corpus/$product"/*.md; do ln -s "$page" "$work/specs/$product/"; done
done

cd "$root"
swift build --product qcloud-docgen >/dev/null
start=$(date +%s.%N)
.build/debug/qcloud-docgen generate "$work/specs" --output "$work/pkg/Sources" 2>/dev/null
# The dev trees of ../shared/trees that are v2 only, generated as published (one module per
# tree, files named after actions), then renamed Tree<PRODUCT> beside the corpus modules.
trees=${TREES:-$root/../shared/trees}
tree_modules=()
tree_lists=()
# cbs (v2, V3 and API 3.0 pages), batch (V3 pages on a v2 host) and the products of g20 (API 3.0
# pages; g20 is a folder of several products, each generated as its own tree) are the versioned
# dialects.
g20=()
for product in "$trees"/g20/*/; do g20+=("g20/$(basename "$product")"); done
for tree in vpc clb ccs cmq as monitor cbs batch "${g20[@]}"; do
  [ -d "$trees/$tree" ] || continue
  .build/debug/qcloud-docgen generate "$trees/$tree" --output "$work/trees" 2>/dev/null \
    || { echo "FAIL: generate $trees/$tree"; .build/debug/qcloud-docgen generate "$trees/$tree" --output "$work/trees" 2>&1 | grep error: | head; exit 1; }
  product=$(basename "$tree" | tr a-z A-Z | tr -cd 'A-Z0-9')
  name=Tree$(echo "$tree" | tr a-z A-Z | tr -cd 'A-Z0-9')
  mv "$work/trees/QCloud$product" "$work/pkg/Sources/$name"
  tree_modules+=("$name")
  tree_lists+=("$name.QCloud${product}Operations.all")
done
generated=$(date +%s.%N)

identity=$(basename "$root" | tr 'A-Z' 'a-z')
cat > "$work/pkg/Package.swift" <<PKG
// swift-tools-version:6.2
import PackageDescription
let package = Package(
    name: "CorpusModules",
    dependencies: [.package(path: "$root")],
    targets: ["CorpusVPC", "CorpusCLB", "CorpusCVM", "CorpusHostile"$(printf ', "%s"' "${tree_modules[@]}")].map {
        .target(name: \$0, dependencies: [.product(name: "QCloudRuntime", package: "$identity")], exclude: ["api-schema.json"],
                swiftSettings: [.treatAllWarnings(as: .error)])
    } + [
        .executableTarget(name: "replay", dependencies: ["CorpusVPC", "CorpusCLB", "CorpusCVM", "CorpusHostile"$(printf ', "%s"' "${tree_modules[@]}"),
                                                         .product(name: "QCloudRuntime", package: "$identity"),
                                                         .product(name: "QCloudRuntimeTesting", package: "$identity")]),
    ],
    swiftLanguageModes: [.v6]
)
PKG
identity=$(basename "$root" | tr 'A-Z' 'a-z')
files=$(find "$work/pkg/Sources" -name '*.swift' | wc -l)
mkdir -p "$work/pkg/Sources/replay"
{
  echo "import CorpusCLB"; echo "import CorpusCVM"; echo "import CorpusHostile"; echo "import CorpusVPC"
  for name in "${tree_modules[@]}"; do echo "import $name"; done
  echo "import QCloudRuntime"; echo "import QCloudRuntimeTesting"; echo "import Foundation"
  echo 'func problems<Operation: OperationDescriptor>(_ operation: Operation.Type) -> [String] { ExampleReplay.problems(operation) }'
  echo 'var count = 0'
  echo 'var failures: [String] = []'
  lists="CorpusVPCOperations.all + CorpusCLBOperations.all + CorpusCVMOperations.all + CorpusHostileOperations.all"
  # A tree module keeps the generated names of QCloud<PRODUCT>.
  for list in "${tree_lists[@]}"; do lists="$lists + $list"; done
  echo "let operations: [any OperationDescriptor.Type] = $lists"
  cat <<'SWIFT'
for operation in operations {
    count += operation.examples.count
    failures += problems(operation)
}
for failure in failures { print("replay: " + failure) }
print("replayed \(count) examples of \(operations.count) operations: \(failures.count) problem(s)")
if !failures.isEmpty { exit(1) }
SWIFT
} > "$work/pkg/Sources/replay/main.swift"
(cd "$work/pkg" && swift build > "$work/build.log" 2>&1) || { grep -E "error|warning" "$work/build.log" | sort -u | head -40; exit 1; }
built=$(date +%s.%N)
(cd "$work/pkg" && .build/debug/replay | tail -40)
echo "corpus modules: $files files; generate $(awk "BEGIN{printf \"%.1f\", $generated - $start}") s; compile (debug, with dependencies) $(awk "BEGIN{printf \"%.1f\", $built - $generated}") s"
