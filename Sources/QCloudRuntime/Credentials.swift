import Foundation

/// A SecretId and SecretKey, and the token of temporary credentials. Never printed: the
/// description and the mirror (`dump`, debuggers) show only the SecretId's ends.
public struct Credentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The SecretId (sent with every request).
    public var secretId: String
    /// The SecretKey (signs requests; never sent).
    public var secretKey: String
    /// The token of temporary credentials (sent as `Token`).
    public var token: String?
    /// When temporary credentials stop working (nil: they do not expire).
    public var expiration: Date?

    /// Credentials given in code.
    public init(secretId: String, secretKey: String, token: String? = nil, expiration: Date? = nil) {
        self.secretId = secretId
        self.secretKey = secretKey
        self.token = token
        self.expiration = expiration
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

    /// What `dump` and debuggers show: the SecretId masked, the key and token redacted.
    public var customMirror: Mirror {
        var children: [(label: String?, value: Any)] = [("secretId", Redaction.maskedId(secretId)), ("secretKey", Redaction.placeholder)]
        if token != nil { children.append(("token", Redaction.placeholder)) }
        return Mirror(self, children: children, displayStyle: .struct)
    }
}

/// How secrets are shown when something must be printed.
public enum Redaction {
    /// What stands for a secret value.
    public static let placeholder = "<redacted>"

    /// `AKID…hESA`: enough to tell keys apart, not enough to use one.
    public static func maskedId(_ id: String) -> String {
        id.count <= 8 ? placeholder : "\(id.prefix(4))…\(id.suffix(4))"
    }

    /// Parameter names whose values are secret by name (``SecretNames``: key, token, password,
    /// signature members). Generated operations add the members their docs mark as secret.
    public static func isSecretParameter(_ name: String) -> Bool {
        SecretNames.isSecret(parameterName: name)
    }

    /// A value to print for a parameter; `secretShapes` are an operation's secret parameters
    /// (``OperationDescriptor/secretParameters``).
    public static func display(_ name: String, _ value: String, secretShapes: Set<String> = []) -> String {
        if name == "SecretId" { return maskedId(value) }
        return SecretNames.isSecret(parameterName: name, secretShapes: secretShapes) ? placeholder : printable(value)
    }

    /// Text from outside (a server's message or body) made safe for a terminal: control, bidi
    /// and invisible characters shown as `\u{…}`.
    public static func printable(_ text: String) -> String {
        HiddenCharacters.escaped(text)
    }

    /// `text` with every occurrence of the secret `values` replaced by ``placeholder``, in each
    /// form a server may echo them in: as sent, form-escaped, and escaped in a JSON string (with
    /// `\/` or without): for server answers that echo the request.
    /// Values shorter than `minimumLength` are left (in a server's message, a short value would
    /// mask unrelated text; in a dry run, every secret goes).
    public static func removing(_ values: [String], from text: String, minimumLength: Int = 4) -> String {
        var text = text
        // Longest first: a secret that holds another is masked whole.
        for value in Set(values).sorted(by: { ($0.count, $1) > ($1.count, $0) }) where value.count >= max(1, minimumLength) {
            let json = jsonEscaped(value)
            for form in Set([value, FormEncoding.escape(value), json, json.replacingOccurrences(of: "/", with: "\\/")]) {
                text = text.replacingOccurrences(of: form, with: placeholder)
            }
        }
        return text
    }

    /// `value` as it stands inside a JSON string (the runtime's own JSON string writing).
    static func jsonEscaped(_ value: String) -> String {
        String(JSONBody.quoted(value).dropFirst().dropLast())
    }
}

/// Builds the description of a generated request with secret members redacted. Generated code
/// calls ``add(_:_:secret:)`` once per member (generic calls compile faster than a literal of
/// heterogeneous tuples).
public struct RedactedDescription {
    private var parts: [String] = []
    private var children: [(label: String?, value: Any)] = []

    /// An empty description.
    public init() {}

    /// Adds a member; nil members are left out, secret ones shown as ``Redaction/placeholder``.
    public mutating func add<Value>(_ name: String, _ value: Value?, secret: Bool) {
        guard let value else { return }
        if secret {
            parts.append("\(name): \(Redaction.placeholder)")
            children.append((name, Redaction.placeholder))
        } else if let text = value as? String {
            parts.append("\(name): \"\(text)\"")
            children.append((name, text))
        } else {
            parts.append("\(name): \(value)")
            children.append((name, value))
        }
    }

    /// `Type(a: 1, secret: <redacted>)`.
    public func text(_ type: String) -> String {
        "\(type)(\(parts.joined(separator: ", ")))"
    }

    /// A mirror of `subject` with these members (what `dump` and debuggers show).
    public func mirror(of subject: Any) -> Mirror {
        Mirror(subject, children: children, displayStyle: .struct)
    }
}
