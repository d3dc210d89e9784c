#!/usr/bin/env bash
# Builds the DocC documentation of the committed QCloudVPC module (its catalog
# Generated/QCloudVPC/QCloudVPC.docc and the symbol graph of its doc comments) with warnings as
# errors: what `swift package generate-documentation` does, run with the toolchain's docc
# directly, since that plugin documents only a package's own targets.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A build folder of its own: the symbol-graph flags would otherwise rebuild the main one.
swift build --scratch-path .build-docc --target QCloudVPC \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$work/all" >/dev/null 2>&1 \
  || { swift build --scratch-path .build-docc --target QCloudVPC 2>&1 | grep -E "error" | head -20; exit 1; }
mkdir -p "$work/graphs"
cp "$work/all"/QCloudVPC*.symbols.json "$work/graphs/"
docc convert Generated/QCloudVPC/QCloudVPC.docc --additional-symbol-graph-dir "$work/graphs" --output-path "$work/site" \
  --fallback-display-name QCloudVPC --fallback-bundle-identifier com.tencentcloud.qcloudvpc --warnings-as-errors > "$work/docc.log" 2>&1 \
  || { cat "$work/docc.log" | tail -40; echo "FAIL: docc"; exit 1; }
pages=$(find "$work/site/data/documentation" -name '*.json' | wc -l)
echo "docc: QCloudVPC documentation builds without warnings ($pages pages)"
