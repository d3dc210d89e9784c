#!/usr/bin/env bash
# Patterns run on ICU's C API where the build has it, else on NSRegularExpression (the same ICU
# underneath). The fallback must read the docs the same: `schema` over the curated corpus and
# every page of the published docs, once per engine (QCLOUD_DOCGEN_REGEX_ENGINE=foundation forces
# the fallback), gives the same bytes and the same findings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${QCLOUD_DOCGEN_SHARED:-$root/../shared}
[ -d "$shared/docs/api" ] || { echo "regex-fallback: needs the published docs at $shared/docs/api"; exit 1; }
cd "$root"
swift build --product qcloud-docgen >/dev/null
cli=.build/debug/qcloud-docgen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$shared/corpus" "$shared/docs/api" -name '*.md' | LC_ALL=C sort > "$work/pages"
xargs -d '\n' -s 2000000 "$cli" schema < "$work/pages" > "$work/icu.json" 2> "$work/icu.err" || true
QCLOUD_DOCGEN_REGEX_ENGINE=foundation xargs -d '\n' -s 2000000 "$cli" schema < "$work/pages" > "$work/foundation.json" 2> "$work/foundation.err" || true
cmp -s "$work/icu.json" "$work/foundation.json" || { echo "FAIL: the NSRegularExpression fallback reads the docs differently:"; diff "$work/icu.json" "$work/foundation.json" | head -40; exit 1; }
cmp -s "$work/icu.err" "$work/foundation.err" || { echo "FAIL: the fallback's findings differ:"; diff "$work/icu.err" "$work/foundation.err" | head -40; exit 1; }
echo "regex fallback: ok ($(wc -l < "$work/pages") pages read the same by ICU's C API and NSRegularExpression)"
