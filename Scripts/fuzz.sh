#!/usr/bin/env bash
# Fuzzes what reads untrusted text (DocParser, the resolve checks, the docgen.yaml reader) with
# libFuzzer and AddressSanitizer.
#   Scripts/fuzz.sh [SECONDS] [JOBS]     (default 600 s, 1 job)
# Seeds: the hand-written fixtures, the spec pages and (when present) the shared corpus. The
# working corpus lives in .build-fuzz/corpus; crashes are copied to
# Tests/DocParserTests/Fixtures/Fuzz/ (commit them: the tests replay every file there).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-600}
jobs=${2:-1}
swift build -c release --product docgen-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library
bin=$(swift build -c release --product docgen-fuzz --scratch-path .build-fuzz --show-bin-path \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library)/docgen-fuzz
corpus=.build-fuzz/corpus
crashes=.build-fuzz/crashes
mkdir -p "$corpus" "$crashes" Tests/DocParserTests/Fixtures/Fuzz
cp Tests/DocParserTests/Fixtures/*.md Tests/DocParserTests/Fixtures/Hostile/*.md specs/*/*.md "$corpus/" 2>/dev/null || true
for page in Tests/DocParserTests/Fixtures/Versioned/*.md Tests/DocParserTests/Fixtures/Versioned/*/*.md; do
  [ -f "$page" ] && cp "$page" "$corpus/versioned_$(basename "$(dirname "$page")")_$(basename "$page")"
done
cp Fuzz/seeds/* "$corpus/" 2>/dev/null || true
for config in specs/*/docgen.yaml Sources/*/docgen.yaml; do [ -f "$config" ] && cp "$config" "$corpus/config_$(echo "$config" | tr / _)"; done
for product in vpc clb cvm; do
  for page in ../shared/corpus/$product/*.md; do [ -f "$page" ] && cp "$page" "$corpus/${product}_$(basename "$page")"; done
done
# Versioned pages as published (API 3.0 with its 数据结构 page, V3).
i=0
for page in ../shared/docs/api/计算与网络/云硬盘/API\ 3.0/*/*.md ../shared/docs/api/计算与网络/云硬盘/API\ 3.0/*.md ../shared/docs/api/计算与网络/云硬盘/APIV3/*/*.md ../shared/trees/g20/mrs/*.md; do
  [ -f "$page" ] && cp "$page" "$corpus/tree_$((i += 1)).md"
done
status=0
export LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
# With several jobs libFuzzer writes fuzz-N.log files into the working folder (ignored by git).
"$bin" "$corpus" -max_total_time="$seconds" "${parallel[@]}" -max_len=65536 -timeout=10 \
  -rss_limit_mb=4096 -artifact_prefix="$crashes/" -print_final_stats=1 2>&1 | tail -25 || status=$?
for crash in "$crashes"/*; do
  [ -f "$crash" ] && cp "$crash" "Tests/DocParserTests/Fixtures/Fuzz/$(basename "$crash")"
done
echo "fuzz: exit $status, $(ls "$crashes" | wc -l) artifact(s), corpus $(ls "$corpus" | wc -l) inputs"
exit $status
