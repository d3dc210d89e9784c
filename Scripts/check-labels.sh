#!/usr/bin/env bash
# Scores `qcloud-docgen schema` against the hand-labelled pages with the shared scorer
# (check_labels.py) and asserts what this project promises today:
#   - the curated corpus labels (../shared/corpus/labels): every kind of fact at recall and
#     precision >= 0.95 (the scorer's own exit status);
#   - the dev-tree labels (../shared/tree-labels): F1 >= 0.97 overall (every kind >= 0.95 is the
#     goal of the constraints issue, not reached yet; the per-kind figures are printed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
scorer=$shared/tools/check_labels.py
[ -f "$scorer" ] || { echo "check-labels: no $scorer; skipped"; exit 0; }
cd "$root"
swift build --product qcloud-docgen >/dev/null
cli=.build/debug/qcloud-docgen
python3 "$scorer" "$cli" "$shared/corpus" "$shared/corpus/labels/*.json" || { echo "FAIL: corpus labels below 0.95"; exit 1; }
out=$(python3 "$scorer" "$cli" "$shared/trees" "$shared/tree-labels/*.json" || true)
echo "$out"
f1=$(echo "$out" | sed -n 's/^labels: F1 \([0-9.]*\) .*/\1/p')
python3 -c "import sys; sys.exit(0 if float('$f1') >= 0.97 else 1)" || { echo "FAIL: tree labels F1 $f1 < 0.97"; exit 1; }
echo "check-labels: corpus labels >= 0.95 per kind; tree labels F1 $f1"
