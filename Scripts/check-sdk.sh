#!/usr/bin/env bash
# The whole SDK from the published docs, scored by the shared checker (../shared/tools/check_sdk.py,
# its own idea of products and operation pages): at least 99% of operation pages in modules, and
# every module named after its service (no generic or duplicate name). (The SDK compiles in
# Scripts/compile-corpus.sh.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
checker=$shared/tools/check_sdk.py
[ -f "$checker" ] && [ -d "$shared/docs/api" ] || { echo "check-sdk: needs $checker and $shared/docs/api"; exit 1; }
cd "$root"
swift build --product qcloud-docgen >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$(python3 "$checker" .build/debug/qcloud-docgen "$shared/docs/api" "$work/sdk" || true)
summary=$(echo "$out" | tail -1)
echo "$summary"
python3 - "$summary" <<'PY'
import re, sys
m = re.match(r"sdk: (\d+)/(\d+) operation pages in modules .*?, (\d+) modules, (\d+) generic or duplicate names", sys.argv[1])
if not m:
    sys.exit("FAIL: check_sdk.py gave no summary")
found, total, modules, bad = map(int, m.groups())
if found < 0.99 * total or bad or not modules:
    sys.exit(f"FAIL: {found}/{total} operation pages in modules (99% needed), {bad} generic or duplicate names")
PY
