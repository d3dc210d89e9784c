/// The one notion of a secret parameter, shared by the generator (which marks request members
/// secret in the schema and the generated types) and the runtime (which redacts parameters in
/// dry runs, logs and errors).
public enum SecretNames {
    /// Whether a parameter named `name` (a wire name or path, `IKESet.psk`) holds a secret by its
    /// name alone: the last segment ends in `key`, `token` or `pwd`, contains `password`,
    /// `passwd` or `secret` (but is not `SecretId`), or is `psk` or `Signature`.
    public static func isSecret(parameterName name: String) -> Bool {
        let last = (name.split(separator: ".").last.map(String.init) ?? name).lowercased()
        if last == "secretid" { return false }
        return last.hasSuffix("key") || last.hasSuffix("token") || last.hasSuffix("pwd") || last.contains("password")
            || last.contains("passwd") || last.contains("secret") || last == "psk" || last == "signature"
    }

    /// Words of a description that say the value is a key or a password (密钥, 密码).
    public static let descriptionWords = ["密钥", "密码"]

    /// A parameter path with array indexes written `n` (`items.0.password` → `items.n.password`),
    /// the form generated operations list their secret parameters in.
    public static func shape(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false)
            .map { !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } ? "n" : String($0) }.joined(separator: ".")
    }
}
