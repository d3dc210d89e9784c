import Foundation

/// An error that carries text from the server (a message, a body) and can take the call's
/// secrets out of it: a server that echoes the request must not put the token, the signature or
/// a secret member into what a program prints, logs or inspects.
public protocol SecretRedacting: Error {
    /// The same error with every occurrence of `secrets` in its server text replaced by
    /// ``Redaction/placeholder`` (``Redaction/removing(_:from:minimumLength:)``).
    func redacting(_ secrets: [String]) -> Self
}

extension ServiceError: SecretRedacting {
    public func redacting(_ secrets: [String]) -> ServiceError {
        var redacted = self
        redacted.message = Redaction.removing(secrets, from: message)
        redacted.detail = detail.mapValues { result in
            var result = result
            result.message = result.message.map { Redaction.removing(secrets, from: $0) }
            return result
        }
        return redacted
    }
}

extension ClientError: SecretRedacting {
    public func redacting(_ secrets: [String]) -> ClientError {
        switch self {
        case .httpStatus(let status, let body): .httpStatus(status, bodyPrefix: Self.prefix(of: Redaction.removing(secrets, from: body)))
        case .malformedResponse(let reason): .malformedResponse(Redaction.removing(secrets, from: reason))
        case .transport(let reason): .transport(Redaction.removing(secrets, from: reason))
        case .connectionFailed(let reason): .connectionFailed(Redaction.removing(secrets, from: reason))
        case .gaveUp(let attempts, let last): .gaveUp(attempts: attempts, last: last.redacting(secrets))
        case .missingCredentials, .invalidEndpoint, .timedOut, .insecureEndpoint, .responseTooLarge: self
        }
    }

    /// The first ``bodyPrefixLength`` characters of `body`, or a little more where the cut would
    /// halve a ``Redaction/placeholder``.
    static func prefix(of body: String) -> String {
        guard let cut = body.index(body.startIndex, offsetBy: bodyPrefixLength, limitedBy: body.endIndex) else { return body }
        var searchFrom = body.startIndex
        while let found = body.range(of: Redaction.placeholder, range: searchFrom..<body.endIndex), found.lowerBound < cut {
            if found.upperBound > cut { return String(body[..<found.upperBound]) }
            searchFrom = found.upperBound
        }
        return String(body[..<cut])
    }
}
