#!/usr/bin/env bash
# Builds and runs Examples/VPCApp, a user's package that depends on this one by path: it imports
# QCloudVPCSeed and has the build plugin generate WidgetAPI from its own doc page. Then runs the
# command plugin, which must find Generated/ current.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(cd "$root/Examples/VPCApp" && swift build >/dev/null 2>&1 || (cd "$root/Examples/VPCApp" && swift build 2>&1 | grep -E "error" | head -20; exit 1))
out=$(cd "$root/Examples/VPCApp" && swift run VPCApp 2>/dev/null)
echo "$out" | grep -q "IKESet.ikeSaLifetimeSeconds: must be at least 60" && echo "$out" | grep -q "widgetName=w1&mode=fast" \
  && echo "$out" | grep -q "widgetIds.0=w-1&limit=5" \
  && echo "$out" | grep -q "requestId=req-demo taskId=7" && echo "$out" | grep -q "main mode / a mode the docs do not list: quick" \
  && echo "$out" | grep -q "check the ids" \
  || { echo "FAIL: VPCApp printed: $out"; exit 1; }
cd "$root"
swift package --allow-writing-to-package-directory regenerate-sdk 2>/dev/null | grep -q "no change" \
  || { echo "FAIL: the command plugin changed Generated/"; exit 1; }
echo "example package: ok (builds by path, plugin-generated module works, command plugin finds Generated/ current)"
