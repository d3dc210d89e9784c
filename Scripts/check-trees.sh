#!/usr/bin/env bash
# Reads the dev products of the published docs (Scripts/dev-trees.sh: links into ../shared/docs/api
# under the short names the labels and judgements use) and scores the result with the shared
# checker (check_trees.py, its own idea of which pages are operations), then asserts what this
# project promises today:
#   - no page that is not an operation page has an error;
#   - every v2 operation page (Chinese and English) is read right, except the pages listed in
#     JUDGED below, where the checker's action is wrong (say why there; never special-case
#     pages in the parser);
#   - every versioned operation page (V3 and API 3.0) is read right too, structures resolved.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
checker=${CHECK_TREES:-$shared/tools/check_trees.py}
[ -d "$shared/docs/api" ] && [ -f "$checker" ] || { echo "check-trees: needs $shared/docs/api and $checker"; exit 1; }
work=$(mktemp -d)
trees=${TREES:-$(bash "$root/Scripts/dev-trees.sh" "$work")}
cd "$root"
swift build --product qcloud-docgen >/dev/null
# The English twins of 删除对端IP转换 say `This API (DeleteLocalIPTranslationNatRule)`, but their
# `Action field for this API is` line and their example call DeletePeerIPTranslationNatRule, as
# does the Chinese page: the page is about deleting the *peer* translation. The parser follows
# the example; the checker takes the first pattern.
JUDGED=(
  "vpc/专线网关相关接口/专线网关对端IP转换/删除对端IP转换_en.md"
  "vpc/专线网关相关接口/专线网关对端IP转换/删除对端IP转换_intl.md"
  "vpc/私有网络 API 2017/专线网关相关接口/专线网关对端IP转换/删除对端IP转换_en.md"
  "vpc/私有网络 API 2017/专线网关相关接口/专线网关对端IP转换/删除对端IP转换_intl.md"
)
out=$(VERBOSE=1 VERBOSE_N=5000 python3 "$checker" .build/debug/qcloud-docgen "$trees"/*/ || true)
echo "$out" | grep -v '^  '
program=$(mktemp)
trap 'rm -f "$program"; rm -rf "$work"' EXIT
cat > "$program" <<'PY'
import importlib.util, os, re, sys
trees, checker, judged = sys.argv[1], sys.argv[2], set(sys.argv[3:])
spec = importlib.util.spec_from_file_location("check_trees", checker)
ct = importlib.util.module_from_spec(spec); spec.loader.exec_module(ct)
others, v2, versioned = [], [], []
for line in sys.stdin:
    m = re.match(r"  (.+?\.md): (.*)", line.rstrip("\n"))
    if not m: continue
    path, why = m.groups()
    rel = os.path.relpath(path, trees)
    action, dialect = ct.classify(path)
    if not action: others.append(f"{rel}: {why}")
    elif dialect == "v2" and rel not in judged: v2.append(f"{rel}: {why}")
    elif dialect != "v2": versioned.append(f"{rel}: {why}")
for line in others + v2 + versioned: print("FAIL:", line)
print(f"check-trees: {len(v2)} v2 operation pages wrong (besides {len(judged)} judged), {len(versioned)} versioned operation pages wrong, {len(others)} other pages with errors")
sys.exit(1 if others or v2 or versioned else 0)
PY
echo "$out" | python3 "$program" "$trees" "$checker" "${JUDGED[@]}"
