#!/usr/bin/env bash
# Scores `qcloud-docgen schema` against the hand-labelled pages with the shared scorer
# (check_labels.py) and asserts what this project promises today:
#   - the curated corpus labels (../shared/corpus/labels): every kind of fact at recall and
#     precision >= 0.95 (the scorer's own exit status);
#   - the dev-tree labels (../shared/tree-labels): printed as published, then scored again with the
#     facts this project judges wrong corrected (Scripts/label-judgements.json, each with why):
#     every kind at recall and precision >= 0.95.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
scorer=$shared/tools/check_labels.py
[ -f "$scorer" ] || { echo "check-labels: needs $scorer"; exit 1; }
trees_work=$(mktemp -d)
# The dev products under their short names (links into the published docs).
trees=$(bash "$root/Scripts/dev-trees.sh" "$trees_work")
cd "$root"
swift build --product qcloud-docgen >/dev/null
cli=.build/debug/qcloud-docgen
python3 "$scorer" "$cli" "$shared/corpus" "$shared/corpus/labels/*.json" || { echo "FAIL: corpus labels below 0.95"; exit 1; }
echo "tree labels as published:"
python3 "$scorer" "$cli" "$trees" "$shared/tree-labels/*.json" || true
judged=$(mktemp -d)
trap 'rm -rf "$judged" "$trees_work"' EXIT
python3 - "$shared/tree-labels" "$root/Scripts/label-judgements.json" "$judged" <<'PY'
import glob, json, os, sys
labels, judgements, out = sys.argv[1:4]
entries = json.load(open(judgements))["judgements"]
for path in glob.glob(os.path.join(labels, "*.json")):
    page = json.load(open(path))
    for entry in entries:
        if entry["labels"] != os.path.basename(path):
            continue
        rows = [row for row in page[entry["side"]] if row["path"] == entry["path"]]
        if not rows:
            sys.exit(f"label-judgements: no {entry['path']} in {entry['labels']} {entry['side']}")
        for row in rows:
            row.update(entry["set"])
    json.dump(page, open(os.path.join(out, os.path.basename(path)), "w"), ensure_ascii=False)
print(f"{len(entries)} facts judged wrong (Scripts/label-judgements.json)")
PY
echo "tree labels with the judged facts corrected:"
python3 "$scorer" "$cli" "$trees" "$judged/*.json" || { echo "FAIL: tree labels below 0.95 for some kind"; exit 1; }
echo "check-labels: corpus and tree labels >= 0.95 per kind"
