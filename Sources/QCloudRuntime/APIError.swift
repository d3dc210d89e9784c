@_exported import QCloudProtocol

/// A service error code: generated per service as an enum with a case for every documented
/// code, the common numeric codes, and a case that keeps codes the docs do not list.
public protocol ServiceErrorCode: Sendable, Hashable, CustomStringConvertible {
    /// The code as the server sent it.
    var code: String { get }
    /// The case for `code`.
    init(code: String)
    /// The case for `code` when the docs list it (the code, or its English name), else nil.
    init?(documentedCode code: String)
    /// The English name the docs give a numeric code, which the service sends as `codeDesc`.
    var codeDesc: String? { get }
}

extension ServiceErrorCode {
    public var description: String { code }

    /// No English name, for a type that does not say otherwise.
    public var codeDesc: String? { nil }

    /// Every code is documented, for a type that does not say otherwise.
    public init?(documentedCode code: String) { self.init(code: code) }

    /// The case for an API 2.0 answer, which may carry a numeric `code` and a `codeDesc` naming
    /// it (`{"code":11056,"codeDesc":"InstanceNotExists"}`), by whichever of the two the docs
    /// list: the `codeDesc`'s case (`InvalidVpc.NotFound`, or the English name of a numeric
    /// code), unless that case is another documented number's; else the number's (a common
    /// code's `codeDesc`, `AuthFailure` beside 4100, names no case of a service's own); else
    /// ``init(code:)`` of what was sent, the `codeDesc` first.
    public init(code: String, codeDesc: String?) {
        let byNumber = Self(documentedCode: code)
        if let codeDesc, let byName = Self(documentedCode: codeDesc) {
            let anotherNumber = byName.code != code && !byName.code.isEmpty && byName.code.allSatisfy { $0.isASCII && $0.isNumber }
            if !(anotherNumber && byNumber != nil) {
                self = byName
                return
            }
        }
        if let byNumber {
            self = byNumber
        } else {
            self.init(code: codeDesc ?? code)
        }
    }
}

/// An error the service answered with: the code, the server's message, the request id and,
/// for batch calls, the per-resource results.
public struct ServiceError<Code: ServiceErrorCode>: Error, Sendable, CustomStringConvertible, AttemptCounting, ServiceErrorDetails {
    /// The error code (from `codeDesc` when the server names one, else the numeric `code`).
    public var code: Code
    /// The server's message, kept as sent.
    public var message: String
    /// The request id, when the server gave one.
    public var requestId: String?
    /// The numeric `code`, when it is a number.
    public var numericCode: Int?
    /// Per-resource results of a batch call (`detail`).
    public var detail: [String: ResponseDecoding.BatchResult]
    /// How many attempts the call made (1 unless it was retried, ``RetryPolicy``).
    public var attempts = 1

    /// The code as the server sent it.
    public var codeText: String { code.code }

    /// Creates an error.
    public init(code: Code, message: String, requestId: String? = nil, numericCode: Int? = nil,
                detail: [String: ResponseDecoding.BatchResult] = [:]) {
        self.code = code
        self.message = message
        self.requestId = requestId
        self.numericCode = numericCode
        self.detail = detail
    }

    /// `code: message (request id)`, with control and bidi characters from the server escaped.
    public var description: String {
        Redaction.printable("\(code.code): \(message)" + (requestId.map { " (request \($0))" } ?? "")
                            + (attempts > 1 ? " after \(attempts) attempts" : ""))
    }

    /// The common part of a dotted API 3.0 code (`InvalidParameterValue` of
    /// `InvalidParameterValue.Malformed`), by which codes group; the whole code when undotted.
    public var category: String {
        String(code.code.prefix { $0 != "." })
    }
}

/// The error code of a call the docs do not describe (``QCloudClient/send(action:parameters:service:options:)``):
/// the code as sent.
public struct UndocumentedErrorCode: ServiceErrorCode {
    public let code: String

    public init(code: String) {
        self.code = code
    }
}
