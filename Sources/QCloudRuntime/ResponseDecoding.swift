import Foundation

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
        try decodeEnveloped(Operation.Response.self, errors: Operation.ErrorCode.self, action: Operation.action, body)
    }

    /// Reads a `{"Response": …}` body as `Response`, or throws its `Error` typed by `Code`.
    public static func decodeEnveloped<Response: Decodable, Code: ServiceErrorCode>(_ response: Response.Type, errors: Code.Type,
                                                                                   action: String, _ body: Data) throws -> Response {
        let envelope: VersionedEnvelope
        do {
            envelope = try JSONDecoder().decode(VersionedEnvelope.self, from: body)
        } catch {
            throw ClientError.malformedResponse("the body is not a {\"Response\": {…}} JSON object (\(body.count) bytes)")
        }
        if let failure = envelope.error {
            guard let code = failure.code?.trimmingSpaces, !code.isEmpty else { throw ClientError.malformedResponse("Response.Error without a Code") }
            throw ServiceError(code: Code(code: code), message: failure.message ?? "", requestId: envelope.requestId)
        }
        do {
            return try JSONDecoder().decode(Wrapped<Response>.self, from: body).payload
        } catch {
            throw ClientError.malformedResponse("\(action) response: \(error)")
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
        try decode(Operation.Response.self, errors: Operation.ErrorCode.self, action: Operation.action, wireProtocol: Operation.wireProtocol, response)
    }

    /// Reads a response of `wireProtocol` as `Response`, or throws the service's error typed by `Code`.
    public static func decode<Response: Decodable, Code: ServiceErrorCode>(_ type: Response.Type, errors: Code.Type, action: String,
                                                                          wireProtocol: WireProtocol, _ response: HTTPResponse) throws -> Response {
        let body = response.body
        guard (200..<300).contains(response.status) else {
            // Cut to ClientError.bodyPrefixLength once secrets are taken out (QCloudClient): a
            // secret the cut would halve is still found whole.
            throw ClientError.httpStatus(response.status, bodyPrefix: String(decoding: body.prefix(ClientError.bodyReadLength), as: UTF8.self))
        }
        if wireProtocol.isEnveloped { return try decodeEnveloped(Response.self, errors: Code.self, action: action, body) }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: body)
        } catch {
            throw ClientError.malformedResponse("the body is not an API 2.0 JSON object (\(body.count) bytes)")
        }
        guard let code = envelope.code?.trimmingSpaces else { throw ClientError.malformedResponse("no code") }
        guard code == "0" else {
            let named = envelope.codeDesc.flatMap { $0.isEmpty || $0 == "Success" ? nil : $0 }
            throw ServiceError(code: Code(code: code, codeDesc: named), message: envelope.message ?? "",
                               requestId: envelope.requestId, numericCode: Int(code), detail: envelope.detail ?? [:])
        }
        do {
            return try JSONDecoder().decode(Response.self, from: body)
        } catch {
            throw ClientError.malformedResponse("\(action) response: \(error)")
        }
    }
}
