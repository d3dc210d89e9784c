import Foundation
import Logging
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// Every way the runtime can show something, swept for the secrets of one call: the log at every
/// level, every thrown error's description, reflection and `dump`, and `dump`, `print` and
/// reflection of every public type that holds a secret. A server that echoes the request (as
/// sent, and JSON-escaped) answers in each way a call can fail, and once with success.
@Suite(.serialized) struct RedactionSweepTests {
    static let secrets = [ClientEndToEndTests.secretKey, "t0ken-secret", "psk-do-not-print", ClientEndToEndTests.credentials.secretId]

    /// How the server answers, each echoing the whole request it received.
    static let answers: [(name: String, answer: @Sendable (String) -> TestAPIServer.Answer)] = [
        ("service error", { echo in .init(body: #"{"code":4000,"codeDesc":"InvalidParameter","message":"\#(echo)"}"#) }),
        ("HTTP 400", { echo in .init(status: 400, body: echo) }),
        ("HTTP 503", { echo in .init(status: 503, body: echo) }),
        ("malformed", { echo in .init(body: "not json " + echo) }),
        ("batch", { echo in .init(body: #"{"code":4000,"codeDesc":"InvalidParameter","message":"m","detail":{"x":{"code":1,"message":"\#(echo)"}}}"#) }),
        ("success", { echo in .init(body: #"{"code":0,"message":"\#(echo)","data":{"taskId":1,"preSharedKey":"psk-do-not-print"}}"#) }),
    ]

    /// The request as received, as text and JSON-escaped with `\/`.
    static func echo(_ values: [String: String]) -> String {
        let text = values.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "&")
        return text + " " + text.replacingOccurrences(of: "/", with: "\\/")
    }

    static func shown(_ value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped]
    }

    static func expectNoSecret(_ texts: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            for secret in secrets where text.contains(secret) {
                Issue.record("\(what) shows \(secret): \(text)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func noSecretInLogsOrErrors() async throws {
        for (name, answer) in Self.answers {
            let capture = LogCapture()
            try await withTestServer(answer: { answer(Self.echo($0)) }, configure: { configuration in
                configuration.logger = capture.logger(level: .trace)
                configuration.retryPolicy = StandardRetryPolicy(maximumAttempts: 2, baseDelay: 0, maximumDelay: 0)
            }) { client, _ in
                do {
                    // A success is the service's answer, given to the caller as it is.
                    _ = try await client.addVpnConnEx(ClientEndToEndTests.request)
                } catch {
                    Self.expectNoSecret(Self.shown(error), "\(name): the thrown error")
                    Self.expectNoSecret([error.localizedDescription], "\(name): localizedDescription")
                }
            }
            #expect(capture.lines.contains { $0.level == .trace }, "\(name): the trace level logged nothing")
            #expect(Set(capture.lines.map(\.level)).isSuperset(of: [.trace, .debug, .info]), "\(name)")
            Self.expectNoSecret(capture.lines.map(\.text), "\(name): the log")
        }
    }

    @Test func noSecretInAnyPublicValue() throws {
        let credentials = ClientEndToEndTests.credentials
        let request = ClientEndToEndTests.request
        let configuration = ClientConfiguration(region: "gz")
        let client = QCloudClient(credentials: credentials, configuration: configuration)
        let prepared = try client.prepare(AddVpnConnEx.self, request, credentials: credentials)
        var writer = ParameterWriter()
        request.encodeParameters(into: &writer, at: "")
        let values: [(String, Any)] = [
            ("Credentials", credentials), ("StaticCredentials", StaticCredentials(credentials)),
            ("CredentialChain", CredentialChain([StaticCredentials(credentials)])),
            ("QCloudClient", client), ("VPCSeedClient", VPCSeedClient(client: client)),
            ("PreparedRequest", prepared), ("HTTPRequest", prepared.http), ("ParameterWriter", writer),
            ("AddVpnConnExRequest", request),
            ("Paginator", VPCSeedClient(client: client).describeVpcExPaginator(DescribeVpcExRequest(limit: 2))),
            ("ServiceError", ServiceError<VPCSeedErrorCode>(code: .other("X"), message: "plain")),
        ]
        for (name, value) in values { Self.expectNoSecret(Self.shown(value), name) }
        // The values are there to be hidden: the request's text and the writer's parameters hold them.
        #expect(prepared.http.text.contains("psk-do-not-print"))
        #expect(writer.dictionary["preSharedKey"] == "psk-do-not-print")
    }
}
