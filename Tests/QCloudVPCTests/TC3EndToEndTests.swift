import Crypto
import FlyingFox
import Foundation
import QCloudRuntime
import Testing

/// An API 3.0 call end to end over 127.0.0.1: the client POSTs JSON signed with
/// TC3-HMAC-SHA256 to a server that verifies the signature with its own code (not the runtime's
/// signer), checks the `X-TC-*` headers and the typed JSON body, and answers in the `Response`
/// envelope: success with a nullable field, and an `Error` envelope.
@Suite(.serialized) struct TC3EndToEndTests {
    static let secretKey = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
    static let credentials = Credentials(secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", secretKey: secretKey, token: "t0ken")

    /// What the generator emits for an API 3.0 page, written out: a request with a structure
    /// member and an array of structures.
    enum DescribeWidgets: OperationDescriptor {
        struct Placement: ParameterStruct, ParameterEncodable, Validatable, Hashable {
            var zone: String
            var projectId: Int?
            init(zone: String, projectId: Int? = nil) { (self.zone, self.projectId) = (zone, projectId) }
            init(parameters reader: inout ParameterReader, at path: String) {
                zone = reader.required(String.self, path + ".Zone")
                projectId = reader.optional(Int.self, path + ".ProjectId")
            }
            func encodeParameters(into writer: inout ParameterWriter, at path: String) {
                writer.write(zone, "Zone", under: path)
                writer.write(projectId, "ProjectId", under: path)
            }
            func validate(into validator: inout Validator, at path: String) {}
        }
        struct Request: ParameterStruct, ParameterEncodable, Validatable, Hashable {
            var placement: Placement
            var names: [String]
            var limit: Int?
            var exact: Bool?
            init(placement: Placement, names: [String], limit: Int? = nil, exact: Bool? = nil) {
                (self.placement, self.names, self.limit, self.exact) = (placement, names, limit, exact)
            }
            init(parameters reader: inout ParameterReader, at path: String) {
                placement = reader.required(Placement.self, "Placement")
                names = reader.required([String].self, "Names")
                limit = reader.optional(Int.self, "Limit")
                exact = reader.optional(Bool.self, "Exact")
            }
            func encodeParameters(into writer: inout ParameterWriter, at path: String) {
                writer.write(placement, "Placement", under: path)
                writer.write(names, "Names", under: path)
                writer.write(limit, "Limit", under: path)
                writer.write(exact, "Exact", under: path)
            }
            func validate(into validator: inout Validator, at path: String) {}
        }
        struct Response: Decodable, Sendable {
            var TotalCount: Int?
            var Size: Int?
            var RequestId: String
        }
        struct ErrorCode: ServiceErrorCode {
            var code: String
            init(code: String) { self.code = code }
        }
        static let action = "DescribeWidgets"
        static let host = "widget.tencentcloudapi.com"
        static let path = "/"
        static let wireProtocol = WireProtocol.v3
        static let version: String? = "2020-01-02"
        static let documentedErrors: [ErrorCode] = []
        static let examples: [OperationExample] = []
    }

    struct Seen: Sendable {
        var method: String
        var path: String
        /// The header fields as received, names as the client wrote them.
        var fields: [String: String]
        var headers: [String: String]
        var body: String
        var verified: Bool
    }

    actor Log {
        var seen: [Seen] = []
        func add(_ entry: Seen) { seen.append(entry) }
    }

    /// Recomputes the TC3 signature from the request as received.
    static func verify(headers: [String: String], body: Data, host: String, secretKey: String) -> Bool {
        func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 { bytes.map { String(format: "%02x", $0) }.joined() }
        func hmac(_ key: [UInt8], _ text: String) -> [UInt8] {
            Array(HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: SymmetricKey(data: key)))
        }
        guard let authorization = headers["authorization"], let timestamp = headers["x-tc-timestamp"].flatMap(Int.init),
              let contentType = headers["content-type"] else { return false }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd"
        let date = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(timestamp)))
        let service = "widget"
        let canonical = "POST\n/\n\ncontent-type:\(contentType)\nhost:\(host)\n\ncontent-type;host\n\(hex(SHA256.hash(data: body)))"
        let toSign = "TC3-HMAC-SHA256\n\(timestamp)\n\(date)/\(service)/tc3_request\n\(hex(SHA256.hash(data: Data(canonical.utf8))))"
        let key = hmac(hmac(hmac(Array(("TC3" + secretKey).utf8), date), service), "tc3_request")
        let expected = "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/\(date)/\(service)/tc3_request, SignedHeaders=content-type;host, Signature=\(hex(hmac(key, toSign)))"
        return authorization == expected
    }

    func withServer(clientKey: String = secretKey, answer: @escaping @Sendable (String) -> String,
                    _ body: (QCloudClient, Log) async throws -> Void) async throws {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 15, logger: .disabled)
        let log = Log()
        await server.appendRoute("POST /") { request in
            var headers: [String: String] = [:]
            var fields: [String: String] = [:]
            for (name, value) in request.headers {
                headers[name.rawValue.lowercased()] = value
                fields[name.rawValue] = value
            }
            let body = try await request.bodyData
            let verified = Self.verify(headers: headers, body: body, host: headers["host"] ?? "", secretKey: Self.secretKey)
            await log.add(Seen(method: request.method.rawValue, path: request.path, fields: fields, headers: headers,
                               body: String(decoding: body, as: UTF8.self), verified: verified))
            guard verified else {
                return HTTPResponse(statusCode: .ok, body: Data(#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad signature"},"RequestId":"r0"}}"#.utf8))
            }
            return HTTPResponse(statusCode: .ok, body: Data(answer(String(decoding: body, as: UTF8.self)).utf8))
        }
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress, let endpoint = URL(string: "http://127.0.0.1:\(port)") else {
            throw URLError(.cannotConnectToHost)
        }
        let configuration = ClientConfiguration(region: "ap-guangzhou", endpoint: endpoint, clock: { 1_551_113_065 })
        let credentials = Credentials(secretId: Self.credentials.secretId, secretKey: clientKey, token: Self.credentials.token)
        let client = QCloudClient(credentials: credentials, configuration: configuration)
        do {
            try await body(client, log)
        } catch {
            await server.stop(timeout: 0)
            task.cancel()
            throw error
        }
        await server.stop(timeout: 0)
        task.cancel()
    }

    static let request = DescribeWidgets.Request(placement: .init(zone: "ap-guangzhou-2", projectId: 0), names: ["未命名", "a\"b"],
                                                 limit: 1, exact: true)

    @Test func successWithNullableField() async throws {
        try await withServer(answer: { _ in #"{"Response":{"TotalCount":2,"Size":null,"RequestId":"req-1"}}"# }) { client, log in
            let response = try await client.send(DescribeWidgets.self, Self.request)
            #expect(response.TotalCount == 2)
            #expect(response.Size == nil)
            #expect(response.RequestId == "req-1")
            let seen = try #require(await log.seen.first)
            #expect(seen.verified)
            #expect(seen.headers["x-tc-action"] == "DescribeWidgets")
            #expect(seen.headers["x-tc-version"] == "2020-01-02")
            #expect(seen.headers["x-tc-region"] == "ap-guangzhou")
            #expect(seen.headers["x-tc-token"] == "t0ken")
            #expect(seen.headers["content-type"] == "application/json; charset=utf-8")
            // Structure members as JSON objects, numbers and booleans typed, strings escaped.
            #expect(seen.body == #"{"Placement":{"Zone":"ap-guangzhou-2","ProjectId":0},"Names":["未命名","a\"b"],"Limit":1,"Exact":true}"#)
            let parsed = try JSONSerialization.jsonObject(with: Data(seen.body.utf8)) as? [String: Any]
            #expect((parsed?["Placement"] as? [String: Any])?["Zone"] as? String == "ap-guangzhou-2")
        }
    }

    /// DescribeWidgets with its `Names` marked secret (as a page's 密码 description would).
    enum DescribeSecretWidgets: OperationDescriptor {
        typealias Request = DescribeWidgets.Request
        typealias Response = DescribeWidgets.Response
        typealias ErrorCode = DescribeWidgets.ErrorCode
        static let action = DescribeWidgets.action
        static let host = DescribeWidgets.host
        static let path = DescribeWidgets.path
        static let wireProtocol = WireProtocol.v3
        static let version = DescribeWidgets.version
        static let secretParameters: Set<String> = ["Names"]
        static let documentedErrors: [ErrorCode] = []
        static let examples: [OperationExample] = []
    }

    /// One request, one description: the dry run of an API 3.0 call is the request the server
    /// receives, byte for byte (method, URL, the header fields the client sets, the JSON body),
    /// with the same secrets masked; header fields the transport adds (Host, Content-Length, …)
    /// are the transport's, and header names are compared without case, as HTTP defines them
    /// (the transport may respell `X-TC-Action` as `X-Tc-Action`).
    @Test func theDryRunIsWhatTheServerReceives() async throws {
        try await withServer(answer: { _ in #"{"Response":{"TotalCount":0,"Size":0,"RequestId":"req-3"}}"# }) { client, log in
            let prepared = try client.prepare(DescribeSecretWidgets.self, Self.request, credentials: Self.credentials)
            _ = try await client.send(DescribeSecretWidgets.self, Self.request)
            let seen = try #require(await log.seen.first)
            #expect(seen.verified)
            let transportFields: Set<String> = ["host", "content-length", "user-agent", "accept", "accept-encoding", "accept-language", "connection"]
            var url = try #require(URLComponents(url: prepared.http.url, resolvingAgainstBaseURL: false))
            url.path = seen.path
            let received = QCloudRuntime.HTTPRequest(method: seen.method, url: try #require(url.url),
                                       headers: seen.fields.filter { !transportFields.contains($0.key.lowercased()) },
                                       body: Data(seen.body.utf8))
            func lowercasedNames(_ request: QCloudRuntime.HTTPRequest) -> QCloudRuntime.HTTPRequest {
                var request = request
                request.headers = Dictionary(uniqueKeysWithValues: request.headers.map { ($0.key.lowercased(), $0.value) })
                return request
            }
            #expect(lowercasedNames(received).text == lowercasedNames(prepared.http).text)
            #expect(prepared.redacted(lowercasedNames(received).text) == prepared.redacted(lowercasedNames(prepared.http).text))
            let dryRun = prepared.description
            for line in ["POST \(prepared.http.url.absoluteString)", "X-TC-Action: DescribeWidgets", "X-TC-Version: 2020-01-02",
                         "X-TC-Region: ap-guangzhou", "X-TC-Token: <redacted>", "Content-Type: application/json; charset=utf-8",
                         #"{"Placement":{"Zone":"ap-guangzhou-2","ProjectId":0},"Names":["<redacted>","<redacted>"],"Limit":1,"Exact":true}"#] {
                #expect(dryRun.split(separator: "\n").contains { $0 == line }, "\(line) not in\n\(dryRun)")
            }
            #expect(dryRun.contains("Authorization: TC3-HMAC-SHA256 Credential=AKID…MPLE/"))
            #expect(dryRun.contains("Signature=<redacted>"))
            for secret in ["t0ken", Self.secretKey, Self.credentials.secretId, "未命名", "a\\\"b"] {
                #expect(!dryRun.contains(secret), "\(secret) in\n\(dryRun)")
            }
            var dumped = ""
            dump(prepared, to: &dumped)
            dump(prepared.http, to: &dumped)
            for secret in ["t0ken", Self.credentials.secretId, "未命名"] { #expect(!dumped.contains(secret), "\(secret) in\n\(dumped)") }
            #expect(!"\(prepared.http)".contains("t0ken"))
        }
    }

    @Test func errorEnvelopeBecomesTheServiceError() async throws {
        try await withServer(answer: { _ in
            #"{"Response":{"Error":{"Code":"InvalidParameterValue.Malformed","Message":"bad zone"},"RequestId":"req-2"}}"#
        }) { client, log in
            do {
                _ = try await client.send(DescribeWidgets.self, Self.request)
                Issue.record("expected an error")
            } catch let error as ServiceError<DescribeWidgets.ErrorCode> {
                #expect(error.code.code == "InvalidParameterValue.Malformed")
                #expect(error.category == "InvalidParameterValue")
                #expect(error.message == "bad zone")
                #expect(error.requestId == "req-2")
            }
            #expect(await log.seen.first?.verified == true)
        }
    }

    @Test func wrongKeyFailsVerification() async throws {
        try await withServer(clientKey: "not-the-key", answer: { _ in "{}" }) { client, log in
            do {
                _ = try await client.send(DescribeWidgets.self, Self.request)
                Issue.record("expected an error")
            } catch let error as ServiceError<DescribeWidgets.ErrorCode> {
                #expect(error.code.code == "AuthFailure.SignatureFailure")
            }
            #expect(await log.seen.first?.verified == false)
        }
    }

    /// A V3 page's operation: the v2 endpoint and signature, plus `Version`.
    enum CreateWidgets: OperationDescriptor {
        typealias Request = DescribeWidgets.Request
        typealias Response = DescribeWidgets.Response
        typealias ErrorCode = DescribeWidgets.ErrorCode
        static let action = "CreateWidgets"
        static let host = "widget.api.qcloud.com"
        static let path = "/v2/index.php"
        static let wireProtocol = WireProtocol.v2Versioned
        static let version: String? = "2017-03-12"
        static let documentedErrors: [ErrorCode] = []
        static let examples: [OperationExample] = []
    }

    @Test func v3PagesSendVersionOnTheV2Endpoint() throws {
        let configuration = ClientConfiguration(region: "ap-guangzhou", clock: { 1_465_185_768 }, nonce: { 11886 })
        let prepared = try QCloudClient(credentials: Self.credentials, configuration: configuration).prepare(CreateWidgets.self, Self.request, credentials: Self.credentials)
        #expect(prepared.http.url.absoluteString == "https://widget.api.qcloud.com/v2/index.php")
        let form = Dictionary(FormEncoding.decode(String(decoding: prepared.http.body ?? Data(), as: UTF8.self)).map { ($0.name, $0.value) },
                              uniquingKeysWith: { first, _ in first })
        #expect(form["Version"] == "2017-03-12")
        #expect(form["Placement.Zone"] == "ap-guangzhou-2")
        #expect(form["Signature"] != nil && prepared.http.headers["Authorization"] == nil)
    }

    @Test func v3ResponseEnvelopeWithoutErrorDecodesThePayload() throws {
        let body = Data(#"{"Response":{"TotalCount":3,"Size":null,"RequestId":"r"}}"#.utf8)
        let response = try ResponseDecoding.decodeEnveloped(DescribeWidgets.self, body)
        #expect(response.TotalCount == 3 && response.Size == nil && response.RequestId == "r")
        #expect(throws: ClientError.self) { try ResponseDecoding.decodeEnveloped(DescribeWidgets.self, Data("[]".utf8)) }
    }

    @Test func v1FormIsAnOption() throws {
        var configuration = ClientConfiguration(region: "ap-guangzhou", endpoint: URL(string: "https://cvm.tencentcloudapi.com"), method: "GET",
                                                signatureMethod: .hmacSHA1, clock: { 1_465_185_768 }, nonce: { 11886 })
        configuration.v3Signing = .v1
        let client = QCloudClient(credentials: Self.credentials, configuration: configuration)
        let prepared = try client.prepare(DescribeWidgets.self, Self.request, credentials: Self.credentials)
        #expect(prepared.http.method == "GET")
        let query = prepared.http.url.query ?? ""
        #expect(query.contains("Action=DescribeWidgets") && query.contains("Version=2020-01-02") && query.contains("Placement.Zone=ap-guangzhou-2"))
        #expect(prepared.http.url.path == "/" || prepared.http.url.path.isEmpty)
    }
}
