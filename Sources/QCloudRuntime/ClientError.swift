import Foundation

/// Why a call failed before the service could answer with an error code of its own.
public enum ClientError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No credentials were given and none are in the environment.
    case missingCredentials
    /// The endpoint is not a usable URL.
    case invalidEndpoint(String)
    /// The connection was never made (refused, no route, DNS): nothing reached the server.
    case connectionFailed(String)
    /// The connection failed once the request may have been sent (reset, lost, TLS...).
    case transport(String)
    /// No response within the timeout.
    case timedOut(after: TimeInterval)
    /// The server answered with an HTTP error status.
    case httpStatus(Int, bodyPrefix: String)
    /// The body is not the JSON an API 2.0 response is.
    case malformedResponse(String)
    /// An `http://` endpoint off this machine, without ``ClientConfiguration/allowsInsecureHTTP``.
    case insecureEndpoint(String)
    /// The response body is larger than ``ClientConfiguration/maximumResponseBytes``.
    case responseTooLarge(limit: Int)
    /// The call was tried `attempts` times (``RetryPolicy``); `last` is the last attempt's failure.
    indirect case gaveUp(attempts: Int, last: ClientError)

    /// How much of an error body ``httpStatus(_:bodyPrefix:)`` keeps, in characters.
    public static let bodyPrefixLength = 200
    /// How much of an error body is read before secrets are taken out of it and it is cut to
    /// ``bodyPrefixLength``, in bytes.
    static let bodyReadLength = 64 * 1024

    /// The failure itself, without the attempts around it.
    public var underlying: ClientError {
        if case .gaveUp(_, let last) = self { return last.underlying }
        return self
    }

    /// How many attempts the call made (1 unless retried).
    public var attempts: Int {
        if case .gaveUp(let attempts, _) = self { return attempts }
        return 1
    }

    public var description: String {
        switch self {
        case .missingCredentials:
            return "no credentials: pass them in code or set \(Credentials.secretIdVariable) and \(Credentials.secretKeyVariable)"
        case .invalidEndpoint(let endpoint): return "invalid endpoint \(endpoint)"
        case .connectionFailed(let reason): return "no connection: \(Redaction.printable(reason))"
        case .transport(let reason): return "transport error: \(Redaction.printable(reason))"
        case .timedOut(let seconds): return "no response within \(seconds) s"
        case .httpStatus(let status, let body): return "HTTP \(status)" + (body.isEmpty ? "" : ": \(Redaction.printable(body))")
        case .malformedResponse(let reason): return "malformed response: \(Redaction.printable(reason))"
        case .insecureEndpoint(let endpoint):
            return "refusing to send over plain HTTP to \(endpoint) (set allowsInsecureHTTP to allow it off this machine)"
        case .responseTooLarge(let limit): return "response larger than \(limit) bytes"
        case .gaveUp(let attempts, let last): return "\(last) (after \(attempts) attempts)"
        }
    }
}
