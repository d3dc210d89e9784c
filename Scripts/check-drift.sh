#!/usr/bin/env bash
# `qcloud-docgen` leaves Generated/ unchanged, `check` passes on it, and `check` fails (exit 1)
# once a spec page is edited.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build --product qcloud-docgen >/dev/null
cli=.build/debug/qcloud-docgen
before=$(git status --porcelain -- Generated)
$cli generate
[ "$(git status --porcelain -- Generated)" = "$before" ] || { echo "FAIL: generate changed Generated/"; exit 1; }
$cli generate | grep -q "no change" || { echo "FAIL: a second generate wrote files"; exit 1; }
$cli check
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R specs "$work/specs"
sed -i 's/通道名称，可任意命名/通道的名称，可任意命名/' "$work/specs/vpc/AddVpnConnEx.md"
if $cli check "$work/specs" --output Generated; then echo "FAIL: check passed after a spec edit"; exit 1; fi
echo "drift check: ok (generate is a no-op, check passes, check fails after a spec edit)"
