import APISchema
import QCloudProtocol

/// Decides which request members hold secrets, so generated descriptions, logs and dry runs
/// redact them. The rule is the runtime's (``SecretNames``: by name, `…key`, `…token`, `password`,
/// ...) plus a scalar member whose description says the value *is* a key or password
/// (``SecretNames/describesSecretValue(_:)``: `预共享密钥`, `登录密码`), not one merely about keys
/// (`IKESet`'s 密钥交换, an object of settings). docgen.yaml errata with `secret:` correct the rest,
/// each with its reason.
enum SecretMembers {
    static func mark(_ fields: [Field]) -> [Field] {
        fields.map { field in
            var field = field
            if isSecret(field) { field.secret = true }
            if let members = field.fields { field.fields = mark(members) }
            if var item = field.item, let members = item.fields {
                item.fields = mark(members)
                field.item = item
            }
            return field
        }
    }

    static func isSecret(_ field: Field) -> Bool {
        if SecretNames.isSecret(parameterName: field.name) { return true }
        // A structure is not itself a value; its secret members are marked one by one.
        guard field.type != .object, field.type != .array || field.item.map({ $0.type != .object }) ?? true else { return false }
        return SecretNames.describesSecretValue(field.description)
    }
}
