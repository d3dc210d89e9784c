#!/usr/bin/env bash
# The command line as a user meets it:
# 1. `qcloud-docgen` leaves Generated/ unchanged, a second run writes nothing, `check` passes,
#    and `check` fails (exit 1) with the API diff and only the edited page's files once a spec
#    page is edited (in place, so docgen.yaml's relative paths resolve; restored on exit).
# 2. Atomic output: with one bad page among good ones, generate exits 1 and leaves the output
#    folder exactly as it was.
# 3. Bad usage exits 2.
# 4. Many page paths (read past swift-argument-parser's array parsing, `PagePathArguments`) give
#    what the ordinary parse gives: same output, same exit status, flags anywhere among them, a
#    missing page among them.
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
[ "$(echo "$out" | grep -c '^stale: ')" = 2 ] && echo "$out" | grep -q '^stale: Generated/QCloudVPCSeed/AddVpnConnEx.swift$' \
  && echo "$out" | grep -q '^stale: Generated/QCloudVPCSeed/api-schema.json$' \
  || { echo "FAIL: check should name only AddVpnConnEx.swift and the schema:"; echo "$out"; exit 1; }
echo "$out" | grep -q '^documentation: AddVpnConnEx input.vpnConnName: description changed' \
  || { echo "FAIL: check should report the change as an API diff:"; echo "$out"; exit 1; }
echo "drift check: ok (generate is a no-op, check passes, check fails after a spec edit with the API diff and the one stale file)"

work=$(mktemp -d)
trap 'cp "$saved" "$page"; rm -f "$saved"; rm -rf "$work"' EXIT
hostile=Tests/DocParserTests/Fixtures/Hostile
mkdir -p "$work/specs/widgets" "$work/out"
cp "$hostile/keyword-names.md" "$hostile/digit-names.md" "$hostile/colliding-names.md" "$work/specs/widgets/"
$cli generate "$work/specs" --output "$work/out" >/dev/null 2>&1
snapshot() { (cd "$work/out" && find . -type f | sort | xargs sha256sum); }
before=$(snapshot)
echo "| extra | 否 | String | changed |" >> "$work/specs/widgets/digit-names.md"
cp "$hostile/table-header-only.md" "$work/specs/widgets/"
status=0
err=$($cli generate --strict "$work/specs" --output "$work/out" 2>&1 >/dev/null) || status=$?
[ "$status" = 1 ] || { echo "FAIL: generate --strict with a bad page exited $status"; exit 1; }
echo "$err" | grep -q "table-header-only.md:1:1: error: no parameter table found" || { echo "FAIL: no located error: $err"; exit 1; }
[ "$(snapshot)" = "$before" ] || { echo "FAIL: a failing generate changed the output folder"; exit 1; }
[ -z "$(find "$work/out" -name '.*.tmp')" ] || { echo "FAIL: temporary files left behind"; exit 1; }
echo "atomic output: ok (strict, a bad page among good ones: exit 1, output untouched)"
# Not strict (docs as published), the bad page is left out with a warning and the rest written.
err=$($cli generate "$work/specs" --output "$work/out" 2>&1 >/dev/null) || { echo "FAIL: generate left nothing out: $err"; exit 1; }
echo "$err" | grep -q "table-header-only.md:1:1: warning: left out of" || { echo "FAIL: no warning for the page left out: $err"; exit 1; }
[ "$(snapshot)" != "$before" ] || { echo "FAIL: the good pages' change was not written"; exit 1; }
echo "partial output: ok (a bad page left out with a located warning, the others written)"

# lint runs the stages generate runs: both warn about an action documented by two pages (naming
# the page they do not use) and refuse an action that would shadow a runtime type, in the same
# words (generate --strict; not strict, it leaves that page out with the same words as a warning).
mkdir -p "$work/agree/specs/widgets"
cp "$hostile/keyword-names.md" "$work/agree/specs/widgets/KeywordNames.md"
cp "$hostile/keyword-names.md" "$work/agree/specs/widgets/KeywordNames__1.md"
sed 's/本接口（KeywordNames）/本接口（ParameterWriter）/' "$hostile/keyword-names.md" > "$work/agree/specs/widgets/Writer.md"
# (Generated output names pages relative to the docs root given, and so do generate's messages:
# both outputs are compared with that root taken out.)
lint_out=$($cli lint --no-notes "$work/agree/specs" 2>/dev/null | grep -E ': (error|warning): ' | sed "s|$work/agree/specs/||g" | sort) || true
gen_status=0
gen_out=$($cli generate --strict "$work/agree/specs" --output "$work/agree/out" 2>&1 >/dev/null) || gen_status=$?
gen_out=$(echo "$gen_out" | grep -E ': (error|warning): ' | sed "s|$work/agree/specs/||g" | sort)
[ -n "$lint_out" ] && [ "$lint_out" = "$gen_out" ] && [ "$gen_status" = 1 ] && [ ! -e "$work/agree/out" ] \
  && echo "$lint_out" | grep -q "warning: action KeywordNames is documented by 2 pages" \
  && echo "$lint_out" | grep -q "error: action ParameterWriter would shadow ParameterWriter" \
  || { echo "FAIL: lint and generate disagree:"; echo "lint: $lint_out"; echo "generate ($gen_status): $gen_out"; exit 1; }
echo "lint and generate agree: ok (a duplicate action warned, a shadowing action refused, by both)"

status=0
$cli diff >/dev/null 2>&1 || status=$?
[ "$status" = 2 ] || { echo "FAIL: bad usage exited $status"; exit 1; }
status=0
$cli lint "$work/no-such-folder" >/dev/null 2>&1 || status=$?
[ "$status" = 2 ] || { echo "FAIL: a missing path exited $status"; exit 1; }
echo "usage errors: ok (exit 2)"

# Many pages: the linear path parse against the ordinary one (`--` makes the parse ordinary).
pages=$(ls specs/vpc/*.md Tests/DocParserTests/Fixtures/Hostile/*.md | head -40)
[ "$(echo "$pages" | wc -l)" -ge 20 ] || { echo "FAIL: too few pages for the many-paths check"; exit 1; }
compare() {
  local fast slow fast_status=0 slow_status=0
  fast=$($cli "$@" $pages 2>&1) || fast_status=$?
  slow=$($cli "$@" -- $pages 2>&1) || slow_status=$?
  [ "$fast" = "$slow" ] && [ "$fast_status" = "$slow_status" ] || { echo "FAIL: $* with many pages differs from the ordinary parse"; exit 1; }
}
compare schema
compare schema --resolved
compare lint --no-notes
compare lint --coverage
compare schema --help
# A missing page among many: the same usage error (exit 2) either way.
pages="$pages $work/no-such-page.md"
compare schema
compare lint
status=0
$cli schema --no-such-flag $pages >/dev/null 2>&1 || status=$?
[ "$status" = 2 ] || { echo "FAIL: an unknown flag among many pages exited $status"; exit 1; }
echo "many page paths: ok (same output and status as the ordinary parse)"


# 5. diff over folders with a page that cannot be read: the page is reported (a warning) and the
#    rest compared; exit 1 for a breaking change, never 2 (bad usage only). Markdown release
#    notes name the module, the kinds and the version bump. A file name with a terminal escape
#    is printed escaped.
mkdir -p "$work/diff/old/v" "$work/diff/new/v"
cp specs/vpc/AddVpnConnEx.md specs/vpc/DescribeVpcTaskResult.md "$work/diff/old/v/"
cp specs/vpc/AddVpnConnEx.md "$work/diff/new/v/"
printf '## 1. 接口描述\n本接口（Broken）用于测试。\n接口请求域名：vpc.api.qcloud.com\n\n## 2. 输入参数\n| 参数名称 | 必选 | 类型 | 描述 |\n|---|---|---|---|\n| a | 否 |\n' \
  > "$work/diff/new/v/$(printf 'broken\033]0;owned\007')"'.md'
status=0
out=$($cli diff "$work/diff/old" "$work/diff/new" 2>&1) || status=$?
[ "$status" = 1 ] || { echo "FAIL: diff with an unreadable page exited $status (want 1: DescribeVpcTaskResult removed)"; echo "$out"; exit 1; }
echo "$out" | grep -q "breaking: DescribeVpcTaskResult: operation removed" || { echo "FAIL: diff did not report the removed operation"; echo "$out"; exit 1; }
echo "$out" | grep -q "warning: left out of" || { echo "FAIL: diff did not report the unreadable page"; echo "$out"; exit 1; }
if printf '%s' "$out" | grep -q "$(printf '\033')"; then echo "FAIL: diff printed a terminal escape from a file name"; exit 1; fi
notes=$($cli diff "$work/diff/old" "$work/diff/new" --format markdown 2>/dev/null) || true
echo "$notes" | grep -q "^Version bump: major (breaking changes).$" && echo "$notes" | grep -q "^### Breaking$" \
  || { echo "FAIL: markdown release notes"; echo "$notes"; exit 1; }
echo "diff: ok (an unreadable page reported, the rest compared; markdown release notes; names escaped)"

# 6. lint --coverage prints sentences from the page escaped: a C1 control (U+009B, a CSI) or an
#    escape in a description never reaches the terminal as it is.
mkdir -p "$work/coverage/v"
python3 - "$work/coverage/v/AddVpnConnEx.md" <<'PY'
import re, sys
page = open("specs/vpc/AddVpnConnEx.md", encoding="utf-8").read()
page = re.sub(r"\| vpnConnName \|[^\n]*", "| vpnConnName | 是 | String | 通道名称，长度须满足\u009b31m某种\x1b]0;owned\x07规则。 |", page)
open(sys.argv[1], "w", encoding="utf-8").write(page)
PY
out=$($cli lint --coverage --all "$work/coverage/v")
echo "$out" | grep -q 'AddVpnConnEx.md:16:2: .*\\u{9b}31m' || { echo "FAIL: lint --coverage did not list the sentence escaped"; echo "$out"; exit 1; }
if printf '%s' "$out" | LC_ALL=C grep -q "$(printf '\302\233')\|$(printf '\033')"; then echo "FAIL: lint --coverage printed a control character"; exit 1; fi
echo "lint --coverage: ok (sentences escaped)"

# 7. check after a page edit prints what changed escaped: a page whose file name holds a terminal
#    escape (OSC: set the title) never writes to the terminal through check's report.
mkdir -p "$work/escape/specs/v" "$work/escape/pkg"
touch "$work/escape/pkg/Package.swift"
esc_page="$work/escape/specs/v/$(printf 'add\033]0;owned\007')"'.md'
cp specs/vpc/AddVpnConnEx.md "$esc_page"
$cli generate "$work/escape/specs" --output "$work/escape/pkg/Sources" >/dev/null 2>&1 || { echo "FAIL: generate over a page with an escape in its name"; exit 1; }
# (An edit of its own: section 1's edit of the spec page may still be in place.)
sed -i '0,/预共享密钥/s//预共享的密钥/' "$esc_page"
status=0
out=$($cli check "$work/escape/specs" --output "$work/escape/pkg/Sources" 2>&1) || status=$?
[ "$status" = 1 ] || { echo "FAIL: check exited $status after editing the page"; echo "$out"; exit 1; }
echo "$out" | grep -q "stale: " || { echo "FAIL: check listed no stale file"; echo "$out"; exit 1; }
echo "$out" | grep -qF 'add\u{1b}]0;owned\u{7}.md:17' || { echo "FAIL: check did not name the page, escaped"; echo "$out"; exit 1; }
if printf '%s' "$out" | grep -q "$(printf '\033')"; then echo "FAIL: check printed a terminal escape from a page name"; exit 1; fi
echo "check: ok (a page name's escape is printed escaped)"
