#!/usr/bin/env bash
# What users feel, measured side by side in one run (2 cores; the machine may be shared, so read
# the ratios, not the absolutes):
#   Benchmarks/run.sh [BASE_REV]            (ONLY=4 Benchmarks/run.sh: the sections listed, here 4)
# 1. the whole SDK from the published docs (../shared/docs/api): `generate`, whole process, release
#    build: wall time and peak memory, median of 3 (and BASE_REV's build alternating with it);
# 2. instructions executed (valgrind cachegrind: the same from run to run) by `schema` over every
#    page of the docs and over the 292 curated pages, beside cmark-gfm with its table extension
#    parsing and rendering each of the same pages (Benchmarks/cmark-each.c, built here with cc): the
#    budget is 6.5x cmark-gfm's. The `cmark-gfm -e table` CLI on all the files at once is printed
#    too: it reads them as one document, where the 11 pages that leave a code fence open turn the
#    pages after them into code, so it counts about half of the per-page work;
# 3. compile time of the whole SDK, debug, per operation (the runtime built first, not counted);
# 4. hostile input at two sizes each (doubling the input must at most double time and memory):
#    one page with one huge description cell, and a chain of structures that each hold two
#    members of the next; and peak memory on an 8 MiB page against cmark-gfm's on it.
# Needs valgrind, the cmark-gfm CLI and a C compiler (apt-get install -y valgrind cmark-gfm gcc;
# libcmark-gfm-dev is a build dependency already).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
docs=$shared/docs/api
base_rev=${1:-}
command -v valgrind >/dev/null && command -v cmark-gfm >/dev/null || { echo "needs valgrind and cmark-gfm: apt-get install -y valgrind cmark-gfm"; exit 1; }
[ -d "$docs" ] || { echo "needs the published docs at $docs"; exit 1; }
cd "$root"
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
# A scratch build folder of its own: a release build reused across edits can keep stale layouts.
swift build -c release --scratch-path "$work/build" --product qcloud-docgen >/dev/null 2>&1
cli="$work/build/release/qcloud-docgen"
binaries=("$cli")
names=("current")
if [ -n "$base_rev" ]; then
  git worktree add --detach "$work/base" "$base_rev" >/dev/null 2>&1
  (cd "$work/base" && swift build -c release --scratch-path "$work/base-build" --product qcloud-docgen >/dev/null 2>&1)
  binaries+=("$work/base-build/release/qcloud-docgen")
  names+=("$base_rev")
fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
want() { [ -z "${ONLY:-}" ] || [[ "$ONLY" == *"$1"* ]]; }

if want 1; then
echo "== 1. generate the whole SDK from $docs (release, whole process, median of 3)"
for round in 1 2 3; do
  for i in "${!binaries[@]}"; do
    rm -rf "$work/sdk-$i"
    /usr/bin/time -f "%e %M" -o "$work/time-$i-$round" "${binaries[$i]}" generate "$docs" --output "$work/sdk-$i" --runtime-path "$root" >/dev/null 2>&1 || true
  done
done
for i in "${!binaries[@]}"; do
  wall=$(for r in 1 2 3; do tail -1 "$work/time-$i-$r" | cut -d' ' -f1; done | median)
  peak=$(for r in 1 2 3; do tail -1 "$work/time-$i-$r" | cut -d' ' -f2; done | median)
  modules=$( (ls "$work/sdk-$i/Sources" 2>/dev/null || true) | wc -l)
  printf '   %-12s %6.2f s  %6d MB peak  %d modules%s\n' "${names[$i]}" "$wall" "$((peak / 1024))" "$modules" \
    "$([ "$modules" = 0 ] && echo " (generation refused: that revision makes no SDK of the docs)")"
done
fi

echo
if want 2; then
echo "== 2. instructions executed (cachegrind), schema against cmark-gfm -e table on the same files"
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null --log-file="$work/vg.log" "$@" >/dev/null 2>&1 || true
  grep "I *refs" "$work/vg.log" | awk '{gsub(",", "", $NF); print $NF}'
}
# (valgrind cannot read the Swift toolchain's debug info: count on copies without it.)
for i in "${!binaries[@]}"; do strip --strip-debug -o "$work/stripped-$i" "${binaries[$i]}"; done
find "$docs" -name '*.md' | LC_ALL=C sort > "$work/docs-pages"
find "$shared/corpus/vpc" "$shared/corpus/clb" "$shared/corpus/cvm" -maxdepth 1 -name '*.md' | LC_ALL=C sort > "$work/corpus-pages"
cc -O2 -o "$work/cmark-each" "$root/Benchmarks/cmark-each.c" -lcmark-gfm -lcmark-gfm-extensions
for set in docs corpus; do
  mapfile -t pages < "$work/$set-pages"
  cmark=$(count "$work/cmark-each" "${pages[@]}")
  joined=$(count cmark-gfm -e table "${pages[@]}")
  printf '   %-7s %5d pages   cmark-gfm page by page %14s   (the CLI on all files as one document: %s)\n' "$set" "${#pages[@]}" "$cmark" "$joined"
  for i in "${!binaries[@]}"; do
    ours=$(count "$work/stripped-$i" schema "${pages[@]}")
    printf '           %-12s schema %14s   %5.2fx cmark-gfm page by page (budget 6.5x); %5.2fx the one-document count\n' "${names[$i]}" "$ours" \
      "$(python3 -c "print($ours / $cmark)")" "$(python3 -c "print($ours / $joined)")"
  done
done
fi

echo
if want 3; then
echo "== 3. compile the whole SDK (debug; runtime and dependencies built first, not counted)"
sdk="$work/sdk-0"
# (Section 1 made it; run alone, this section makes it.)
[ -d "$sdk/Sources" ] || "$cli" generate "$docs" --output "$sdk" --runtime-path "$root" >/dev/null 2>&1 || true
operations=$(python3 -c "import json,glob; print(sum(len(json.load(open(f))['operations']) for f in glob.glob('$sdk/Sources/*/api-schema.json')))")
# Built once whole (the runtime and its dependencies with it), then the modules' build products
# removed and built again, timed: the generated code alone.
(cd "$sdk" && swift build >/dev/null 2>&1) || true
for module in "$sdk"/Sources/*/; do rm -rf "$sdk/.build/debug/$(basename "$module").build"; done
start=$(date +%s.%N)
(cd "$sdk" && swift build >/dev/null 2>&1) && status=ok || status=FAILED
end=$(date +%s.%N)
python3 -c "t=$end-$start; print(f'   {t:.1f} s for {$operations} operations: {t*1000/$operations:.1f} ms per operation ($status)')"
fi

echo
if want 4; then
echo "== 4. hostile input, two sizes each (lint, whole process)"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
def page(rows, structures=""):
    return ("## 1. 接口描述\n本接口（Hostile）用于测试。\n接口请求域名：hostile.api.qcloud.com\n\n## 2. 输入参数\n"
            "| 参数名称 | 必选 | 类型 | 描述 |\n|---|---|---|---|\n" + rows +
            "\n## 3. 输出参数\n| 参数名称 | 类型 | 描述 |\n|---|---|---|\n| code | Int | 错误码 |\n" + structures)
for n in (20000, 40000):
    open(f"{work}/cell-{n}.md", "w").write(page("| mode | 否 | String | 取值 " + "abc 默认 " * n + "|\n"))
for n in (16, 32):
    chain = "".join(f"\n## S{i}\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n" +
                    (f"| A | S{i+1} | 否 | a |\n| B | S{i+1} | 否 | b |\n" if i < n - 1 else "| Leaf | String | 否 | 叶 |\n")
                    for i in range(n))
    open(f"{work}/chain-{n}.md", "w").write(page("| top | 否 | S0 | 链 |\n", chain))
rows = "".join(f"| p{i} | 否 | String | 参数{i}，可选值：a、b、c，默认为a。 |\n" for i in range(110000))
open(f"{work}/big.md", "w").write(page(rows))
PY
for f in cell-20000 cell-40000 chain-16 chain-32; do
  /usr/bin/time -f "%e %M" -o "$work/t" "$cli" lint "$work/$f.md" >/dev/null 2>&1 || true
  printf '   %-12s %6s bytes  %6.2f s  %6d MB peak\n' "$f" "$(stat -c %s "$work/$f.md")" "$(tail -1 "$work/t" | cut -d' ' -f1)" "$(( $(tail -1 "$work/t" | cut -d' ' -f2) / 1024 ))"
done
# The build plugin's mode (a target folder holding the chain): a located diagnostic (a warning,
# the page left out; an error with `strict: true`), in seconds.
mkdir -p "$work/plugin-target" && cp "$work/chain-32.md" "$work/plugin-target/"
/usr/bin/time -f "%e %M" -o "$work/t" "$cli" generate "$work/plugin-target" --output "$work/plugin-out" --single-module >/dev/null 2>"$work/plugin.err" || true
printf '   %-12s build plugin mode: %6.2f s  %6d MB peak; %s\n' "chain-32" "$(tail -1 "$work/t" | cut -d' ' -f1)" \
  "$(( $(tail -1 "$work/t" | cut -d' ' -f2) / 1024 ))" "$(grep -m1 "chain-32.md:" "$work/plugin.err" | sed "s|$work/||" | cut -c1-110)"
/usr/bin/time -f "%e %M" -o "$work/t" "$cli" lint "$work/big.md" >/dev/null 2>&1 || true
/usr/bin/time -f "%e %M" -o "$work/c" cmark-gfm -e table "$work/big.md" >/dev/null 2>&1 || true
printf '   %-12s %6s bytes  qcloud-docgen lint %6.2f s %6d MB peak; cmark-gfm %6.2f s %6d MB peak\n' "big page" "$(stat -c %s "$work/big.md")" \
  "$(tail -1 "$work/t" | cut -d' ' -f1)" "$(( $(tail -1 "$work/t" | cut -d' ' -f2) / 1024 ))" "$(tail -1 "$work/c" | cut -d' ' -f1)" "$(( $(tail -1 "$work/c" | cut -d' ' -f2) / 1024 ))"
fi
