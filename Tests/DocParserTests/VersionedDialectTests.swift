import APISchema
import DocDialects
@testable import DocParser
import Foundation
import Testing

/// The versioned dialects (KEY-FACTS-3.0.md): detection from content, protocol rows, the
/// `Response` envelope, structure references and data-structure pages, on pages written here.
@Suite struct VersionedDialectTests {
    static let folder = Paths.fixtures + "/Versioned"

    func read(_ name: String) -> PageResult {
        let path = Self.folder + "/" + name
        let bytes = Paths.bytes(path)
        return DocParser.parse(bytes, file: name, dialect: Dialect.detect(String(decoding: bytes, as: UTF8.self)))
    }

    @Test(arguments: [
        ("api3/DescribeWidgets.md", "v3"), ("v2-versioned.md", "v2-versioned"), ("undated-version.md", "v2-versioned"),
        ("api3/数据结构.md", "v2"),
    ])
    func dialectComesFromContent(_ name: String, _ dialect: String) {
        let text = String(decoding: Paths.bytes(Self.folder + "/" + name), as: UTF8.self)
        #expect(Dialect.detect(text).name == dialect)
    }

    @Test func classicPagesStayClassic() {
        let seed = String(decoding: Paths.bytes(Paths.seed), as: UTF8.self)
        #expect(Dialect.detect(seed).name == "v2")
    }

    @Test func api3PageDropsProtocolRowsAndReadsStructures() throws {
        let result = read("api3/DescribeWidgets.md")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let operation = try #require(result.operation)
        #expect(operation.dialect == "v3")
        #expect(operation.version == "2020-01-02")
        #expect(operation.path == "/")
        #expect(operation.host == "widget.tencentcloudapi.com")
        #expect(operation.input.map(\.name) == ["Placement", "Filters", "Limit"], "Action, Version and Region are protocol constants")
        #expect(operation.input[0].type == .object && operation.input[0].ref == "Placement")
        #expect(operation.input[1].type == .array && operation.input[1].item?.ref == "Filter")
        let total = try #require(operation.output.first { $0.name == "TotalCount" })
        #expect(total.nullable == true)
        #expect(operation.output.first { $0.name == "WidgetSet" }?.item?.ref == "Widget")
        // The example is unwrapped from `Response` before it is compared with the table, and a
        // structure's members (on another page) are not reported as undocumented.
        #expect(!result.diagnostics.contains { $0.severity == .warning }, "\(result.diagnostics)")
        #expect(operation.examples.first?.omittedRequired == [])
        // The host came from the example URL, as API 3.0 pages usually give it: a note.
        #expect(result.diagnostics.contains { $0.severity == .note && $0.message.contains("widget.tencentcloudapi.com") })
    }

    @Test func dataStructurePageGivesStructures() throws {
        let result = read("api3/数据结构.md")
        #expect(result.kind == .dataStructures)
        #expect(result.structures.map(\.name) == ["Filter", "Placement", "Widget"])
        let widget = try #require(result.structures.last)
        #expect(widget.description == "一个小部件。", "the 被如下接口引用 line is not part of it")
        #expect(widget.fields.first { $0.name == "Placement" }?.ref == "Placement")
        #expect(widget.fields.first { $0.name == "Size" }?.nullable == true)
        #expect(result.structures[0].fields.map(\.name) == ["Name", "Values"])
        #expect(result.structures[0].fields.allSatisfy { $0.required })
        #expect(widget.source.line == 24, "the `## Widget` heading")
    }

    @Test func v3PageKeepsV2EndpointAndReadsVersion() throws {
        let result = read("v2-versioned.md")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let operation = try #require(result.operation)
        #expect(operation.dialect == "v2-versioned")
        #expect(operation.version == "2017-03-12")
        #expect(operation.path == "/v2/index.php")
        #expect(operation.input.map(\.name) == ["Placement", "Count"])
        // `### Placement` is placed under the Placement field (its members given in place).
        #expect(operation.input[0].ref == "Placement")
        #expect(operation.input[0].fields?.map(\.name) == ["Zone"])
        #expect(operation.output.first { $0.name == "WidgetIdSet" }?.item?.type == .string)
        #expect(!result.diagnostics.contains { $0.message.contains("Response") }, "the envelope is not an output field")
    }

    @Test func undatedVersionStaysAParameter() throws {
        let result = read("undated-version.md")
        let operation = try #require(result.operation)
        #expect(operation.version == nil)
        #expect(operation.input.map(\.name) == ["Version", "Spec"])
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.location.line == 8 && $0.message.contains("'Version' without naming") })
        // `SystemDisk` is defined on another product's page: not an error at parse time.
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let spec = try #require(operation.input.last)
        #expect(spec.ref == "Spec" && spec.fields?.map(\.name) == ["Name", "Disk"])
        #expect(spec.fields?.last?.ref == "SystemDisk")
    }

    @Test func classicPageWithAnUndefinedNameIsAnError() {
        let page = """
        ## 接口描述
        本接口（A）用于测试。接口请求域名：a.api.qcloud.com
        ## 输入参数
        | 参数名称 | 必选 | 类型 | 描述 |
        |---|---|---|---|
        | x | 是 | Gadget | 一个部件 |
        ## 输出参数
        | 参数名称 | 类型 | 描述 |
        |---|---|---|
        | code | Int | 0 |
        """
        let result = DocParser.parse(Array(page.utf8), file: "a.md")
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message == "unknown type 'Gadget' for 'x': the page defines no such structure" && $0.location.line == 6 })
    }
}
