import Foundation
import Logging

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
    /// this is taken as allowing it, for hosts under that domain only (any other goes over HTTPS).
    public var useInternalEndpoint = false
    /// The largest response body read; a larger one fails with ``ClientError/responseTooLarge(limit:)``.
    public var maximumResponseBytes = 16 * 1024 * 1024
    /// How API 3.0 operations are signed: TC3 (POST JSON, the default) or the v1 GET form.
    public var v3Signing = V3Signing.tc3
    /// How failed attempts are retried (``StandardRetryPolicy``; ``NoRetries`` sends once).
    public var retryPolicy: any RetryPolicy = StandardRetryPolicy()
    /// Where log lines go: one line per call at info (action, region, attempts, duration,
    /// request id, code), the signed parameters at debug and bodies at trace, secrets redacted.
    /// Silent by default.
    public var logger: Logger = QCloudLogging.silent
    /// Whether requests are checked against their documented constraints before sending.
    /// Turn off (here or per call, ``CallOptions/validatesRequest``) when the docs are wrong.
    public var validatesRequests = true

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

/// The signed request a call would send, for `--dry-run` and logs. Its description is the
/// request exactly as sent (``HTTPRequest/text``: method and URL, header fields, body) with the
/// secrets masked: the SecretId shortened; the signature, the token, and every member secret by
/// name or marked secret by the operation (``OperationDescriptor/secretParameters``) replaced by
/// ``Redaction/placeholder``, in whichever form they take there (form-escaped, JSON-escaped).
/// `dump` and debuggers show the same text.
public struct PreparedRequest: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The HTTP request.
    public var http: HTTPRequest
    /// Every parameter, common ones included, in sorted order.
    public var parameters: [(name: String, value: String)]
    /// The operation's secret members (wire paths, indexes as `n`).
    public var secretParameters: Set<String> = []

    /// A prepared request (the client makes them; tests and transports may too).
    public init(http: HTTPRequest, parameters: [(name: String, value: String)], secretParameters: Set<String> = []) {
        self.http = http
        self.parameters = parameters
        self.secretParameters = secretParameters
    }

    public var description: String { redacted(http.text) }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(self, children: [("request", description)], displayStyle: .struct) }

    /// `text` (this request's, or one a server received) with this request's secrets masked as
    /// ``description`` masks them.
    public func redacted(_ text: String) -> String {
        var text = Redaction.removing(secretValues, from: text, minimumLength: 1)
        if let secretId = parameters.first(where: { $0.name == "SecretId" })?.value ?? http.secretIdInAuthorization, !secretId.isEmpty {
            text = text.replacingOccurrences(of: secretId, with: Redaction.maskedId(secretId))
        }
        // Line by line: the text's own line breaks stay; any other control character is escaped.
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { Redaction.printable(String($0)) }.joined(separator: "\n")
    }

    /// The values that must not appear in anything printed: the secret parameters' values, the
    /// TC3 signature of the `Authorization` header and the `X-TC-Token` header.
    var secretValues: [String] {
        parameters.filter { $0.name != "SecretId" && SecretNames.isSecret(parameterName: $0.name, secretShapes: secretParameters) }
            .map(\.value)
            + (http.headers["Authorization"]?.components(separatedBy: "Signature=").dropFirst().map { String($0.prefix { $0 != "," }) } ?? [])
            + (http.headers["X-TC-Token"].map { [$0] } ?? [])
    }
}

/// Sends calls: validates, adds the common parameters, signs, sends, retries what is safe to
/// retry, and decodes the response or throws the service's typed error.
public struct QCloudClient: Sendable {
    /// Where credentials come from (asked before every attempt; never printed).
    public let credentialProvider: any CredentialProvider
    /// Settings.
    public let configuration: ClientConfiguration
    /// How requests travel.
    public let transport: any Transport

    /// A client signing with `credentials`.
    public init(credentials: Credentials, configuration: ClientConfiguration, transport: any Transport = URLSessionTransport()) {
        self.init(credentialProvider: StaticCredentials(credentials), configuration: configuration, transport: transport)
    }

    /// A client whose credentials come from `credentialProvider` (a chain, a cache, a role).
    public init(credentialProvider: any CredentialProvider, configuration: ClientConfiguration,
                transport: any Transport = URLSessionTransport()) {
        self.credentialProvider = credentialProvider
        self.configuration = configuration
        self.transport = transport
    }

    /// A client with the standard credential chain (``CredentialChain/standard(transport:logger:)``:
    /// the environment, the profile file, the CVM role), asked at the first call.
    public init(configuration: ClientConfiguration, transport: any Transport = URLSessionTransport()) {
        self.init(credentialProvider: CredentialChain.standard(logger: configuration.logger), configuration: configuration,
                  transport: transport)
    }

    /// The signed request for a call, after validation (throws ``ValidationError``), with the
    /// provider's credentials.
    public func prepare<Operation: OperationDescriptor>(_ operation: Operation.Type, _ request: Operation.Request,
                                                        options: CallOptions = CallOptions()) async throws -> PreparedRequest {
        let credentials = try await credentialProvider.credentials()
        return try prepare(operation, request, credentials: credentials, options: options)
    }

    /// The signed request for a call with the given credentials, after validation.
    public func prepare<Operation: OperationDescriptor>(_ operation: Operation.Type, _ request: Operation.Request, credentials: Credentials,
                                                        options: CallOptions = CallOptions()) throws -> PreparedRequest {
        let configuration = self.configuration.applying(options)
        if configuration.validatesRequests { try request.validate() }
        return try RequestSigning(configuration: configuration, credentials: credentials)
            .prepare(OperationTarget(operation), Self.parameters(of: request))
    }

    static func parameters<Request: ParameterEncodable>(of request: Request) -> ParameterWriter {
        var writer = ParameterWriter()
        request.encodeParameters(into: &writer, at: "")
        return writer
    }

    /// Calls an operation: validates (nothing is sent for an invalid request), signs, sends,
    /// retries as the policy allows (each attempt signed anew), and decodes. Throws
    /// ``ValidationError``, ``ClientError`` (``ClientError/gaveUp(attempts:last:)`` after
    /// retries) or ``ServiceError`` (with ``ServiceError/attempts``).
    public func send<Operation: OperationDescriptor>(_ operation: Operation.Type, _ request: Operation.Request,
                                                     options: CallOptions = CallOptions()) async throws -> Operation.Response {
        let configuration = self.configuration.applying(options)
        if configuration.validatesRequests { try request.validate() }
        return try await perform(OperationTarget(operation), Self.parameters(of: request), configuration: configuration) { response in
            try ResponseDecoding.decode(Operation.self, response)
        }
    }

    /// Calls an action the generated types describe wrongly or not at all: `parameters` are
    /// written as generated requests write theirs (`["vpcId": "vpc-1", "limit": 20, "ids": ["a"]]`
    /// → `vpcId`, `limit`, `ids.0`), `service` says where and how to send (another action of a
    /// generated operation: `OperationTarget(DescribeVpcEx.self).action("DescribeVpcTaskResult")`),
    /// and the answer comes back as JSON (the `{"Response": …}` payload for versioned dialects).
    /// Errors are ``ServiceError`` of ``UndocumentedErrorCode``.
    public func send(action: String, parameters: [String: any ParameterEncodable], service: OperationTarget,
                     options: CallOptions = CallOptions()) async throws -> JSONPayload {
        var target = service.action(action)
        target.secretParameters = service.secretParameters
        var writer = ParameterWriter()
        for name in parameters.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            parameters[name]?.encodeParameters(into: &writer, at: name)
        }
        return try await perform(target, writer, configuration: configuration.applying(options)) { response in
            try ResponseDecoding.decode(JSONPayload.self, errors: UndocumentedErrorCode.self, action: action,
                                        wireProtocol: target.wireProtocol, response)
        }
    }

    /// The attempts of one call.
    private func perform<Response>(_ target: OperationTarget, _ parameters: ParameterWriter, configuration: ClientConfiguration,
                                   decode: (HTTPResponse) throws -> Response) async throws -> Response {
        let logger = configuration.logger
        let started = ContinuousClock.now
        var attempt = 0
        while true {
            attempt += 1
            let elapsed = Self.seconds(ContinuousClock.now - started)
            var attemptConfiguration = configuration
            if let total = configuration.retryPolicy.maximumTotalTime {
                attemptConfiguration.timeout = max(0.001, min(configuration.timeout, total - elapsed))
            }
            var secrets: [String] = []
            var requestId: String?
            do {
                let credentials = try await credentialProvider.credentials()
                // The SecretId too: not a secret, but a server's echo need not spread it.
                secrets = [credentials.secretKey, credentials.secretId] + (credentials.token.map { [$0] } ?? [])
                let prepared = try RequestSigning(configuration: attemptConfiguration, credentials: credentials).prepare(target, parameters)
                secrets += prepared.secretValues
                if logger.logLevel <= .debug {
                    logger.debug("request \(target.action) attempt \(attempt)\n\(prepared)")
                }
                let response = try await transport.send(prepared.http, timeout: attemptConfiguration.timeout,
                                                        maximumResponseBytes: configuration.maximumResponseBytes)
                guard response.body.count <= configuration.maximumResponseBytes else {
                    throw ClientError.responseTooLarge(limit: configuration.maximumResponseBytes)
                }
                if logger.logLevel <= .info { requestId = RequestIdProbe.requestId(in: response.body) }
                if logger.logLevel <= .trace {
                    logger.trace("response \(target.action) HTTP \(response.status): \(Redaction.printable(Redaction.removing(secrets, from: String(decoding: response.body, as: UTF8.self))))")
                }
                let value = try decode(response)
                CallLog.finished(logger, target, configuration, attempt: attempt, started: started, requestId: requestId, outcome: "0")
                return value
            } catch {
                let failure = FailedAttempt(attempt: attempt, kind: FailureKind.of(error),
                                            retriesAmbiguousFailures: target.retriesAmbiguousFailures,
                                            elapsed: Self.seconds(ContinuousClock.now - started), error: error)
                if let delay = configuration.retryPolicy.delay(after: failure) {
                    logger.debug("retrying \(target.action) in \(String(format: "%.3f", delay)) s after attempt \(attempt): \(failure.kind.rawValue)")
                    try await Task.sleep(nanoseconds: UInt64(max(0, delay) * 1_000_000_000))
                    continue
                }
                let thrown = Self.redacted(Self.counted(error, attempts: attempt), secrets: secrets)
                CallLog.finished(logger, target, configuration, attempt: attempt, started: started,
                                 requestId: (thrown as? any ServiceErrorDetails)?.requestId ?? requestId, outcome: CallLog.outcome(thrown))
                throw thrown
            }
        }
    }

    /// The error of the last attempt, with the number of attempts on it.
    static func counted(_ error: any Error, attempts: Int) -> any Error {
        guard attempts > 1 else { return error }
        if var counting = error as? any AttemptCounting {
            counting.attempts = attempts
            return counting
        }
        if let error = error as? ClientError { return ClientError.gaveUp(attempts: attempts, last: error) }
        return error
    }

    /// A server that echoes the request must not put the token, the signature or secret members
    /// into the error: every error that carries the server's text takes them out (``SecretRedacting``).
    static func redacted(_ error: any Error, secrets: [String]) -> any Error {
        guard let error = error as? any SecretRedacting else { return error }
        return error.redacting(secrets)
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let parts = duration.components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }

    /// Whether `host` names this machine: `localhost`, an IPv4 address in 127.0.0.0/8 or `::1`,
    /// parsed as addresses (`127.attacker.example` is a name, not an address).
    static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, host, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { bytes in bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1 }
        }
        return false
    }
}
