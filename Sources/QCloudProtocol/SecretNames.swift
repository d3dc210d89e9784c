import Foundation

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

    /// Whether a description says what the value *is* a key or password, not what it is about:
    /// its first clause (up to the first comma, full stop, colon or bracket) ends in 密钥 or 密码
    /// (`预共享密钥。`, `实例登录密码，长度…`). `密钥交换模式` (the key exchange mode), `DH group，
    /// 指定IKE交换密钥时使用的DH组` and `密钥 ID` name a topic or an identifier, not a secret value.
    public static func describesSecretValue(_ description: String) -> Bool {
        let stops: Set<Character> = ["，", "。", ",", ".", ";", "；", "：", ":", "（", "(", "\n", "<"]
        let clause = description.prefix { !stops.contains($0) }.trimmingCharacters(in: .whitespaces)
        return descriptionWords.contains { clause.hasSuffix($0) }
    }

    /// A parameter path with array indexes written `n` (`items.0.password` → `items.n.password`),
    /// the form generated operations list their secret parameters in.
    public static func shape(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false)
            .map { !$0.isEmpty && $0.allSatisfy { $0 >= "0" && $0 <= "9" } ? "n" : String($0) }.joined(separator: ".")
    }
}
