#!/usr/bin/env bash
# Runs the vpc-example executable as a user would: against a stand-in API server on 127.0.0.1
# (Python, checking the signature with its own code), for a success, an API error and --dry-run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build --product vpc-example >/dev/null
bin=.build/debug/vpc-example
work=$(mktemp -d)
cat > "$work/server.py" <<'PY'
import base64, hashlib, hmac, http.server, json, sys, urllib.parse
KEY = b"example-secret-key"
class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        params = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
        sig = params.pop("Signature", "")
        # Verified over the host the request was addressed as (the Host header), as a real server does.
        text = "POST" + self.headers.get("Host", "") + self.path + "?" + "&".join(f"{k}={params[k]}" for k in sorted(params))
        digest = hashlib.sha256 if params.get("SignatureMethod") == "HmacSHA256" else hashlib.sha1
        ok = base64.b64encode(hmac.new(KEY, text.encode(), digest).digest()).decode() == sig
        if not ok:
            reply = {"code": 4100, "message": "signature mismatch"}
        elif params.get("vpcId") == "vpc-missing":
            # A message with a terminal escape (OSC: set the title) and an echo of the key.
            reply = {"code": 5000, "message": "无效的VPC\x1b]0;owned\x07 " + params.get("preSharedKey", ""),
                     "codeDesc": "InvalidVpc.NotFound", "requestId": "req-7"}
        else:
            reply = {"code": "0", "message": "", "data": {"taskId": 12613, "vpnConnId": 0}}
        data = json.dumps(reply).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(data))); self.end_headers(); self.wfile.write(data)
    def log_message(self, *args): pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_port, flush=True)
server.timeout = 30
for _ in range(3): server.handle_request()
PY
python3 "$work/server.py" > "$work/port" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(head -1 "$work/port")
export TENCENTCLOUD_SECRET_ID=AKIDexample0000example TENCENTCLOUD_SECRET_KEY=example-secret-key
args=(--region gz --vpn-gw-id vpngw-1 --user-gw-id cgw-1 --vpn-conn-name demo --pre-shared-key psk-hidden --user-gw-cidr-block 10.0.0.0/24)

out=$($bin --endpoint "http://127.0.0.1:$port" --vpc-id vpc-1 "${args[@]}")
echo "$out" | grep -q '"taskId" : 12613' || { echo "FAIL: success output: $out"; exit 1; }

status=0
err=$($bin --endpoint "http://127.0.0.1:$port" --vpc-id vpc-missing "${args[@]}" 2>&1 >/dev/null) || status=$?
[ "$status" = 1 ] && echo "$err" | grep -q "InvalidVpc.NotFound: 无效的VPC" || { echo "FAIL: API error exit $status: $err"; exit 1; }
# The server's message is printed escaped, with the echoed pre-shared key taken out.
if printf '%s' "$err" | grep -q "$(printf '\033')"; then echo "FAIL: vpc-example printed the server's terminal escape"; exit 1; fi
if printf '%s' "$err" | grep -q "psk-hidden"; then echo "FAIL: vpc-example printed the echoed key"; exit 1; fi

# No credentials in the environment: the profile file (HOME/.tencentcloud/credentials) signs;
# --log-level info prints one line for the call, without the key.
mkdir -p "$work/home/.tencentcloud"
printf '[default]\nsecret_id = AKIDexample0000example\nsecret_key = example-secret-key\n' > "$work/home/.tencentcloud/credentials"
chmod 600 "$work/home/.tencentcloud/credentials"
logged=$(env -u TENCENTCLOUD_SECRET_ID -u TENCENTCLOUD_SECRET_KEY HOME="$work/home" \
  $bin --endpoint "http://127.0.0.1:$port" --vpc-id vpc-1 "${args[@]}" --log-level info 2>&1)
echo "$logged" | grep -q '"taskId" : 12613' || { echo "FAIL: profile-file credentials: $logged"; exit 1; }
echo "$logged" | grep -q "call AddVpnConnEx" || { echo "FAIL: no log line: $logged"; exit 1; }
out="$out$logged"

dry=$($bin --vpc-id vpc-1 "${args[@]}" --dry-run)
echo "$dry" | grep -q "^POST https://vpc.api.qcloud.com/v2/index.php" || { echo "FAIL: dry run: $dry"; exit 1; }
if echo "$dry$out$err" | grep -q -e psk-hidden -e example-secret-key -e AKIDexample0000example; then echo "FAIL: a secret was printed"; exit 1; fi

# The pre-shared key can stay off the command line: from a file or the environment (exactly one source).
base=(--region gz --vpn-gw-id vpngw-1 --user-gw-id cgw-1 --vpn-conn-name demo --user-gw-cidr-block 10.0.0.0/24 --vpc-id vpc-1 --dry-run)
printf 'psk-from-file\n' > "$work/psk"
$bin "${base[@]}" --pre-shared-key-file "$work/psk" | grep -q "preSharedKey=<redacted>" || { echo "FAIL: --pre-shared-key-file"; exit 1; }
VPC_EXAMPLE_PRE_SHARED_KEY=psk-from-env $bin "${base[@]}" | grep -q "preSharedKey=<redacted>" || { echo "FAIL: key from the environment"; exit 1; }
status=0
$bin "${base[@]}" --pre-shared-key-file "$work/psk" --pre-shared-key x >/dev/null 2>&1 || status=$?
[ "$status" != 0 ] || { echo "FAIL: two key sources accepted"; exit 1; }
$bin --help | grep -q "pre-shared-key-file" || { echo "FAIL: --help does not name the key file"; exit 1; }
echo "vpc-example smoke: ok (success, API error exit 1, dry run with secrets masked, key from a file or the environment)"
