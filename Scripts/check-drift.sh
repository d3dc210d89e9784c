#!/usr/bin/env bash
# `qcloud-docgen` leaves Generated/ unchanged, `check` passes on it, and `check` fails (exit 1),
# naming only the edited operation's file, once a spec page is edited. The page is edited in
# place (so docgen.yaml's relative paths still resolve) and restored on exit.
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

page=specs/vpc/AddVpnConnEx.md
saved=$(mktemp)
cp "$page" "$saved"
trap 'cp "$saved" "$page"; rm -f "$saved"' EXIT
sed -i 's/通道名称，可任意命名/通道的名称，可任意命名/' "$page"
status=0
out=$($cli check 2>&1) || status=$?
[ "$status" = 1 ] || { echo "FAIL: check exited $status after a spec edit"; echo "$out"; exit 1; }
[ "$(echo "$out" | grep -c '^stale: ')" = 2 ] && echo "$out" | grep -q '^stale: Generated/QCloudVPC/AddVpnConnEx.swift$' \
  && echo "$out" | grep -q '^stale: Generated/QCloudVPC/api-schema.json$' \
  || { echo "FAIL: check should name only AddVpnConnEx.swift and the schema:"; echo "$out"; exit 1; }
echo "$out" | grep -q '^documentation: AddVpnConnEx input.vpnConnName: description changed' \
  || { echo "FAIL: check should report the change as an API diff:"; echo "$out"; exit 1; }
echo "drift check: ok (generate is a no-op, check passes, check fails after a spec edit with the API diff and the one stale file)"
