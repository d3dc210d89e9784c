import ArgumentParser
import Foundation
import Logging
import QCloudRuntime
import QCloudVPCSeed

/// Creates a VPN connection with AddVpnConnEx, with credentials from the standard chain: the
/// environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, optional
/// TENCENTCLOUD_SESSION_TOKEN), the profile file ~/.tencentcloud/credentials, the CVM role.
@main
struct VPCExample: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vpc-example",
        abstract: "Call AddVpnConnEx: prints the response as JSON (exit 0) or the API error (exit 1).")

    @Option(help: "Send to this URL instead of https://vpc.api.qcloud.com (a proxy or a test server).")
    var endpoint: String?
    @Option(help: "The region (gz, sh, bj, ...).")
    var region: String
    @Option(name: .customLong("vpc-id"), help: "The VPC.")
    var vpcId: String
    @Option(name: .customLong("vpn-gw-id"), help: "The VPN gateway.")
    var vpnGwId: String
    @Option(name: .customLong("user-gw-id"), help: "The customer gateway.")
    var userGwId: String
    @Option(name: .customLong("vpn-conn-name"), help: "The connection's name.")
    var vpnConnName: String
    @Option(name: .customLong("pre-shared-key"), help: ArgumentHelp(
        "The pre-shared key (never printed). Visible to every process on this machine while the command runs (its command line): prefer --pre-shared-key-file or \(Self.preSharedKeyVariable).",
        valueName: "key"))
    var preSharedKey: String?
    @Option(name: .customLong("pre-shared-key-file"), help: "Read the pre-shared key from this file (its first line).")
    var preSharedKeyFile: String?
    @Option(name: .customLong("user-gw-cidr-block"), help: "A customer-side CIDR block (repeatable).")
    var userGwCidrBlock: [String] = []
    @Option(help: "Seconds to wait for the answer.")
    var timeout: Double = 30
    @Flag(name: .customLong("dry-run"), help: "Print the signed request (secrets masked) instead of sending it.")
    var dryRun = false
    @Option(name: .customLong("log-level"), help: "Log to standard error at this level: trace, debug, info, notice, warning, error, critical (secrets redacted).")
    var logLevel: String?
    @Option(help: "The profile of ~/.tencentcloud/credentials to use when the environment has no credentials.")
    var profile: String?
    @Option(name: .customLong("credentials-file"), help: "The profile file to read instead of ~/.tencentcloud/credentials.")
    var credentialsFile: String?

    /// The environment variable the pre-shared key may come from.
    static let preSharedKeyVariable = "VPC_EXAMPLE_PRE_SHARED_KEY"

    /// The pre-shared key from exactly one of the flag, the file and the environment.
    func presharedKey(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        var sources: [String] = []
        if let preSharedKey { sources.append(preSharedKey) }
        if let preSharedKeyFile {
            guard let data = FileManager.default.contents(atPath: preSharedKeyFile) else {
                throw ValidationError("--pre-shared-key-file \(preSharedKeyFile): cannot be read")
            }
            sources.append(String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
        }
        if let value = environment[Self.preSharedKeyVariable], !value.isEmpty { sources.append(value) }
        guard sources.count == 1, let key = sources.first, !key.isEmpty else {
            throw ValidationError("give the pre-shared key once: --pre-shared-key-file FILE, \(Self.preSharedKeyVariable), or --pre-shared-key")
        }
        return key
    }

    func run() async throws {
        let preSharedKey = try presharedKey()
        var configuration = ClientConfiguration(region: region, timeout: timeout)
        if let endpoint {
            guard let url = URL(string: endpoint), url.host != nil else { throw ValidationError("--endpoint \(endpoint) is not a URL") }
            configuration.endpoint = url
        }
        if let logLevel {
            guard let level = Logger.Level(rawValue: logLevel.lowercased()) else {
                throw ValidationError("--log-level \(logLevel) is not one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var logger = Logger(label: "vpc-example", factory: { StreamLogHandler.standardError(label: $0) })
            logger.logLevel = level
            configuration.logger = logger
        }
        let credentials = CachedCredentials(CredentialChain([
            EnvironmentCredentials(),
            ProfileCredentials(path: credentialsFile, profile: profile, logger: configuration.logger),
            CVMRoleCredentials(),
        ]))
        let client = VPCSeedClient(client: QCloudClient(credentialProvider: credentials, configuration: configuration))
        let request = AddVpnConnExRequest(vpcId: vpcId, vpnGwId: vpnGwId, userGwId: userGwId, vpnConnName: vpnConnName,
                                          preSharedKey: preSharedKey, userGwCidrBlock: userGwCidrBlock.isEmpty ? nil : userGwCidrBlock)
        do {
            if dryRun {
                print(try await client.client.prepare(AddVpnConnEx.self, request))
                return
            }
            let response = try await client.addVpnConnEx(request)
            print(Self.json(response))
        } catch let error as VPCSeedError {
            // The error's description: the server's message with echoed secrets taken out and
            // control characters escaped (a server cannot write to the terminal).
            FileHandle.standardError.write(Data("API error \(error)\n".utf8))
            throw ExitCode(1)
        } catch let error as QCloudRuntime.ValidationError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        } catch let error as ClientError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        } catch let error as CredentialProviderError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The decoded response as JSON (the members the generated type knows).
    static func json(_ response: AddVpnConnExResponse) -> String {
        var data: [String: Any] = [:]
        if let taskId = response.data?.taskId { data["taskId"] = taskId }
        if let value = response.data?.vpnConnId { data["vpnConnId"] = value }
        if let value = response.data?.vpnGwId { data["vpnGwId"] = value }
        if let value = response.data?.userGwId { data["userGwId"] = value }
        if let value = response.data?.vpnConnStatus { data["vpnConnStatus"] = value }
        if let value = response.data?.userGwSubnetList { data["userGwSubnetList"] = value }
        let object: [String: Any] = ["requestId": response.requestId, "data": data]
        guard let bytes = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]) else { return "{}" }
        return String(decoding: bytes, as: UTF8.self)
    }
}
