import APISchema
import QCloudProtocol

/// Decides which request members hold secrets, so generated descriptions, logs and dry runs
/// redact them. The rule is the runtime's (``SecretNames``: by name, `…key`, `…token`, `password`,
/// ...) plus a description that says the value is a key or password (密钥, 密码). It over-redacts members
/// whose description is merely about keys (`IKESet`, 密钥交换): docgen.yaml errata with
/// `secret: false` correct those, each with its reason.
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
        SecretNames.isSecret(parameterName: field.name) || SecretNames.descriptionWords.contains { field.description.contains($0) }
    }
}
