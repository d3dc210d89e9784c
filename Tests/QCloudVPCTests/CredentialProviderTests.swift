import FlyingFox
import Foundation
import Logging
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// The credential chain: profile file, instance metadata, caching and refresh, never printed.
@Suite(.serialized) struct CredentialProviderTests {
    static func profileFile(_ text: String, mode: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qcloud-profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("credentials").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, mode_t(mode))
        return path
    }

    static let profiles = """
        # shared by the CLI and SDKs
        [default]
        secret_id = AKIDdefault0000000000
        secret_key = default-key-not-printed

        [ci]
        secret_id = AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA
        secret_key = \(ClientEndToEndTests.secretKey)
        """

    @Test func theProfileFileSignsCallsAndIsNeverPrinted() async throws {
        let path = try Self.profileFile(Self.profiles, mode: 0o600)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let capture = LogCapture()
        let provider = ProfileCredentials(path: path, profile: "ci", logger: capture.logger(level: .trace), environment: [:])
        let server = try await TestAPIServer(secretKey: ClientEndToEndTests.secretKey) { _ in .init(body: ClientEndToEndTests.exampleResponse) }
        var configuration = ClientConfiguration(region: "gz", endpoint: server.endpoint)
        configuration.logger = capture.logger(level: .trace)
        let client = VPCSeedClient(client: QCloudClient(credentialProvider: CredentialChain([EnvironmentCredentials(environment: { [:] }), provider]),
                                                    configuration: configuration))
        _ = try await client.addVpnConnEx(ClientEndToEndTests.request)
        #expect(await server.received.signatureFailures == 0)
        #expect(await server.received.parameters.first?["SecretId"] == "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA")
        await server.stop()
        var dumped = ""
        dump(client, to: &dumped)
        let credentials = try await provider.credentials()
        for text in [capture.text, dumped, "\(credentials)", String(reflecting: credentials)] {
            #expect(!text.contains(ClientEndToEndTests.secretKey))
        }
        #expect(!capture.text.contains("readable by other users"))
    }

    @Test func aProfileFileOthersCanReadIsUsedWithAWarning() async throws {
        let path = try Self.profileFile(Self.profiles, mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let capture = LogCapture()
        let credentials = try await ProfileCredentials(path: path, logger: capture.logger(level: .info), environment: [:]).credentials()
        #expect(credentials.secretId == "AKIDdefault0000000000")
        #expect(capture.lines.contains { $0.level == .warning && $0.text.contains("readable by other users") && $0.text.contains("mode=644") })
        #expect(!capture.text.contains("default-key-not-printed"))
    }

    @Test func profileErrorsNameTheLineNotTheValue() async throws {
        let path = try Self.profileFile("[default]\nsecret_id = AKIDx\nthis line holds a-secret-value\n", mode: 0o600)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        await #expect { _ = try await ProfileCredentials(path: path, environment: [:]).credentials() } throws: { error in
            let text = "\(error)"
            return text.contains(":3:") && !text.contains("a-secret-value")
        }
        await #expect(throws: CredentialProviderError.self) {
            _ = try await ProfileCredentials(path: path + ".missing", environment: [:]).credentials()
        }
    }

    /// The instance metadata service on 127.0.0.1: names a role, then answers its keys, which
    /// expire `lifetime` seconds after each answer.
    static func metadataServer(lifetime: TimeInterval, answers: Counter, delay: TimeInterval = 0) async throws -> (HTTPServer, Task<Void, any Error>, String) {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 15, logger: .disabled)
        await server.appendRoute("GET /latest/meta-data/cam/security-credentials/") { _ in
            HTTPResponse(statusCode: .ok, body: Data("ci-role\n".utf8))
        }
        await server.appendRoute("GET /latest/meta-data/cam/security-credentials/ci-role") { _ in
            let number = answers.next()
            if delay > 0 { try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000)) }
            let expiry = Int(Date().timeIntervalSince1970 + lifetime)
            return HTTPResponse(statusCode: .ok, body: Data("""
                {"TmpSecretId":"AKIDtmp\(number)","TmpSecretKey":"tmp-key-\(number)-not-printed","Token":"tmp-token-\(number)",
                 "ExpiredTime":\(expiry),"Expiration":"2026-11-27T12:00:00Z","Code":"Success"}
                """.utf8))
        }
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        return (server, task, "http://127.0.0.1:\(port)/latest/meta-data/cam/security-credentials/")
    }

    @Test func instanceRoleCredentialsAreFetchedOnceAndRefreshedBeforeExpiry() async throws {
        let answers = Counter()
        let (server, task, endpoint) = try await Self.metadataServer(lifetime: 3600, answers: answers, delay: 0.2)
        defer { task.cancel() }
        let clock = Clock()
        let cached = CachedCredentials(CVMRoleCredentials(endpoint: endpoint), refreshMargin: 300, now: { clock.now })
        // Fifty calls at once during the first fetch share it.
        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<50 { group.addTask { try await cached.credentials().secretId } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(ids == ["AKIDtmp1"])
        #expect(answers.count == 1)
        let first = try await cached.credentials()
        #expect(first.token == "tmp-token-1")
        #expect(first.expiration != nil)
        // 56 minutes later the keys are within 5 minutes of expiring: the next call refreshes.
        clock.advance(by: 3360)
        let second = try await cached.credentials()
        #expect(second.secretId == "AKIDtmp2")
        #expect(answers.count == 2)
        #expect(!"\(second)".contains("tmp-key-2-not-printed"))
        await server.stop(timeout: 0)
    }

    @Test func theChainFallsThroughToTheInstanceRoleAndSignsWithItsToken() async throws {
        let answers = Counter()
        let (metadata, task, endpoint) = try await Self.metadataServer(lifetime: 3600, answers: answers)
        defer { task.cancel() }
        let api = try await TestAPIServer(secretKey: "tmp-key-1-not-printed") { values in
            values["Token"] == "tmp-token-1" ? .init(body: ClientEndToEndTests.exampleResponse) : .init(status: 400, body: "no token")
        }
        let chain = CachedCredentials(CredentialChain([
            EnvironmentCredentials(environment: { [:] }),
            ProfileCredentials(path: "/nonexistent/credentials", environment: [:]),
            CVMRoleCredentials(endpoint: endpoint),
        ]))
        let client = VPCSeedClient(credentialProvider: chain, configuration: ClientConfiguration(region: "gz", endpoint: api.endpoint))
        _ = try await client.addVpnConnEx(ClientEndToEndTests.request)
        _ = try await client.addVpnConnEx(ClientEndToEndTests.request)
        #expect(await api.received.signatureFailures == 0)
        #expect(answers.count == 1)
        await api.stop()
        await metadata.stop(timeout: 0)
    }

    @Test func noSourceMeansOneErrorListingWhatWasTried() async throws {
        let port = try await TestAPIServer.closedPort()
        let chain = CredentialChain([
            EnvironmentCredentials(environment: { [:] }),
            ProfileCredentials(path: "/nonexistent/credentials", environment: [:]),
            CVMRoleCredentials(endpoint: "http://127.0.0.1:\(port)/", timeout: 1),
        ])
        await #expect { _ = try await chain.credentials() } throws: { error in
            guard case .notFound(let reason)? = error as? CredentialProviderError else { return false }
            return reason.contains("TENCENTCLOUD_SECRET_ID") && reason.contains("/nonexistent/credentials") && reason.contains("metadata")
        }
    }

    /// A clock tests move by hand.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var current = Date()
        var now: Date { lock.withLock { current } }
        func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
    }
}
