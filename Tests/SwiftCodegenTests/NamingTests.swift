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

    /// Value-list cases: the value's name, a Latin label of a code, a common word's meaning, a symbol's name, else `valueN`.
    @Test(arguments: [
        (EnumValue(value: "3des-cbc"), "des3Cbc"), (EnumValue(value: "main"), "main"), (EnumValue(value: "1", description: "HTTP"), "http"),
        (EnumValue(value: "1", description: "开启"), "enabled"), (EnumValue(value: "0", description: "关闭"), "disabled"),
        (EnumValue(value: "2", description: "公网属性"), "value2"), (EnumValue(value: "-1"), "valueMinus1"), (EnumValue(value: "default"), "defaultValue"),
        (EnumValue(value: ">="), "greaterThanOrEqual"), (EnumValue(value: "!="), "notEqual"),
    ])
    func caseNames(_ value: EnumValue, _ swift: String) {
        #expect(ValueListBuilder.caseName(value) == swift)
    }

    /// Invisible characters never reach a case name: `1` and `1` + ZWNJ (or an emoji variation
    /// selector) would be two cases that look the same; they get one name and a numbered one.
    @Test func invisibleCharactersLeaveCaseNames() {
        for text in ["1\u{200C}", "1\u{FE0F}", "1\u{200B}", "\u{2060}1"] {
            #expect(ValueListBuilder.caseName(EnumValue(value: text)) == "value1", "\(text.unicodeScalars.map(\.value))")
        }
        for text in ["on\u{200C}", "on\u{FE0F}"] {
            #expect(ValueListBuilder.caseName(EnumValue(value: text)) == "on")
        }
        let view = ValueListBuilder.view(name: "Mode", values: [EnumValue(value: "1"), EnumValue(value: "1\u{200C}")], doc: [])
        let names = view.values.map(\.caseName)
        #expect(names.count == 2 && Set(names).count == 2)
        #expect(names.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } }, "\(names)")
    }

    @Test(arguments: [
        ("plain", #""plain""#), (#"a"b\c"#, #""a\"b\\c""#), ("\\(x)", #""\\(x)""#), ("line\nnext", #""line\nnext""#),
        ("nul\u{0}", #""nul\u{0}""#), ("bidi\u{202E}", #""bidi\u{202e}""#),
    ])
    func literals(_ text: String, _ literal: String) {
        #expect(SwiftNaming.literal(text) == literal)
    }

    /// A description of `-` (a cell saying "none") is no doc comment, never `/// -`, which DocC
    /// reads as an empty list item; a list stays a list.
    @Test(arguments: [("-", [String]()), ("—", []), ("--", []), (" * ", []), ("a\n-\nb", ["a", "", "b"]),
                      ("- 1: x\n- 2: y", ["- 1: x", "- 2: y"]), ("\n\nText", ["Text"])])
    func dashesAloneAreNoDocumentation(_ text: String, _ lines: [String]) {
        #expect(SwiftNaming.docLines(text) == lines)
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

/// Error cases: names claimed in a stated order (``ErrorsBuilder``), English names of numeric
/// codes as names and as a second match.
@Suite struct ErrorCaseNameTests {
    static func operation(dialect: String?, errors: [ErrorCode]) -> APISchema.Operation {
        APISchema.Operation(action: "DescribeThing", service: "x", host: "x.api.qcloud.com", path: "/", summary: "",
                            source: SourceLocation(file: "A.md", line: 1, column: 1), errors: errors, dialect: dialect)
    }

    @Test func aNumericCodesEnglishNameNamesItsCase() {
        let cases = ErrorsBuilder.cases(for: [Self.operation(dialect: "v2", errors: [
            ErrorCode(code: "11056", codeDesc: "InstanceNotExists", description: "没有找到对应实例"),
            ErrorCode(code: "11050", codeDesc: "InvalidParameter", description: "业务参数错误"),
            ErrorCode(code: "-502", codeDesc: "OperationDenied.SourceNotExists", description: "资源不存在"),
            ErrorCode(code: "29257", description: "无英文名"),
        ])])
        let named = Dictionary(cases.map { ($0.literal, ($0.caseName, $0.aliases.map(\.literal))) }, uniquingKeysWith: { a, _ in a })
        #expect(named["\"11056\""]?.0 == "instanceNotExists" && named["\"11056\""]?.1 == ["\"InstanceNotExists\""])
        // The common 4000 keeps `invalidParameter`; the service's 11050 takes its number.
        #expect(named["\"4000\""]?.0 == "invalidParameter")
        #expect(named["\"11050\""]?.0 == "invalidParameter11050")
        #expect(named["\"-502\""]?.0 == "operationDeniedSourceNotExists")
        #expect(named["\"29257\""]?.0 == "code29257" && named["\"29257\""]?.1 == [])
    }

    /// A module of API 3.0 operations only has no API 2.0 numeric codes: its real
    /// `InvalidParameter` gets the plain name (it was `invalidParameter2`).
    @Test func anAPI3ModuleHasNoNumericCommonCodes() {
        let cases = ErrorsBuilder.cases(for: [Self.operation(dialect: "v3", errors: [
            ErrorCode(code: "InvalidParameter", description: "参数错误"), ErrorCode(code: "AuthFailure.SignatureExpire", description: "签名过期"),
        ])])
        #expect(cases.map(\.caseName) == ["invalidParameter", "authFailureSignatureExpire"])
        let mixed = ErrorsBuilder.cases(for: [Self.operation(dialect: "v3", errors: [ErrorCode(code: "InvalidParameter", description: "")]),
                                              Self.operation(dialect: nil, errors: [])])
        #expect(mixed.contains { $0.literal == "\"4100\"" })
    }
}
