import DocgenPluginDemo
import Foundation
import QCloudRuntimeTesting
import Testing

/// The build plugin's output, used as a consumer would: these types exist only because the
/// plugin generated them from Sources/DocgenPluginDemo/AddVpnConnEx.md during the build.
@Suite struct PluginGeneratedTests {
    @Test func generatedAPIIsUsable() throws {
        var request = AddVpnConnExRequest(vpcId: "vpc-1", vpnGwId: "vpngw-1", userGwId: "cgw-1", vpnConnName: "n",
                                          preSharedKey: "k", userGwCidrBlock: ["10.0.0.0/24"])
        try request.validate()
        request.ikeSet = .init(ikeSaLifetimeSeconds: 59)
        #expect(throws: ValidationError.self) { try request.validate() }
        #expect(AddVpnConnEx.action == "AddVpnConnEx")
        #expect(VPCErrorCode(code: "InvalidVpc.NotFound") == .invalidVpcNotFound)
        #expect(ExampleReplay.problems(AddVpnConnEx.self) == [])
    }

    /// The plugin's files and `qcloud-docgen generate` are byte-identical for the same pages:
    /// the plugin's build output against the CLI run on the same target folder.
    @Test func pluginOutputMatchesTheCLI() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plugin = try #require(Self.pluginOutput(under: root.appendingPathComponent(".build")), "plugin output not found")
        let cli = try #require(Self.tool(under: root.appendingPathComponent(".build")), "qcloud-docgen not built")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-plugin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = cli
        process.currentDirectoryURL = root
        process.arguments = ["generate", "Sources/DocgenPluginDemo", "--output", output.path, "--single-module"]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: plugin.path).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(names == ["AddVpnConnEx.swift", "Service+Client.swift", "Service+ErrorCode.swift", "Service+Models.swift", "Service+Operations.swift"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == names)
        for name in names {
            let fromPlugin = try Data(contentsOf: plugin.appendingPathComponent(name))
            let fromCLI = try Data(contentsOf: output.appendingPathComponent(name))
            #expect(fromPlugin == fromCLI, "\(name)")
        }
    }

    /// The qcloud-docgen the build made (the plugin runs it).
    static func tool(under build: URL) -> URL? {
        guard let walker = FileManager.default.enumerator(at: build, includingPropertiesForKeys: nil) else { return nil }
        for case let url as URL in walker where url.lastPathComponent == "qcloud-docgen" && url.path.contains("/debug/")
            && FileManager.default.isExecutableFile(atPath: url.path) && !url.hasDirectoryPath
            && (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            return url
        }
        return nil
    }

    /// `<build>/plugins/outputs/<package>/DocgenPluginDemo/.../DocgenBuildPlugin/Generated`.
    static func pluginOutput(under build: URL) -> URL? {
        guard let walker = FileManager.default.enumerator(at: build, includingPropertiesForKeys: nil) else { return nil }
        for case let url as URL in walker where url.lastPathComponent == "Generated"
            && url.path.contains("/plugins/outputs/") && url.path.contains("DocgenPluginDemo") && url.path.contains("DocgenBuildPlugin") {
            return url
        }
        return nil
    }
}
