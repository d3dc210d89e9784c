import APISchema
@testable import DocParser
import DocDialects
import DocMarkdown
import Testing

/// Which action a page documents, from the names its prose gives (table rows: the prose, the
/// dialect, the action read). From the published docs' phrasings.
@Suite struct ActionChoiceTests {
    static func page(_ lines: [String], example: String? = nil) -> String {
        (["## 1. API Description", "Domain name for API request: vpc.tencentcloudapi.com."] + lines + [
            "## 2. Input Parameters", "| Parameter Name | Required | Type | Description |", "|---|---|---|---|",
            "| Action | Yes | String | Common parameter. The value used for this API: CreateVpnGateway |",
            "| Version | Yes | String | Common parameter. The value used for this API: 2017-03-12 |",
            "| VpnGatewayName | Yes | String | The name. |",
            "## 3. Output Parameters", "| Parameter Name | Type | Description |", "|---|---|---|",
            "| RequestId | String | The request ID. |",
        ] + (example.map { ["## 4. Example", "```", "https://vpc.tencentcloudapi.com/?Action=\($0)", "&VpnGatewayName=a", "```"] } ?? []))
            .joined(separator: "\n")
    }

    @Test(arguments: [
        // The API 3.0 Action row in English counts as a naming; the intro's plural typo ties
        // with it, and the example breaks the tie.
        (page(["This API (CreateVpnGateways) is used to create VPN gateways."], example: "CreateVpnGateway"), "CreateVpnGateway"),
        // Only the row names it.
        (page(["Creates a VPN gateway."]), "CreateVpnGateway"),
        // A partner's callback interface (lowerCamelCase) named more often than the action is
        // no action: actions are UpperCamelCase.
        (page(["- 接口名：verifyInterface。", "- 接口名：verifyInterface。", "- 接口名：verifyInterface。"]), "CreateVpnGateway"),
    ])
    func theActionIsTheOneThePageDocuments(_ text: String, _ expected: String) throws {
        let result = DocParser.parse(Array(text.utf8), file: "a.md", dialect: .v3)
        #expect(result.operation?.action == expected, "\(result.diagnostics)")
    }

    /// A tie with no example to break it goes to the description's `本接口（X）`, not to the
    /// `Action字段为` boilerplate copied from a sibling (弹性伸缩 2017: `查询告警触发策略`, `删除告警触发策略`,
    /// `解绑生命周期钩子`, `设置子机移除保护`, each with the Action line of another page).
    @Test func aTieGoesToTheDescription() throws {
        let page = TestPage.text(input: ["| scalingGroupId | 否 | String | 伸缩组ID |"])
            .replacingOccurrences(of: "本接口（A）用于测试。", with: "本接口(DescribeScalingPolicy)用于查询告警触发策略。")
            .replacingOccurrences(of: "## 输入参数", with: "## 输入参数\n以下请求参数列表仅列出了接口请求参数。其中，此接口的Action字段为DescribeScalingConfiguration。")
        let result = DocParser.parse(Array(page.utf8), file: "a.md")
        #expect(result.operation?.action == "DescribeScalingPolicy")
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.contains("'DescribeScalingConfiguration'") })
    }

    /// Where only lowerCamelCase names are given (REST-style pages), the rule leaves them be.
    @Test func lowerCamelCaseAloneIsKept() throws {
        let chosen = PageIdentity.chooseAction([("detect", SourcePosition(line: 1, column: 1)), ("detect", SourcePosition(line: 2, column: 1))])
        #expect(chosen?.0 == "detect")
    }
}
