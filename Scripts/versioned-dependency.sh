#!/usr/bin/env bash
# A user's package that depends on this one by version (`from:`), as published packages are used,
# builds and runs the build plugin. SwiftPM treats such a dependency more strictly than one by path
# (Examples/VPCApp): it refuses, for one, a product built with unsafe flags. The package is cloned
# from this checkout's HEAD (commit first when running it by hand) and tagged; the user's package
# gets its Swift from the seed page by the build plugin.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone --quiet "$root" "$work/qcloud-docgen"
git -C "$work/qcloud-docgen" tag 999.0.0
mkdir -p "$work/user/Sources/App"
cat > "$work/user/Package.swift" <<EOF
// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "user",
    dependencies: [.package(url: "file://$work/qcloud-docgen", from: "999.0.0")],
    targets: [
        .executableTarget(
            name: "App",
            dependencies: [.product(name: "QCloudRuntime", package: "qcloud-docgen")],
            exclude: ["AddVpnConnEx.md", "docgen.yaml"],
            plugins: [.plugin(name: "DocgenBuildPlugin", package: "qcloud-docgen")]),
    ]
)
EOF
cp "$root/Sources/DocgenPluginDemo/AddVpnConnEx.md" "$root/Sources/DocgenPluginDemo/docgen.yaml" "$work/user/Sources/App/"
cat > "$work/user/Sources/App/main.swift" <<'EOF'
import QCloudRuntime

let request = AddVpnConnExRequest(vpcId: "vpc-1", vpnGwId: "vpngw-1", userGwId: "cgw-1", vpnConnName: "demo",
                                  preSharedKey: "secret", userGwCidrBlock: ["10.0.0.0/24"])
print(AddVpnConnEx.action, request.vpnConnName)
EOF
status=0
log=$(cd "$work/user" && swift build 2>&1) || status=$?
[ "$status" = 0 ] || { echo "FAIL: a package depending on this one by version does not build:"; echo "$log" | grep -E "error" | head -20; exit 1; }
out=$(cd "$work/user" && swift run --skip-build App 2>/dev/null)
[ "$out" = "AddVpnConnEx demo" ] || { echo "FAIL: the user's App printed: $out"; exit 1; }
echo "dependency by version: ok (builds with the build plugin, runs)"
