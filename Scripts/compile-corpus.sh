#!/usr/bin/env bash
# Generates a module for the hostile fixture pages that must compile and for each product of the
# curated corpus (../shared/corpus: vpc, clb, cvm; the older copies in _alt/ are left out, as they
# repeat actions), and the whole SDK of the published docs (../shared/docs/api: every product, all
# three dialects, pages that cannot be read left out), into one temporary package that depends on
# this one; compiles it with warnings as errors under Swift 6, and replays every example of every
# operation through its generated types. Prints the generation and compile times.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
corpus=${CORPUS:-$shared/corpus}
docs=$shared/docs/api
[ -d "$docs" ] && [ -d "$corpus" ] || { echo "compile-corpus: needs the published docs at $docs and the corpus at $corpus"; exit 1; }
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
# (The package's manifest is written below; its folder is a package's already, so the spec
# modules go straight into Sources/.)
touch "$work/pkg/Package.swift"
start=$(date +%s.%N)
# The spec folders' docgen.yaml files are this script's own: trusted (their readOutside reads the corpus).
.build/debug/qcloud-docgen generate "$work/specs" --output "$work/pkg/Sources" --trust-config 2>"$work/specs.log" \
  || { echo "FAIL: generate the curated specs"; grep -E "error:" "$work/specs.log" | head -20; exit 1; }
# The whole SDK of the published docs, as a user generates it (a package of its own); its module
# folders become targets of the package below.
.build/debug/qcloud-docgen generate "$docs" --output "$work/sdk" --runtime-path "$root" > "$work/sdk.log" 2>&1 \
  || { echo "FAIL: generate $docs"; grep -E "error:" "$work/sdk.log" | head -20; exit 1; }
grep -E "pages left out|module\(s\)" "$work/sdk.log" | tail -1
tree_modules=()
tree_lists=()
for folder in "$work/sdk/Sources"/*/; do
  name=$(basename "$folder")
  ln -s "$folder" "$work/pkg/Sources/$name"
  tree_modules+=("$name")
  tree_lists+=("$name.${name}Operations.all")
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
  echo "let curated: [any OperationDescriptor.Type] = CorpusVPCOperations.all + CorpusCLBOperations.all + CorpusCVMOperations.all + CorpusHostileOperations.all"
  lists="[]"
  for list in "${tree_lists[@]}"; do lists="$lists + $list"; done
  echo "let sdk: [any OperationDescriptor.Type] = $lists"
  cat <<'SWIFT'
// The curated corpus and the hostile pages must replay without a problem; the whole docs' SDK
// replays too, and its problems (examples the tables contradict: reading work still to do) are
// listed and counted, not fatal.
for operation in curated {
    count += operation.examples.count
    failures += problems(operation)
}
var sdkProblems: [String] = []
var sdkCount = 0
for operation in sdk {
    sdkCount += operation.examples.count
    sdkProblems += problems(operation)
}
// Every module's documented error codes, sent as its service sends them, decode to their own
// cases (by number, by codeDesc): curated and docs SDK alike, a failure either way.
var errorProblems: Set<String> = []
for operation in curated + sdk { errorProblems.formUnion(ExampleReplay.errorCodeProblems(operation)) }
for failure in failures { print("replay: " + failure) }
for problem in sdkProblems { print("replay (docs SDK): " + problem) }
for problem in errorProblems.sorted() { print("error codes: " + problem) }
print("replayed \(count) examples of \(curated.count) curated operations: \(failures.count) problem(s)")
print("replayed \(sdkCount) examples of \(sdk.count) operations of the docs SDK: \(sdkProblems.count) problem(s)")
print("decoded the documented error codes of \(curated.count + sdk.count) operations: \(errorProblems.count) problem(s)")
if !failures.isEmpty || !errorProblems.isEmpty { exit(1) }
SWIFT
} > "$work/pkg/Sources/replay/main.swift"
(cd "$work/pkg" && swift build > "$work/build.log" 2>&1) || { grep -E "error|warning" "$work/build.log" | sort -u | head -40; exit 1; }
built=$(date +%s.%N)
(cd "$work/pkg" && .build/debug/replay | tail -40)
echo "corpus modules: $files files; generate $(awk "BEGIN{printf \"%.1f\", $generated - $start}") s; compile (debug, with dependencies) $(awk "BEGIN{printf \"%.1f\", $built - $generated}") s"
