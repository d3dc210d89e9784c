import Foundation

/// Settings of a client.
public struct ClientConfiguration: Sendable {
    /// The region (`gz`, `ap-guangzhou`).
    public var region: String
    /// Replaces `https://<host>` (another server, a test server); the path stays the operation's,
    /// and the request is signed for this endpoint's host, the one it is sent to.
    public var endpoint: URL?
    /// `POST` (a form body; the default) or `GET`. GET puts every parameter in the URL, the
    /// signature, the token and secret members included, where proxies and server logs keep
    /// it: use it only where the docs require it.
    public var method: String
    /// How requests are signed.
    public var signatureMethod: Signer.Method
    /// Seconds to wait for a response.
    public var timeout: TimeInterval
    /// The clock for `Timestamp` (seconds since 1970).
    public var clock: @Sendable () -> Int
    /// The source of `Nonce`.
    public var nonce: @Sendable () -> Int
    /// Whether an `http://` endpoint that is not on this machine (loopback) is accepted. Off by
    /// default: the request and its signature would cross the network in clear text.
    public var allowsInsecureHTTP = false
    /// Send to the operation's internal endpoint (`*.api.tencentyun.com`, inside Tencent Cloud's
    /// network), where the docs give one. The docs serve those over plain HTTP only: choosing
    /// this is taken as allowing it.
    public var useInternalEndpoint = false
    /// The largest response body read; a larger one fails with ``ClientError/responseTooLarge(limit:)``.
    public var maximumResponseBytes = 16 * 1024 * 1024
    /// How API 3.0 operations are signed: TC3 (POST JSON, the default) or the v1 GET form.
    public var v3Signing = V3Signing.tc3

    /// Creates a configuration; the defaults sign with HmacSHA256 and POST a form.
    public init(region: String, endpoint: URL? = nil, method: String = "POST", signatureMethod: Signer.Method = .hmacSHA256,
                timeout: TimeInterval = 30,
                clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) },
                nonce: @escaping @Sendable () -> Int = { Int.random(in: 1...Int(UInt32.max)) }) {
        self.region = region
        self.endpoint = endpoint
        self.method = method.uppercased()
        self.signatureMethod = signatureMethod
        self.timeout = timeout
        self.clock = clock
        self.nonce = nonce
    }
}

/// The signed request a call would send, for `--dry-run` and logs. Its description masks
/// secrets: the SecretId shortened; the Signature, the Token, and every member secret by name or
/// marked secret by the operation (``OperationDescriptor/secretParameters``) redacted.
public struct PreparedRequest: Sendable, CustomStringConvertible {
    /// The HTTP request.
    public var http: HTTPRequest
    /// Every parameter, common ones included, in sorted order.
    public var parameters: [(name: String, value: String)]
    /// The operation's secret members (wire paths, indexes as `n`).
    public var secretParameters: Set<String> = []

    public var description: String {
        var lines = ["\(http.method) \(http.url.scheme ?? "https")://\(http.url.host ?? "")\(http.url.port.map { ":\($0)" } ?? "")\(http.url.path)"]
        for (name, value) in parameters {
            lines.append("  \(Redaction.printable(name))=\(Redaction.display(name, value, secretShapes: secretParameters))")
        }
        return lines.joined(separator: "\n")
    }

    /// The values that must not appear in anything printed: the secret parameters' values.
    var secretValues: [String] {
        parameters.filter { $0.name != "SecretId" && (Redaction.isSecretParameter($0.name) || secretParameters.contains(SecretNames.shape($0.name))) }
            .map(\.value)
    }
}

/// Sends API 2.0 calls: validates, adds the common parameters, signs, sends, and decodes the
/// response or throws the service's typed error.
public struct QCloudClient: Sendable {
    /// Credentials (never printed).
    public let credentials: Credentials
    /// Settings.
    public let configuration: ClientConfiguration
    /// How requests travel.
    public let transport: any Transport

    /// Creates a client.
    public init(credentials: Credentials, configuration: ClientConfiguration, transport: any Transport = URLSessionTransport()) {
        self.credentials = credentials
        self.configuration = configuration
        self.transport = transport
    }

    /// A client with credentials from the environment; throws ``ClientError/missingCredentials``.
    public init(configuration: ClientConfiguration, transport: any Transport = URLSessionTransport()) throws {
        guard let credentials = Credentials.fromEnvironment() else { throw ClientError.missingCredentials }
        self.init(credentials: credentials, configuration: configuration, transport: transport)
    }

    /// The signed request for a call, after validation (throws ``ValidationError``).
    public func prepare<Operation: OperationDescriptor>(_ operation: Operation.Type, _ request: Operation.Request) throws -> PreparedRequest {
        try request.validate()
        var writer = ParameterWriter()
        request.encodeParameters(into: &writer, at: "")
        let (components, signedHost) = try endpoint(operation)
        if Operation.wireProtocol == .v3, configuration.v3Signing == .tc3 {
            return try prepareTC3(operation, writer: writer, components: components, signedHost: signedHost)
        }
        var parameters = writer.parameters
        parameters.append(("Action", Operation.action))
        parameters.append(("Region", configuration.region))
        parameters.append(("Timestamp", String(configuration.clock())))
        parameters.append(("Nonce", String(configuration.nonce())))
        parameters.append(("SecretId", credentials.secretId))
        parameters.append(("SignatureMethod", configuration.signatureMethod.rawValue))
        if let token = credentials.token { parameters.append(("Token", token)) }
        if Operation.wireProtocol != .v2, let version = Operation.version { parameters.append(("Version", version)) }
        parameters.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }

        // The signature covers the host the request is sent to (with its port, as the Host header
        // carries it): a server verifies over the host it was addressed as. A forwarding proxy
        // is the transport's business, not an endpoint.
        let text = Signer.stringToSign(method: configuration.method, host: signedHost, path: Operation.path, parameters: parameters)
        parameters.append(("Signature", Signer.signature(of: text, secretKey: credentials.secretKey, method: configuration.signatureMethod)))

        let form = FormEncoding.encode(parameters)
        var http: HTTPRequest
        if configuration.method == "GET" {
            guard let url = URL(string: (components.url?.absoluteString ?? "") + "?" + form) else {
                throw ClientError.invalidEndpoint(signedHost)
            }
            http = HTTPRequest(method: "GET", url: url)
        } else {
            guard let url = components.url else { throw ClientError.invalidEndpoint(signedHost) }
            http = HTTPRequest(method: "POST", url: url, headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
                               body: Data(form.utf8))
        }
        http.headers["Host"] = nil
        return PreparedRequest(http: http, parameters: parameters, secretParameters: Operation.secretParameters)
    }

    /// An API 3.0 call: the parameters as a JSON body, the protocol in `X-TC-*` headers, signed
    /// with TC3-HMAC-SHA256 for the host it is sent to. The service in the credential scope is
    /// the first label of the documented host (`cvm` of `cvm.tencentcloudapi.com`).
    private func prepareTC3<Operation: OperationDescriptor>(_ operation: Operation.Type, writer: ParameterWriter,
                                                            components: URLComponents, signedHost: String) throws -> PreparedRequest {
        guard let url = components.url else { throw ClientError.invalidEndpoint(signedHost) }
        let body = JSONBody.encode(writer.parameters, kinds: writer.kinds)
        let timestamp = configuration.clock()
        let contentType = "application/json; charset=utf-8"
        let service = String(Operation.host.split(separator: ".").first ?? Substring(Operation.host))
        var headers = [
            "Content-Type": contentType,
            "X-TC-Action": Operation.action,
            "X-TC-Timestamp": String(timestamp),
            "X-TC-Region": configuration.region,
        ]
        if let version = Operation.version { headers["X-TC-Version"] = version }
        if let token = credentials.token { headers["X-TC-Token"] = token }
        headers["Authorization"] = TC3Signer.authorization(secretId: credentials.secretId, secretKey: credentials.secretKey, service: service,
                                                           host: signedHost, method: "POST", contentType: contentType, payload: body,
                                                           timestamp: timestamp)
        let http = HTTPRequest(method: "POST", url: url, headers: headers, body: body)
        return PreparedRequest(http: http, parameters: writer.parameters, secretParameters: Operation.secretParameters)
    }

    /// Where an operation goes: the configured endpoint, or its documented host (the internal
    /// one when asked, `{region}` filled), with the operation's path; and the host as signed.
    private func endpoint<Operation: OperationDescriptor>(_ operation: Operation.Type) throws -> (URLComponents, String) {
        let base: URL
        var isInternal = false
        if let endpoint = configuration.endpoint {
            base = endpoint
        } else {
            // `{region}` in a documented host is the client's region.
            let region = configuration.region.lowercased()
            guard !region.isEmpty, region.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw ClientError.invalidEndpoint("region '\(configuration.region)'")
            }
            var host = Operation.host
            if configuration.useInternalEndpoint, let internalHost = Operation.internalHost {
                host = internalHost
                isInternal = true
            }
            host = host.replacingOccurrences(of: "{region}", with: region)
            guard let url = URL(string: (isInternal ? "http://" : "https://") + host) else { throw ClientError.invalidEndpoint(host) }
            base = url
        }
        guard var components = URLComponents(url: base, resolvingAgainstBaseURL: false), let host = components.host else {
            throw ClientError.invalidEndpoint(base.absoluteString)
        }
        if components.scheme?.lowercased() != "https" {
            guard components.scheme?.lowercased() == "http", isInternal || configuration.allowsInsecureHTTP || Self.isLoopback(host) else {
                throw ClientError.insecureEndpoint(base.absoluteString)
            }
        }
        components.path = Operation.path
        return (components, components.port.map { "\(host):\($0)" } ?? host)
    }

    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Calls an operation: validates (nothing is sent for an invalid request), signs, sends,
    /// and decodes. Throws ``ValidationError``, ``ClientError`` or ``ServiceError``.
    public func send<Operation: OperationDescriptor>(_ operation: Operation.Type, _ request: Operation.Request) async throws -> Operation.Response {
        let prepared = try prepare(operation, request)
        let response = try await transport.send(prepared.http, timeout: configuration.timeout,
                                                maximumResponseBytes: configuration.maximumResponseBytes)
        guard response.body.count <= configuration.maximumResponseBytes else {
            throw ClientError.responseTooLarge(limit: configuration.maximumResponseBytes)
        }
        do {
            return try ResponseDecoding.decode(Operation.self, response)
        } catch ClientError.httpStatus(let status, let body) {
            // A server that echoes the request must not put the token or secret members into the error.
            let secrets = prepared.secretValues + [credentials.secretKey] + (credentials.token.map { [$0] } ?? [])
            throw ClientError.httpStatus(status, bodyPrefix: Redaction.removing(secrets, from: body))
        }
    }
}

/// `application/x-www-form-urlencoded` with every reserved character escaped.
public enum FormEncoding {
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `a=1&b=x%2Fy`.
    public static func encode(_ parameters: [(name: String, value: String)]) -> String {
        parameters.map { escape($0.name) + "=" + escape($0.value) }.joined(separator: "&")
    }

    /// Percent-escapes everything but unreserved characters.
    public static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// Reads a form or query string back (for servers and tests).
    public static func decode(_ form: String) -> [(name: String, value: String)] {
        form.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first else { return nil }
            let value = parts.count > 1 ? String(parts[1]) : ""
            func unescape(_ s: String) -> String { (s.replacingOccurrences(of: "+", with: " ")).removingPercentEncoding ?? s }
            return (unescape(String(name)), unescape(value))
        }
    }
}

/// Decodes API 2.0 responses: `code` as a number or a string; 0 is success, anything else is
/// the service's error, typed by `codeDesc` when it names one, else by the numeric code.
public enum ResponseDecoding {
    /// The members every response may carry.
    public struct Envelope: Decodable, Sendable {
        public var code: String?
        public var message: String?
        public var codeDesc: String?
        public var requestId: String?
        public var detail: [String: BatchResult]?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: WireKey.self)
            code = try container.lenientString(WireKey("code"))
            message = try? container.lenientString(WireKey("message"))
            codeDesc = try? container.lenientString(WireKey("codeDesc"))
            requestId = try? container.lenientString(WireKey("requestId"))
            detail = try? container.lenient([String: BatchResult].self, WireKey("detail"))
        }
    }

    /// One item of a batch answer's `detail`.
    /// The `{"Response": {…}}` envelope of versioned dialects: `Error {Code, Message}` and the
    /// request id (`RequestId`, some examples `RequestID`).
    struct VersionedEnvelope: Decodable {
        struct Failure: Decodable {
            var code: String?
            var message: String?

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: WireKey.self)
                code = try? container.lenientString(WireKey("Code"))
                message = try? container.lenientString(WireKey("Message"))
            }
        }

        var error: Failure?
        var requestId: String?

        init(from decoder: any Decoder) throws {
            let outer = try decoder.container(keyedBy: WireKey.self)
            let container = try outer.nestedContainer(keyedBy: WireKey.self, forKey: WireKey("Response"))
            error = try container.decodeIfPresent(Failure.self, forKey: WireKey("Error"))
            requestId = (try? container.lenientString(WireKey("RequestId"))) ?? (try? container.lenientString(WireKey("RequestID")))
        }
    }

    /// The payload inside `Response`.
    struct Wrapped<Payload: Decodable>: Decodable {
        var payload: Payload

        init(from decoder: any Decoder) throws {
            payload = try decoder.container(keyedBy: WireKey.self).decode(Payload.self, forKey: WireKey("Response"))
        }
    }

    /// Reads a `{"Response": …}` body: the payload, or the `Error` it carries as a ``ServiceError``.
    public static func decodeEnveloped<Operation: OperationDescriptor>(_ operation: Operation.Type, _ body: Data) throws -> Operation.Response {
        let envelope: VersionedEnvelope
        do {
            envelope = try JSONDecoder().decode(VersionedEnvelope.self, from: body)
        } catch {
            throw ClientError.malformedResponse("the body is not a {\"Response\": {…}} JSON object (\(body.count) bytes)")
        }
        if let failure = envelope.error {
            guard let code = failure.code?.trimmingSpaces, !code.isEmpty else { throw ClientError.malformedResponse("Response.Error without a Code") }
            throw ServiceError(code: Operation.ErrorCode(code: code), message: failure.message ?? "", requestId: envelope.requestId)
        }
        do {
            return try JSONDecoder().decode(Wrapped<Operation.Response>.self, from: body).payload
        } catch {
            throw ClientError.malformedResponse("\(Operation.action) response: \(error)")
        }
    }

    public struct BatchResult: Decodable, Sendable, Hashable {
        public var code: String?
        public var message: String?
        public var requestId: String?

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: WireKey.self)
            code = try? container.lenientString(WireKey("code"))
            message = try? container.lenientString(WireKey("message"))
            requestId = try? container.lenientString(WireKey("requestId"))
        }
    }

    public static func decode<Operation: OperationDescriptor>(_ operation: Operation.Type, _ response: HTTPResponse) throws -> Operation.Response {
        let body = response.body
        guard (200..<300).contains(response.status) else {
            throw ClientError.httpStatus(response.status, bodyPrefix: String(decoding: body.prefix(200), as: UTF8.self))
        }
        if Operation.wireProtocol.isEnveloped { return try decodeEnveloped(operation, body) }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: body)
        } catch {
            throw ClientError.malformedResponse("the body is not an API 2.0 JSON object (\(body.count) bytes)")
        }
        guard let code = envelope.code?.trimmingSpaces else { throw ClientError.malformedResponse("no code") }
        guard code == "0" else {
            let named = envelope.codeDesc.flatMap { $0.isEmpty || $0 == "Success" ? nil : $0 }
            throw ServiceError(code: Operation.ErrorCode(code: named ?? code), message: envelope.message ?? "",
                               requestId: envelope.requestId, numericCode: Int(code), detail: envelope.detail ?? [:])
        }
        do {
            return try JSONDecoder().decode(Operation.Response.self, from: body)
        } catch {
            throw ClientError.malformedResponse("\(Operation.action) response: \(error)")
        }
    }
}
