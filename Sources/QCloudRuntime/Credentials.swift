import Foundation

/// A SecretId and SecretKey, and the token of temporary credentials. Never printed: the
/// description shows only the SecretId's last four characters.
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The SecretId (sent with every request).
    public var secretId: String
    /// The SecretKey (signs requests; never sent).
    public var secretKey: String
    /// The token of temporary credentials (sent as `Token`).
    public var token: String?

    /// Credentials given in code.
    public init(secretId: String, secretKey: String, token: String? = nil) {
        self.secretId = secretId
        self.secretKey = secretKey
        self.token = token
    }

    /// The names of the environment variables read by ``fromEnvironment(_:)``.
    public static let secretIdVariable = "TENCENTCLOUD_SECRET_ID"
    public static let secretKeyVariable = "TENCENTCLOUD_SECRET_KEY"
    public static let tokenVariable = "TENCENTCLOUD_SESSION_TOKEN"

    /// Credentials from `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY` and the optional
    /// `TENCENTCLOUD_SESSION_TOKEN`; nil when either of the first two is missing or empty.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Credentials? {
        guard let id = environment[secretIdVariable], !id.isEmpty,
              let key = environment[secretKeyVariable], !key.isEmpty else { return nil }
        let token = environment[tokenVariable].flatMap { $0.isEmpty ? nil : $0 }
        return Credentials(secretId: id, secretKey: key, token: token)
    }

    public var description: String {
        "Credentials(secretId: \(Redaction.maskedId(secretId)), secretKey: \(Redaction.placeholder)\(token == nil ? "" : ", token: \(Redaction.placeholder)"))"
    }

    public var debugDescription: String { description }
}

/// How secrets are shown when something must be printed.
public enum Redaction {
    /// What stands for a secret value.
    public static let placeholder = "<redacted>"

    /// `AKID…hESA`: enough to tell keys apart, not enough to use one.
    public static func maskedId(_ id: String) -> String {
        id.count <= 8 ? placeholder : "\(id.prefix(4))…\(id.suffix(4))"
    }

    /// Parameter names whose values are secret: the documented key/password members plus the
    /// signature and token.
    public static func isSecretParameter(_ name: String) -> Bool {
        let last = (name.split(separator: ".").last.map(String.init) ?? name).lowercased()
        return ["signature", "token", "secretkey"].contains(last) || last.hasSuffix("key") || last.contains("password")
            || last.contains("secret") && last != "secretid"
    }

    /// A value to print for a parameter.
    public static func display(_ name: String, _ value: String) -> String {
        if name == "SecretId" { return maskedId(value) }
        return isSecretParameter(name) ? placeholder : value
    }
}

/// Builds the description of a generated request with secret members redacted.
public enum RedactedDescription {
    /// `Name(a: 1, secret: <redacted>)`; nil optionals are left out.
    public static func make(_ type: String, _ members: [(name: String, value: Any?, secret: Bool)]) -> String {
        let parts = members.compactMap { member -> String? in
            guard let value = member.value else { return nil }
            if case Optional<Any>.none = value as Any? { return nil }
            return "\(member.name): " + (member.secret ? Redaction.placeholder : describe(value))
        }
        return "\(type)(\(parts.joined(separator: ", ")))"
    }

    private static func describe(_ value: Any) -> String {
        if let optional = value as? any OptionalProtocol { return optional.wrappedDescription }
        if let text = value as? String { return "\"\(text)\"" }
        return String(describing: value)
    }
}

/// Lets ``RedactedDescription`` see through optionals without printing `Optional(...)`.
protocol OptionalProtocol {
    var wrappedDescription: String { get }
}

extension Optional: OptionalProtocol {
    var wrappedDescription: String {
        switch self {
        case .some(let value as String): return "\"\(value)\""
        case .some(let value): return String(describing: value)
        case .none: return "nil"
        }
    }
}
