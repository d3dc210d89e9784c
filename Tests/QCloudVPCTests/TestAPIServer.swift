import Crypto
import FlyingFox
import Foundation
import QCloudRuntime
import QCloudVPCSeed

/// A real HTTP server on 127.0.0.1 (random port) that plays the API 2.0 service: it reads the
/// form or query, recomputes the signature with its own code over the host it was addressed as
/// (the Host header), checks the common parameters, and answers as the scenario says.
final class TestAPIServer: Sendable {
    /// What the server answers to a request whose signature checks out.
    struct Answer: Sendable {
        var status: Int = 200
        var body: String
        var delay: TimeInterval = 0
    }

    let server: HTTPServer
    let port: UInt16
    let received = Received()
    private let task: Task<Void, any Error>

    /// Requests the server saw, and whether each one's signature held.
    actor Received {
        var parameters: [[String: String]] = []
        var signatureFailures = 0
        func add(_ values: [String: String], signed: Bool) {
            if !values.isEmpty { parameters.append(values) }
            if !signed { signatureFailures += 1 }
        }
    }

    /// `recording: false` keeps only the count of signature failures (load tests: the log of
    /// every request would grow with the calls).
    init(secretKey: String, recording: Bool = true, answer: @escaping @Sendable ([String: String]) -> Answer) async throws {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 15, logger: .disabled)
        let received = self.received
        let handler: @Sendable (FlyingFox.HTTPRequest) async throws -> FlyingFox.HTTPResponse = { request in
            let form: String
            if request.method == .GET {
                form = request.query.map { "\($0.name)=\(FormEncoding.escape($0.value))" }.joined(separator: "&")
            } else {
                form = String(decoding: try await request.bodyData, as: UTF8.self)
            }
            var values: [String: String] = [:]
            for (name, value) in FormEncoding.decode(form) { values[name] = value }
            let host = request.headers[.host] ?? ""
            let signed = TestAPIServer.verify(values, method: request.method.rawValue, host: host, path: request.path, secretKey: secretKey)
            await received.add(recording ? values : [:], signed: signed)
            guard signed else {
                return HTTPResponse(statusCode: .ok, body: Data(#"{"code":4100,"message":"签名错误","codeDesc":"AuthFailure.SignatureFailure"}"#.utf8))
            }
            let reply = answer(values)
            if reply.delay > 0 { try await Task.sleep(nanoseconds: UInt64(reply.delay * 1_000_000_000)) }
            return HTTPResponse(statusCode: HTTPStatusCode(reply.status, phrase: "Test"), body: Data(reply.body.utf8))
        }
        await server.appendRoute("POST /v2/index.php", handler: handler)
        await server.appendRoute("GET /v2/index.php", handler: handler)
        self.server = server
        self.task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        self.port = port
    }

    /// The endpoint to give the client.
    var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }

    /// The signature check, written here independently of the runtime's signer: sorted names,
    /// raw values, METHOD + host + path + "?", HMAC-SHA1 unless SignatureMethod says HmacSHA256.
    static func verify(_ values: [String: String], method: String, host: String, path: String, secretKey: String) -> Bool {
        guard let signature = values["Signature"], values["Action"] != nil, values["Nonce"] != nil,
              values["Timestamp"] != nil, values["SecretId"] != nil else { return false }
        let names = values.keys.filter { $0 != "Signature" }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let text = method + host + path + "?" + names.map { "\($0)=\(values[$0] ?? "")" }.joined(separator: "&")
        let key = SymmetricKey(data: Data(secretKey.utf8))
        let expected: String
        if values["SignatureMethod"] == "HmacSHA256" {
            expected = Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)).base64EncodedString()
        } else {
            expected = Data(HMAC<Insecure.SHA1>.authenticationCode(for: Data(text.utf8), using: key)).base64EncodedString()
        }
        return expected == signature
    }

    /// A port on 127.0.0.1 that nothing listens on (bound and released).
    static func closedPort() async throws -> UInt16 {
        let probe = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
        let task = Task { try await probe.run() }
        try await probe.waitUntilListening()
        guard case .ip4(_, let port) = await probe.listeningAddress else { throw URLError(.cannotConnectToHost) }
        await probe.stop(timeout: 0)
        task.cancel()
        return port
    }
}

/// Runs `body` with a client of a fresh verifying server on 127.0.0.1, configured by `configure`,
/// and stops the server whatever happens.
func withTestServer(recording: Bool = true, answer: @escaping @Sendable ([String: String]) -> TestAPIServer.Answer,
                    configure: (inout ClientConfiguration) -> Void,
                    _ body: (VPCSeedClient, TestAPIServer) async throws -> Void) async throws {
    let server = try await TestAPIServer(secretKey: ClientEndToEndTests.secretKey, recording: recording, answer: answer)
    var configuration = ClientConfiguration(region: "gz", endpoint: server.endpoint)
    configure(&configuration)
    let client = VPCSeedClient(credentials: ClientEndToEndTests.credentials, configuration: configuration)
    do {
        try await body(client, server)
    } catch {
        await server.stop()
        throw error
    }
    await server.stop()
}
