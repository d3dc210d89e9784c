/// The numeric error codes every API 2.0 service shares (the common error-code page).
public enum CommonErrorCode: Int, Sendable, Hashable, CaseIterable {
    case invalidParameter = 4000
    case authenticationFailed = 4100
    case unauthorized = 4101
    case unauthorizedResource = 4102
    case unauthorizedOperation = 4103
    case secretIdNotFound = 4104
    case tokenError = 4105
    case mfaFailed = 4106
    case camAuthorizationFailed = 4110
    case accessDenied = 4300
    case quotaExceeded = 4400
    case replayAttack = 4500
    case protocolNotSupported = 4600
    case resourceNotFound = 5000
    case operationFailed = 5100
    case purchaseFailed = 5200
    case insufficientBalance = 5300
    case partialFailure = 5400
    case qualificationFailed = 5500
    case internalError = 6000
    case versionNotSupported = 6100
    case underMaintenance = 6200
}

/// A service error code: generated per service as an enum with a case for every documented
/// code, the common numeric codes, and a case that keeps codes the docs do not list.
public protocol ServiceErrorCode: Sendable, Hashable, CustomStringConvertible {
    /// The code as the server sent it.
    var code: String { get }
    /// The case for `code`.
    init(code: String)
}

extension ServiceErrorCode {
    public var description: String { code }
}

/// An error the service answered with: the code, the server's message, the request id and,
/// for batch calls, the per-resource results.
public struct ServiceError<Code: ServiceErrorCode>: Error, Sendable, CustomStringConvertible {
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

    /// Creates an error.
    public init(code: Code, message: String, requestId: String? = nil, numericCode: Int? = nil,
                detail: [String: ResponseDecoding.BatchResult] = [:]) {
        self.code = code
        self.message = message
        self.requestId = requestId
        self.numericCode = numericCode
        self.detail = detail
    }

    public var description: String {
        "\(code.code): \(message)" + (requestId.map { " (request \($0))" } ?? "")
    }
}
