import APISchema
@testable import DocParser
import Foundation
import Testing

/// Whole pages written here by hand, one per shape the survey found.
@Suite struct PageTests {
    func parse(_ name: String) throws -> (APISchema.Operation, [Diagnostic]) {
        let result = DocParser.parse(Paths.bytes(Paths.fixtures + "/" + name), file: name)
        let operation = try #require(result.operation, "\(result.diagnostics)")
        return (operation, result.diagnostics)
    }

    @Test func captionsPrefixBareNames() throws {
        let (operation, diagnostics) = try parse("captions.md")
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(operation.action == "DescribeWidgets")
        #expect(operation.host == "widget.api.qcloud.com")
        #expect(operation.service == "widget")
        let charge = try #require(operation.input.first { $0.name == "charge" })
        #expect(charge.type == .object)
        #expect(charge.fields?.map(\.name) == ["period"])
        #expect(charge.fields?.first?.enum?.map(\.value) == ["1", "2", "3"])
        #expect(operation.input.first?.maxLength == 20)
        let data = try #require(operation.output.first { $0.name == "data" })
        let output = try #require(data.fields?.first { $0.name == "output" })
        #expect(output.fields?.map(\.name) == ["code", "items"])
        #expect(output.fields?.last?.type == .array)
        #expect(output.fields?.last?.item?.type == .string)
        #expect(operation.output.first?.enum == nil, "'其他值' makes the code list open")
        #expect(operation.errors.map(\.code) == ["InvalidWidget.NotFound"])
    }

    /// Structures other products use (ccs CreateLogCollector, GetMonitorData, DescribeClusterServiceInfo;
    /// as CreateScalingGroup), in one made-up page.
    @Test func variantTablesValueTablesAndSharedCaptions() throws {
        let (operation, diagnostics) = try parse("variants.md")
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        // The input table under the description, with no heading of its own.
        #expect(operation.input.map(\.name) == ["sourceType", "source", "metric", "port", "weight", "startTime", "policy"])
        // A String row that says it carries JSON, with its members below (`a:: b`): sent as one
        // JSON string, its members kept as documentation.
        let policy = try #require(operation.input.last)
        #expect(policy.type == .json && policy.fields?.map(\.name) == ["queue", "maxCount"])
        #expect(operation.input.first?.enum?.map(\.value) == ["file", "host"])
        // Variant tables in a section of their own, merged into one field; a member required in
        // one variant is optional on the field.
        let source = try #require(operation.input.first { $0.name == "source" })
        #expect(source.fields?.map(\.name) == ["path", "tail", "address"])
        #expect(source.fields?.allSatisfy { !$0.required } == true)
        // Values in a table's value column, from two sections, in order.
        let metric = try #require(operation.input.first { $0.name == "metric" })
        #expect(metric.enum?.map(\.value) == ["cpu_usage", "mem_usage", "disk_read"])
        #expect(metric.enum?.first?.description == "平均 CPU 利用率")
        // String cells with integer ranges are integers; a time of day is not a code list.
        let port = try #require(operation.input.first { $0.name == "port" })
        #expect(port.type == .integer && port.minimum == 1 && port.maximum == 65535)
        let weight = try #require(operation.input.first { $0.name == "weight" })
        #expect(weight.type == .integer && weight.maximum == 100)
        #expect(diagnostics.contains { $0.message.contains("'port' is typed 'String' but described by integer bounds") })
        #expect(operation.input.first { $0.name == "startTime" }?.enum == nil)
        // One table for two fields (`probe 与 readiness`), and a caption naming a member both have.
        for name in ["probe", "readiness"] {
            let probe = try #require(operation.output.first { $0.name == name })
            #expect(probe.fields?.map(\.name) == ["method", "tcp"], "\(name)")
            #expect(probe.fields?.last?.fields?.map(\.name) == ["port"], "\(name)")
        }
        #expect(!operation.output.contains { $0.name == "port" || $0.name == "method" })
    }

    @Test func htmlTablesAndExamples() throws {
        let (operation, diagnostics) = try parse("html-tables.md")
        #expect(!diagnostics.contains { $0.severity != .note }, "\(diagnostics)")
        #expect(operation.action == "DeleteWidgets")
        #expect(operation.host == "widget.api.qcloud.com")
        #expect(operation.summary == "用来删除小部件。")
        let ids = try #require(operation.input.first)
        #expect(ids.name == "widgetIds" && ids.type == .array && ids.required && ids.item?.type == .string)
        #expect(ids.description == "小部件 ID，可通过 [DescribeWidgets](https://example.invalid/x) 接口查询。")
        #expect(operation.output.map(\.name) == ["code", "requestId"])
        #expect(operation.errors.map(\.code) == ["29257", "9003"])
        #expect(operation.errors.first?.source?.line == 39)
        let example = try #require(operation.examples.first)
        #expect(example.action == "DeleteWidgets")
        #expect(example.request == [ExampleParameter(name: "widgetIds.0", value: "w-abcdefgh")])
        #expect(example.response?["code"] == .string("0"))
    }

    @Test func rulesFromSentences() throws {
        let (operation, _) = try parse("rules.md")
        #expect(operation.action == "CreateTunnel")
        #expect(operation.host == "vpc.api.qcloud.com")
        #expect(operation.rules.contains(.requiredIf("alpha", when: "mode", equals: "b", sentence: "当 mode 选为 b 时，alpha 必填",
                                                     source: operation.rules.first?.source)))
        let kinds = operation.rules.map { [$0.kind.rawValue, $0.field ?? "", $0.when ?? "", $0.equals ?? "", ($0.fields ?? []).joined(separator: ",")] }
        #expect(kinds == [
            ["requiredIf", "alpha", "mode", "b", ""],
            ["atLeastOne", "", "", "", "left,right"],
            ["requiredIf", "prepaid", "chargeType", "PREPAID", ""],
            // `若此项不填，则 certBody，certName 必填` (and certBody's `如果没有此项，则 certId 必填`, the same rule).
            ["atLeastOne", "", "", "", "certId,certBody"],
            ["atLeastOne", "", "", "", "certId,certName"],
            ["atLeastOne", "", "", "", "image,containers"],
            // On a boolean: `开启时imageSize必须正确填写`.
            ["requiredIf", "imageSize", "compress", "true", ""],
        ])
        let mode = try #require(operation.input.first)
        #expect(mode.default == "a" && mode.enum?.count == 2)
        let prepaid = try #require(operation.input.first { $0.name == "prepaid" })
        #expect(prepaid.fields?.first?.required == true, "required when the parent is given")
    }

    /// A type no spelling reads is a warning at its cell, and the member raw JSON (DESIGN.md):
    /// the page still reads, and docgen.yaml errata can give the member its type.
    @Test func anUnknownTypeIsAWarningAndRawJSON() throws {
        let result = DocParser.parse(Paths.bytes(Paths.fixtures + "/bad-unknown-type.md"), file: "bad-unknown-type.md")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.location.line == 8 && $0.message.hasPrefix("unknown type 'Quaternion'") })
        #expect(result.operation?.input.first?.name == "a")
    }

    @Test(arguments: [
        ("bad-no-tables.md", 1, "no parameter table found"),
    ])
    func badPagesGiveLocatedErrors(_ name: String, _ line: Int, _ message: String) {
        let result = DocParser.parse(Paths.bytes(Paths.fixtures + "/" + name), file: name)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.location.line == line && $0.message.hasPrefix(message) && $0.location.file == name },
                "\(result.diagnostics)")
    }

    /// Rows with more or fewer cells than the header are read by what their cells hold, the
    /// overflow kept in the description, each with a warning at its line.
    @Test func raggedRowsAreReadByContent() throws {
        let result = DocParser.parse(Paths.bytes(Paths.fixtures + "/bad-ragged.md"), file: "r.md")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        for line in [9, 10] {
            #expect(result.diagnostics.contains { $0.severity == .warning && $0.location.line == line && $0.message.hasPrefix("table row has") })
        }
        let input = try #require(result.operation?.input)
        #expect(input.map(\.name) == ["a", "b", "c"])
        #expect(input[1].required && input[1].type == .string && input[1].description.isEmpty)
        #expect(!input[2].required && input[2].type == .integer && input[2].description == "多一格 多余")
    }

    @Test func binaryGarbageNeverCrashes() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<50 {
            var bytes: [UInt8] = []
            for _ in 0..<(round * 97 % 4000 + 1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
            }
            let result = DocParser.parse(bytes, file: "garbage.md")
            #expect(result.hasErrors)
            #expect(result.diagnostics.allSatisfy { $0.location.file == "garbage.md" && $0.location.line >= 1 })
        }
    }

    @Test func invalidJSONResponseIsReportedWhereItIs() throws {
        let page = """
        ## 接口描述
        本接口（Nbsp）用于测试。
        接口请求域名：vpc.api.qcloud.com
        ## 输出参数
        | 参数名称 | 类型 | 描述 |
        |---|---|---|
        | code | Int | 错误码 |
        ## 示例
        ```
        {
        \u{00A0}\u{00A0}"code": 0,
        }
        ```
        """
        let result = DocParser.parse(Array(page.utf8), file: "nbsp.md")
        let warning = try #require(result.diagnostics.first { $0.message.contains("not valid JSON") })
        #expect(warning.location.line == 11)
        #expect(warning.message.contains("no-break space"))
        #expect(result.operation?.examples.first?.response?["code"] == .number("0"))
    }
}

/// Rows that are not parameters.
@Suite struct TemplateRowTests {
    @Test(arguments: [
        (["文本1", "否", "文本3", "文本3"], true), (["Text1", "Yes", "Text2", "Text3"], true),
        (["vpcId", "是", "String", "私有网络 ID。"], false), (["文本1", "否", "String", "名称。"], false), (["p1", "否", "Int", "1"], false),
    ])
    func templateRows(_ values: [String], _ isTemplate: Bool) {
        #expect(TableReader.isTemplateRow(values) == isTemplate)
    }
}
