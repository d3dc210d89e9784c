import APISchema
@testable import SwiftCodegen
import DocResolver
import Testing

@Suite struct NamingTests {
    @Test(arguments: [
        ("vpcId", "vpcId"), ("IKESet", "ikeSet"), ("IPsecSet", "ipsecSet"), ("3des-cbc", "_3desCbc"),
        ("default", "defaultValue"), ("class", "classValue"), ("self", "selfValue"), ("init", "initValue"), ("vpc_id", "vpcId"), ("aes-cbc-128", "aesCbc128"),
        ("InvalidVpc.NotFound", "invalidVpcNotFound"), ("null", "null"),
    ])
    func propertyNames(_ wire: String, _ swift: String) {
        #expect(SwiftNaming.propertyName(wire) == swift)
    }

    @Test(arguments: [("IKESet", "IKESet"), ("data", "Data"), ("Type", "TypeValue"), ("subnetSet", "SubnetSet"), ("9lives", "T9lives")])
    func typeNames(_ wire: String, _ swift: String) {
        #expect(SwiftNaming.typeName(wire) == swift)
    }

    @Test(arguments: [
        ("plain", #""plain""#), (#"a"b\c"#, #""a\"b\\c""#), ("\\(x)", #""\\(x)""#), ("line\nnext", #""line\nnext""#),
        ("nul\u{0}", #""nul\u{0}""#), ("bidi\u{202E}", #""bidi\u{202e}""#),
    ])
    func literals(_ text: String, _ literal: String) {
        #expect(SwiftNaming.literal(text) == literal)
    }

    @Test func docLinesCannotEscape() {
        let lines = SwiftNaming.docLines("end */ here\r\nnext\u{2028}third\u{202E}")
        #expect(lines == ["end */ here", "next", "third"])
    }
}

@Suite struct SecretTests {
    @Test(arguments: [
        ("preSharedKey", "预共享密钥。", true), ("password", "", true), ("loginPasswd", "", true), ("secretKey", "", true),
        ("sessionToken", "", true), ("pin", "登录密码", true), ("vpcId", "网络ID", false), ("keyword", "关键字", false),
    ])
    func documentedKeysAndPasswordsAreSecret(_ name: String, _ description: String, _ secret: Bool) {
        // The resolve stage decides; the generator redacts what the IR marks.
        let field = Field(name: name, type: .string, description: description, source: SourceLocation(file: "x.md", line: 1))
        let operation = Operation(action: "A", service: "x", host: "x.api.qcloud.com", path: "/", summary: "",
                                  source: field.source, input: [field])
        #expect((ServiceResolver.resolve([operation]).accepted.first?.input.first?.secret ?? false) == secret)
    }
}
