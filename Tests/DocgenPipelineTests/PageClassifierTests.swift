import APISchema
import DocDialects
import DocParser
import DocgenPipeline
import Testing

/// The classify stage decides a page's dialect and kind before the parse stage builds anything,
/// and the parse stage builds on its reading: the same result as parsing the bytes.
@Suite struct PageClassifierTests {
    static let operation = """
        ## 1. 接口描述
        本接口（DescribeVpcEx）用于查询私有网络列表。接口请求域名：vpc.api.qcloud.com
        ## 2. 输入参数
        | 参数名称 | 必选 | 类型 | 描述 |
        |---|---|---|---|
        | vpcId | 否 | String | 私有网络 ID |
        ## 3. 输出参数
        | 参数名称 | 类型 | 描述 |
        |---|---|---|
        | code | Int | 错误码 |
        | totalCount | Int | 总数 |
        """

    @Test(arguments: [
        (operation, "v2", PageKind.operation),
        (operation.replacingOccurrences(of: "| vpcId | 否 | String | 私有网络 ID |", with: "| Version | 是 | String | 本接口取值：2017-03-12 |\n| vpcId | 否 | String | 私有网络 ID |"),
         "v2-versioned", PageKind.operation),
        ("# 错误码\n\n| 错误代码 | 英文提示 | 错误描述 |\n|---|---|---|\n| 9003 | InvalidParameter | 参数错误 |\n", "v2", PageKind.errorCodes),
        ("# 简介\n\n私有网络是一块您在腾讯云上自定义的逻辑隔离网络空间。\n", "v2", PageKind.other),
        ("## Placement\n\n| 参数名称 | 类型 | 描述 |\n|---|---|---|\n| Zone | String | 可用区 |\n", "v2", PageKind.dataStructures),
        ("   \n\n", "v2", PageKind.other),
    ])
    func kindAndDialect(_ text: String, _ dialect: String, _ kind: PageKind) {
        let page = PageClassifier().classify(Array(text.utf8), file: "p.md")
        #expect(page.dialect.name == dialect)
        #expect(page.kind == kind)
        let built = DocParser.parse(page.reading)
        let direct = DocParser.parse(Array(text.utf8), file: "p.md", dialect: page.dialect)
        #expect(built.kind == kind && direct.kind == kind)
        #expect(built.operation == direct.operation)
        #expect(built.diagnostics == direct.diagnostics)
    }
}
