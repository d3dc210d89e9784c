import Foundation

/// What a failed attempt says about whether the server acted on the request, which decides
/// whether sending it again is safe.
public enum FailureKind: String, Sendable, Hashable {
    /// The request was certainly not processed: the connection was refused or never made, or a
    /// gateway answered 503 or 429 without an API body, or the service is under
    /// maintenance (6200). Safe to send again for any action.
    case notProcessed
    /// The service refused for rate (4400 `超过配额`, API 3.0 `RequestLimitExceeded…`). Safe to
    /// send again for any action.
    case throttled
    /// The server may have acted: a timeout after sending, a connection lost mid-way, HTTP 500
    /// 502 or 504, or an internal error (6000, API 3.0 `InternalError…`). Sent again only for
    /// read-only actions (``OperationDescriptor/retriesAmbiguousFailures``).
    case ambiguous
    /// Anything else: client errors (4000–4300, 4500, 4600), business codes (5xxx, dotted API 3.0
    /// codes), validation, bad responses. Never sent again.
    case final

    /// How `error`, thrown by one attempt, is classified.
    public static func of(_ error: any Error) -> FailureKind {
        if let error = error as? ClientError { return of(error) }
        if let error = error as? any ServiceErrorDetails { return ofServiceCode(error.codeText, numeric: error.numericCode) }
        return .final
    }

    static func of(_ error: ClientError) -> FailureKind {
        switch error {
        case .connectionFailed: return .notProcessed
        case .transport, .timedOut: return .ambiguous
        case .httpStatus(let status, let body):
            switch status {
            // A gateway's 502 may come after it forwarded the request: ambiguous, whatever its body.
            case 429, 503: return looksLikeAPIBody(body) ? .ambiguous : .notProcessed
            case 500, 502, 504: return .ambiguous
            default: return .final
            }
        case .gaveUp(_, let last): return of(last)
        case .missingCredentials, .invalidEndpoint, .malformedResponse, .insecureEndpoint, .responseTooLarge: return .final
        }
    }

    /// A service's error code: API 2.0 numeric codes, API 3.0 dotted names.
    static func ofServiceCode(_ code: String, numeric: Int?) -> FailureKind {
        switch numeric ?? Int(code) {
        case 4400?: return .throttled
        case 6000?: return .ambiguous
        case 6200?: return .notProcessed
        case .some: return .final
        case nil: break
        }
        let head = code.prefix { $0 != "." }
        switch head {
        case "RequestLimitExceeded": return .throttled
        case "InternalError": return .ambiguous
        default: return .final
        }
    }

    /// Whether an error page's first bytes are the service's own JSON answer rather than a
    /// gateway's page.
    static func looksLikeAPIBody(_ body: String) -> Bool {
        let trimmed = body.drop { $0.isWhitespace }
        return trimmed.hasPrefix("{") && (body.contains("\"code\"") || body.contains("\"Response\""))
    }
}

/// What a retry policy is told about a failed attempt.
public struct FailedAttempt: Sendable {
    /// The attempt that failed (1 for the first).
    public var attempt: Int
    /// What the failure says about the request.
    public var kind: FailureKind
    /// Whether the action may be sent again after an ambiguous failure (read-only actions).
    public var retriesAmbiguousFailures: Bool
    /// Seconds since the call started.
    public var elapsed: TimeInterval
    /// The error the attempt threw.
    public var error: any Error

    /// A failed attempt (for testing a policy).
    public init(attempt: Int, kind: FailureKind, retriesAmbiguousFailures: Bool, elapsed: TimeInterval, error: any Error) {
        self.attempt = attempt
        self.kind = kind
        self.retriesAmbiguousFailures = retriesAmbiguousFailures
        self.elapsed = elapsed
        self.error = error
    }
}

/// Decides whether a failed attempt is tried again, and after how long. Every attempt is
/// signed anew (fresh `Nonce`, `Timestamp` and signature: a replayed nonce is error 4500).
public protocol RetryPolicy: Sendable {
    /// The seconds to wait before the next attempt, or nil to give up and throw.
    func delay(after failure: FailedAttempt) -> TimeInterval?
    /// The most seconds a call may take, all attempts and waits included (nil: no bound beyond
    /// each attempt's timeout). Each attempt's timeout is cut to what is left.
    var maximumTotalTime: TimeInterval? { get }
}

extension RetryPolicy {
    public var maximumTotalTime: TimeInterval? { nil }
}

/// Jittered exponential backoff ("full jitter": a random wait up to `baseDelay · 2^(attempt-1)`,
/// at most `maximumDelay`), at most `maximumAttempts` attempts and `maximumTotalTime` seconds.
/// Retries what was certainly not processed and throttling for any action; ambiguous failures
/// only for read-only actions; never anything else.
public struct StandardRetryPolicy: RetryPolicy {
    /// Attempts in all, the first included.
    public var maximumAttempts: Int
    /// The cap of the first wait, in seconds; it doubles with each attempt.
    public var baseDelay: TimeInterval
    /// The longest single wait.
    public var maximumDelay: TimeInterval
    /// The longest a call may take, waits included.
    public var maximumTotalTime: TimeInterval?
    /// A number in 0..<1 (tests make it fixed).
    public var random: @Sendable () -> Double

    /// The defaults: 3 attempts, waits up to 0.2 s, 0.4 s, … at most 5 s, 60 s in all.
    public init(maximumAttempts: Int = 3, baseDelay: TimeInterval = 0.2, maximumDelay: TimeInterval = 5,
                maximumTotalTime: TimeInterval? = 60, random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.maximumAttempts = maximumAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.maximumTotalTime = maximumTotalTime
        self.random = random
    }

    public func delay(after failure: FailedAttempt) -> TimeInterval? {
        guard failure.attempt < maximumAttempts else { return nil }
        switch failure.kind {
        case .final: return nil
        case .ambiguous where !failure.retriesAmbiguousFailures: return nil
        case .notProcessed, .throttled, .ambiguous: break
        }
        let cap = min(maximumDelay, baseDelay * pow(2, Double(max(0, failure.attempt - 1))))
        let wait = cap * min(max(random(), 0), 1)
        if let maximumTotalTime, failure.elapsed + wait >= maximumTotalTime { return nil }
        return wait
    }
}

/// Sends once and never again.
public struct NoRetries: RetryPolicy {
    /// The policy.
    public init() {}
    public func delay(after failure: FailedAttempt) -> TimeInterval? { nil }
}

/// The action-name prefixes of read-only actions: their ambiguous failures are retried unless
/// docgen.yaml says otherwise for an action (`retries:`).
public enum ReadOnlyActions {
    /// `Describe`, `Get`, `Inquiry`, `List`, `Query`, `Check`.
    public static let prefixes = ["Describe", "Get", "Inquiry", "List", "Query", "Check"]

    /// Whether `action` starts with a read-only prefix followed by an upper-case letter or nothing.
    public static func isReadOnly(_ action: String) -> Bool {
        prefixes.contains { prefix in
            guard action.hasPrefix(prefix) else { return false }
            let rest = action.dropFirst(prefix.count)
            return rest.first.map { $0.isUppercase || $0.isNumber } ?? true
        }
    }
}

/// An error that carries how many attempts the call made (``ServiceError``).
public protocol AttemptCounting: Error {
    /// The attempts made, the failing one included.
    var attempts: Int { get set }
}

/// What the runtime reads off a service error without knowing its code type.
public protocol ServiceErrorDetails: Error {
    /// The code as the server sent it.
    var codeText: String { get }
    /// The numeric code, when it is a number.
    var numericCode: Int? { get }
    /// The request id, when the server gave one.
    var requestId: String? { get }
}
