#!/usr/bin/env bash
# The reading of every page of the published docs, pinned: `schema --resolved` over
# ../shared/docs/api, one digest per page (its operations and structures, file paths relative to
# the docs root) in Tests/Golden/docs-digests.tsv. A page whose reading changed fails the check
# and prints its old schema (from the commit that last changed the digests, built in a worktree)
# and its new one; a change meant is committed with the code that makes it, after
# `Scripts/corpus-golden.sh --update`.
#   Scripts/corpus-golden.sh [--update]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
docs="$shared/docs/api"
golden="$root/Tests/Golden/docs-digests.tsv"
[ -d "$docs" ] || { echo "corpus-golden: needs the published docs at $docs"; exit 1; }
cd "$root"
swift build --product qcloud-docgen >/dev/null
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# Digests of one schema document: page \t sha256 of its operations and structures.
digests() {
  python3 - "$1" "$2" <<'PY'
import hashlib, json, sys
document, docs = json.load(open(sys.argv[1])), sys.argv[2].rstrip("/") + "/"
pages = {}
def relative(value):
    if isinstance(value, dict):
        return {k: (v[len(docs):] if k == "file" and isinstance(v, str) and v.startswith(docs) else relative(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [relative(v) for v in value]
    return value
for kind in ("operations", "structures"):
    for item in document.get(kind, []):
        item = relative(item)
        pages.setdefault(item["source"]["file"], []).append([kind, item])
for page in sorted(pages):
    text = json.dumps(sorted(pages[page], key=lambda x: json.dumps(x, sort_keys=True)), sort_keys=True, ensure_ascii=False)
    print(page + "\t" + hashlib.sha256(text.encode()).hexdigest()[:16])
PY
}
.build/debug/qcloud-docgen schema --resolved "$docs" > "$work/new.json" 2>/dev/null || true
digests "$work/new.json" "$docs" > "$work/new.tsv"
if [ "${1:-}" = --update ]; then
  cp "$work/new.tsv" "$golden"
  echo "corpus golden: $(wc -l < "$work/new.tsv") pages written to $golden; commit it with the change that made it"
  exit 0
fi
[ -f "$golden" ] || { echo "FAIL: no $golden (Scripts/corpus-golden.sh --update)"; exit 1; }
cp "$golden" "$work/old.tsv"
if cmp -s "$work/old.tsv" "$work/new.tsv"; then
  echo "corpus golden: $(wc -l < "$work/new.tsv") pages read as pinned"
  exit 0
fi
changed=$( (diff <(sort "$work/old.tsv") <(sort "$work/new.tsv") || true) | grep "^[<>]" | cut -c3- | cut -f1 | sort -u)
echo "FAIL: $(echo "$changed" | wc -l) pages are read differently from $golden:"
commit=$(git log -1 --format=%H -- "$golden" 2>/dev/null || true)
old_json=""
if [ -n "$commit" ] && git worktree add --detach "$work/old" "$commit" >/dev/null 2>&1 \
   && (cd "$work/old" && swift build --product qcloud-docgen >/dev/null 2>&1); then
  "$work/old/.build/debug/qcloud-docgen" schema --resolved "$docs" > "$work/old.json" 2>/dev/null || true
  old_json="$work/old.json"
fi
python3 - "$work/new.json" "$docs" "$old_json" <<PY
import json, sys
changed = """$changed""".split("\n")
docs = sys.argv[2].rstrip("/") + "/"
def items(path):
    if not path: return {}
    out = {}
    for kind in ("operations", "structures"):
        for item in json.load(open(path)).get(kind, []):
            out.setdefault(item["source"]["file"].replace(docs, "", 1), []).append(item)
    return out
new, old = items(sys.argv[1]), items(sys.argv[3])
for page in changed[:5]:
    print("== " + page)
    print("-- old (" + ("$commit"[:10] or "unknown") + "):")
    print(json.dumps(old.get(page), ensure_ascii=False, indent=1, sort_keys=True)[:3000] if old else "   (the golden's commit could not be built)")
    print("-- new:")
    print(json.dumps(new.get(page), ensure_ascii=False, indent=1, sort_keys=True)[:3000])
if len(changed) > 5: print(f"... and {len(changed) - 5} more pages")
PY
echo "If the change is meant: Scripts/corpus-golden.sh --update, and commit Tests/Golden/docs-digests.tsv"
exit 1
