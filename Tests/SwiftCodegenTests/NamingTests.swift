import APISchema
@testable import SwiftCodegen
import DocResolver
import Testing

@Suite struct NamingTests {
    @Test(arguments: [
        ("vpcId", "vpcId"), ("IKESet", "ikeSet"), ("IPsecSet", "ipsecSet"), ("3des-cbc", "_3desCbc"),
        ("default", "defaultValue"), ("class", "classValue"), ("self", "selfValue"), ("init", "initValue"), ("vpc_id", "vpcId"), ("aes-cbc-128", "aesCbc128"),
        ("InvalidVpc.NotFound", "invalidVpcNotFound"), ("null", "null"),
        // API 3.0 values in SCREAMING_SNAKE (and kebab, dotted) are words, not acronyms.
        ("NOTIFY_AND_MANUAL_RENEW", "notifyAndManualRenew"), ("POSTPAID_BY_HOUR", "postpaidByHour"), ("CLOUD-PREMIUM", "cloudPremium"),
        ("TCP", "tcp"), ("HTTP_PROXY", "httpProxy"), ("IKESet", "ikeSet"),
    ])
    func propertyNames(_ wire: String, _ swift: String) {
        #expect(SwiftNaming.propertyName(wire) == swift)
    }

    /// Stored members keep a keyword's spelling in backticks where Swift allows it.
    @Test(arguments: [
        ("protocol", "`protocol`"), ("default", "`default`"), ("class", "`class`"), ("self", "selfValue"), ("init", "initValue"),
        ("inout", "inoutValue"), ("vpcId", "vpcId"), ("protocolType", "protocolType"),
    ])
    func memberNames(_ wire: String, _ swift: String) {
        #expect(SwiftNaming.memberName(wire) == swift)
    }

    /// No nested type takes a standard-library or Foundation name (`Data` would hide Foundation's).
    @Test(arguments: [("IKESet", "IKESet"), ("data", "DataValue"), ("date", "DateValue"), ("Type", "TypeValue"), ("subnetSet", "SubnetSet"),
                      ("9lives", "T9lives")])
    func typeNames(_ wire: String, _ swift: String) {
        #expect(SwiftNaming.typeName(wire) == swift)
    }

    /// Value-list cases: the value's name, a Latin label of a code, a common word's meaning, else `valueN`.
    @Test(arguments: [
        (EnumValue(value: "3des-cbc"), "des3Cbc"), (EnumValue(value: "main"), "main"), (EnumValue(value: "1", description: "HTTP"), "http"),
        (EnumValue(value: "1", description: "开启"), "enabled"), (EnumValue(value: "0", description: "关闭"), "disabled"),
        (EnumValue(value: "2", description: "公网属性"), "value2"), (EnumValue(value: "-1"), "valueMinus1"), (EnumValue(value: "default"), "defaultValue"),
    ])
    func caseNames(_ value: EnumValue, _ swift: String) {
        #expect(ValueListBuilder.caseName(value) == swift)
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

@Suite struct PageFileNameTests {
    /// The rule the build plugin copies: ASCII names as they are; others with a hash of the whole
    /// name (32-bit FNV-1a; the values here were computed independently, in Python), so titles
    /// that differ only in Chinese characters do not collide.
    @Test(arguments: [
        ("specs/vpc/AddVpnConnEx.md", "AddVpnConnEx.swift"), ("a b.md", "a_b_10a3f9f2.swift"),
        ("NAT网关/创建NAT网关.md", "__NAT___b8e09fd6.swift"), ("修改NAT网关.md", "__NAT___deb57880.swift"),
    ])
    func pageFileNames(_ page: String, _ expected: String) {
        #expect(SwiftGenerator.fileName(forPage: page) == expected)
    }

    /// In a tree, the hash covers the page's path below the module folder: one title in two groups
    /// makes two files.
    @Test func pagesInGroupFolders() {
        #expect(SwiftGenerator.fileName(forPage: "docs/A组/创建NAT网关.md", in: "docs") == "__NAT___f839afc8.swift")
        #expect(SwiftGenerator.fileName(forPage: "docs/B组/创建NAT网关.md", in: "docs") == "__NAT___aec89f7f.swift")
        #expect(SwiftGenerator.fileName(forPage: "docs/创建NAT网关.md", in: "docs") == SwiftGenerator.fileName(forPage: "创建NAT网关.md"))
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
