import Foundation

/// The one notion of a secret parameter, shared by the generator (which marks request members
/// secret in the schema and the generated types) and the runtime (which redacts parameters in
/// dry runs, logs and errors).
public enum SecretNames {
    /// Whether a parameter named `name` (a wire name or path, `IKESet.psk`, `userPasswords.0`)
    /// holds a secret by its name alone: the last segment that is not an array index ends in
    /// `key`, `token` or `pwd`, contains `password`, `passwd` or `secret` (but is not `SecretId`),
    /// or is `psk` or `Signature`.
    public static func isSecret(parameterName name: String) -> Bool {
        let named = name.split(separator: ".").last { !isIndex($0) }
        let last = (named.map(String.init) ?? name).lowercased()
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
            .map { isIndex($0) ? "n" : String($0) }.joined(separator: ".")
    }

    /// Whether wire parameter `name` is secret for an operation whose secret members are
    /// `secretShapes` (paths with indexes as `n`): by its name, or because it is a secret member
    /// or inside one (the elements of a secret array, `userPasswords.0`, and the members of a
    /// secret object).
    public static func isSecret(parameterName name: String, secretShapes: Set<String>) -> Bool {
        if isSecret(parameterName: name) { return true }
        guard !secretShapes.isEmpty else { return false }
        var shape = Substring(shape(name))
        while true {
            if secretShapes.contains(String(shape)) { return true }
            guard let dot = shape.lastIndex(of: ".") else { return false }
            shape = shape[..<dot]
        }
    }

    /// An array index in a wire name (`0` in `userPasswords.0`).
    private static func isIndex(_ segment: Substring) -> Bool {
        !segment.isEmpty && segment.allSatisfy { $0 >= "0" && $0 <= "9" }
    }
}
