import Foundation
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// The runtime keeps secrets out of everything it prints and bounds what a server can make it
/// do: regression tests for the security review, over loopback HTTP where a server is involved.
@Suite(.serialized) struct RuntimeSecurityTests {
    static let secretKey = ClientEndToEndTests.secretKey
    static let credentials = ClientEndToEndTests.credentials
    static let request = ClientEndToEndTests.request

    static func client(_ server: TestAPIServer, maximumResponseBytes: Int = 16 * 1024 * 1024) -> VPCSeedClient {
        var configuration = ClientConfiguration(region: "gz", endpoint: server.endpoint, timeout: 10)
        configuration.maximumResponseBytes = maximumResponseBytes
        return VPCSeedClient(credentials: credentials, configuration: configuration)
    }

    @Test func dumpDoesNotShowTheKeyOrToken() {
        var dumped = ""
        dump(Self.credentials, to: &dumped)
        var client = ""
        dump(QCloudClient(credentials: Self.credentials, configuration: ClientConfiguration(region: "gz")), to: &client)
        for text in [dumped, client, String(reflecting: Self.credentials)] {
            #expect(!text.contains(Self.secretKey))
            #expect(!text.contains("t0ken-secret"))
            #expect(!text.contains("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"))
        }
        #expect(dumped.contains("<redacted>"))
    }

    /// A server that echoes the request body in an HTTP 400 does not put the token, the
    /// signature or a secret member into the thrown error.
    @Test func anEchoedRequestIsRedactedFromErrors() async throws {
        let server = try await TestAPIServer(secretKey: Self.secretKey) { values in
            .init(status: 400, body: values.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "&"))
        }
        do {
            _ = try await Self.client(server).addVpnConnEx(Self.request)
            Issue.record("an HTTP 400 must throw")
        } catch let error as ClientError {
            let text = "\(error)"
            guard case .httpStatus(400, _) = error else { Issue.record("expected HTTP 400, got \(text)"); return }
            #expect(text.contains("Action=AddVpnConnEx"))
            for secret in ["t0ken-secret", "psk-do-not-print", Self.secretKey] { #expect(!text.contains(secret), "\(secret) in \(text)") }
        }
        await server.stop()
    }

    /// A service error whose message echoes the request (as sent, and JSON-escaped with `\/`)
    /// keeps the token, the signature and a secret member out of its message, its description,
    /// its reflection and `dump`.
    @Test func anEchoedRequestIsRedactedFromServiceErrors() async throws {
        let server = try await TestAPIServer(secretKey: Self.secretKey) { values in
            let echo = values.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "&")
            let escaped = echo.replacingOccurrences(of: "/", with: "\\/")
            return .init(body: #"{"code":4000,"codeDesc":"InvalidParameter","message":"bad request: "# + echo + " / " + escaped + #""}"#)
        }
        do {
            _ = try await Self.client(server).addVpnConnEx(Self.request)
            Issue.record("an error answer must throw")
        } catch let error as VPCSeedError {
            var dumped = ""
            dump(error, to: &dumped)
            let signature = try #require(await server.received.parameters.last?["Signature"])
            for text in [error.message, "\(error)", String(reflecting: error), dumped] {
                #expect(text.contains("Action=AddVpnConnEx"))
                for secret in ["t0ken-secret", "psk-do-not-print", Self.secretKey, signature] { #expect(!text.contains(secret), "\(secret) in \(text)") }
            }
        }
        await server.stop()
    }

    /// An HTTP error body whose echo of a secret straddles the kept prefix's end: the secret is
    /// taken out before the body is cut, so no part of it is left.
    @Test func aSecretAtTheCutOfAnErrorBodyIsRedactedWhole() async throws {
        let server = try await TestAPIServer(secretKey: Self.secretKey) { values in
            .init(status: 400, body: String(repeating: "x", count: ClientError.bodyPrefixLength - 6) + (values["preSharedKey"] ?? "") + " tail")
        }
        do {
            _ = try await Self.client(server).addVpnConnEx(Self.request)
            Issue.record("an HTTP 400 must throw")
        } catch let error as ClientError {
            let text = "\(error)"
            #expect(!text.contains("psk-do"), "\(text)")
            #expect(text.hasSuffix("<redacted>"), "\(text)")
        }
        await server.stop()
    }

    /// A server message with terminal escape sequences and bidi controls is shown escaped.
    @Test func serverTextReachesTheTerminalEscaped() async throws {
        let body = #"{"code":4000,"message":"bad \u001b[2J\u202e reversed","codeDesc":"InvalidParameter"}"#
        let server = try await TestAPIServer(secretKey: Self.secretKey) { _ in .init(body: body) }
        do {
            _ = try await Self.client(server).addVpnConnEx(Self.request)
            Issue.record("an error answer must throw")
        } catch let error as VPCSeedError {
            #expect(error.message.contains("\u{1B}"))  // kept as sent, for programs
            let shown = "\(error)"
            #expect(!shown.contains("\u{1B}") && !shown.contains("\u{202E}"))
            #expect(shown.contains("\\u{1b}[2J"))
        }
        await server.stop()
    }

    /// A body past the size limit fails early instead of being read whole.
    @Test func responsesAreCapped() async throws {
        let huge = String(repeating: "x", count: 3 * 1024 * 1024)
        let server = try await TestAPIServer(secretKey: Self.secretKey) { _ in .init(body: huge) }
        do {
            _ = try await Self.client(server, maximumResponseBytes: 1024 * 1024).addVpnConnEx(Self.request)
            Issue.record("a 3 MiB body over a 1 MiB limit must throw")
        } catch let error as ClientError {
            #expect(error == .responseTooLarge(limit: 1024 * 1024))
        }
        // Under the limit the same server's answer is read (and is not JSON).
        do {
            _ = try await Self.client(server).addVpnConnEx(Self.request)
        } catch let error as ClientError {
            guard case .malformedResponse = error else { Issue.record("expected a malformed body, got \(error)"); return }
        }
        await server.stop()
    }

    /// Plain HTTP is for this machine only, unless allowed.
    @Test func plainHTTPOffThisMachineIsRefused() throws {
        var configuration = ClientConfiguration(region: "gz", endpoint: URL(string: "http://proxy.example.com:8080"))
        let client = QCloudClient(credentials: Self.credentials, configuration: configuration)
        #expect(throws: ClientError.insecureEndpoint("http://proxy.example.com:8080")) { try client.prepare(AddVpnConnEx.self, Self.request, credentials: Self.credentials) }
        configuration.allowsInsecureHTTP = true
        #expect(throws: Never.self) { try QCloudClient(credentials: Self.credentials, configuration: configuration).prepare(AddVpnConnEx.self, Self.request, credentials: Self.credentials) }
        for loopback in ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9", "http://127.1.2.3:9"] {
            let local = ClientConfiguration(region: "gz", endpoint: URL(string: loopback))
            #expect(throws: Never.self) { try QCloudClient(credentials: Self.credentials, configuration: local).prepare(AddVpnConnEx.self, Self.request, credentials: Self.credentials) }
        }
        // Names that only start like a loopback address are names: plain HTTP to them is refused.
        for name in ["http://127.attacker.example:9", "http://127.0.0.1.attacker.example"] {
            let remote = ClientConfiguration(region: "gz", endpoint: URL(string: name))
            #expect(throws: ClientError.self) { try QCloudClient(credentials: Self.credentials, configuration: remote).prepare(AddVpnConnEx.self, Self.request, credentials: Self.credentials) }
        }
    }

    /// POST by default: the signature, the token and secret members travel in the body, never
    /// in a URL that proxies and server logs keep.
    @Test func postIsTheDefaultSoSecretsStayOutOfURLs() throws {
        #expect(ClientConfiguration(region: "gz").method == "POST")
        let prepared = try QCloudClient(credentials: Self.credentials, configuration: ClientConfiguration(region: "gz"))
            .prepare(AddVpnConnEx.self, Self.request, credentials: Self.credentials)
        #expect(prepared.http.method == "POST")
        #expect(prepared.http.url.query == nil)
        #expect(String(decoding: prepared.http.body ?? Data(), as: UTF8.self).contains("Signature="))
    }

    /// One notion of secret: what the generated type redacts, the dry run redacts too, and the
    /// names the review found (`userPasswd`, `loginPwd`, `accessToken`) are secret by name.
    @Test func dryRunsRedactWhatTheTypesRedact() throws {
        let prepared = try QCloudClient(credentials: Self.credentials, configuration: ClientConfiguration(region: "gz"))
            .prepare(AddVpnConnEx.self, Self.request, credentials: Self.credentials)
        #expect(prepared.secretParameters == AddVpnConnEx.secretParameters)
        #expect(AddVpnConnEx.secretParameters.contains("preSharedKey"))
        let shown = "\(prepared)"
        for secret in ["psk-do-not-print", "t0ken-secret", Self.secretKey] { #expect(!shown.contains(secret)) }
        #expect(!"\(Self.request)".contains("psk-do-not-print"))
        for name in ["userPasswd", "loginPwd", "accessToken", "psk", "IKESet.preSharedKey", "users.0.password"] {
            #expect(Redaction.display(name, "s3cr3t") == Redaction.placeholder, "\(name)")
        }
        for name in ["vpcId", "keyword", "dhGroupName", "secretIdList.x"] {
            #expect(Redaction.display(name, "plain") == "plain", "\(name)")
        }
        // A member only the operation marks secret (described as 预共享密钥, say) is redacted by shape.
        #expect(Redaction.display("IPsecSet.0.sharedValue", "s3cr3t", secretShapes: ["IPsecSet.n.sharedValue"]) == Redaction.placeholder)
    }

    /// Arrays of secrets: the wire names are the elements' (`userPasswords.0`), redacted by the
    /// array's name, and by the operation's marking of the array or of an object holding them.
    @Test func arraysOfSecretsAreRedactedElementByElement() {
        for name in ["userPasswords.0", "userPasswords.12", "Instances.3.loginPasswords.0"] {
            #expect(Redaction.display(name, "s3cr3t") == Redaction.placeholder, "\(name)")
        }
        let shapes: Set<String> = ["adminKeys", "Login.n.credentials"]
        for name in ["adminKeys.0", "adminKeys.7", "Login.2.credentials.0", "Login.2.credentials.0.value"] {
            #expect(Redaction.display(name, "s3cr3t", secretShapes: shapes) == Redaction.placeholder, "\(name)")
        }
        for name in ["adminKeysCount", "Login.2.name", "adminIds.0"] {
            #expect(Redaction.display(name, "plain", secretShapes: shapes) == "plain", "\(name)")
        }
        let prepared = PreparedRequest(http: HTTPRequest(method: "POST", url: URL(string: "https://vpc.api.qcloud.com/v2/index.php")!, headers: [:], body: Data()),
                                       parameters: [("adminKeys.0", "k-one-secret"), ("adminKeys.1", "k-two-secret"), ("userPasswords.0", "pw-secret")],
                                       secretParameters: shapes)
        #expect(!"\(prepared)".contains("secret"))
    }
}
