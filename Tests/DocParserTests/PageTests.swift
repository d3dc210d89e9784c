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
        ("bad-empty.md", 1, "the page is empty"),
        ("bad-no-tables.md", 1, "no parameter table found"),
        ("bad-ragged.md", 9, "table row has 3 cells; the header has 4"),
    ])
    func badPagesGiveLocatedErrors(_ name: String, _ line: Int, _ message: String) {
        let result = DocParser.parse(Paths.bytes(Paths.fixtures + "/" + name), file: name)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.location.line == line && $0.message.hasPrefix(message) && $0.location.file == name },
                "\(result.diagnostics)")
    }

    @Test func raggedRowWithExtraCellIsAnErrorToo() {
        let result = DocParser.parse(Paths.bytes(Paths.fixtures + "/bad-ragged.md"), file: "r.md")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location.line == 10 })
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

/// Error tables with an English name beside a numeric code keep both, in the column orders the
/// docs use (`错误代码 | 英文提示 | 错误描述`, `错误代码 | 错误描述 | 英文描述`); a cell of English
/// prose names no code.
@Suite struct ErrorCodeNameTests {
    @Test(arguments: [
        (["| 错误代码 | 英文提示 | 错误描述 |", "|---|---|---|", "|11056|InstanceNotExists|没有找到对应实例|"], "11056", "InstanceNotExists"),
        (["| 错误代码 | 错误描述 | 英文描述 |", "| ---- | ---- | ---- |", "| -502 | 资源不存在 | OperationDenied.SourceNotExists |"], "-502", "OperationDenied.SourceNotExists"),
        (["| 错误代码 | 英文描述 | 错误描述 |", "| --- | --- | --- |", "| 9003 | InvalidParameter | 参数错误 |"], "9003", "InvalidParameter"),
        (["| 错误代码 | 英文描述 | 错误描述 |", "| --- | --- | --- |", "| 9004 | the key was not found | 找不到 |"], "9004", nil),
    ])
    func bothAreKept(_ table: [String], _ code: String, _ codeDesc: String?) throws {
        let page = TestPage.parse(input: ["| name | 是 | String | 名称。 |"], after: ["## 错误码"] + table)
        let error = try #require(page.operation?.errors.first)
        #expect(error.code == code)
        #expect(error.codeDesc == codeDesc)
    }
}

/// Only documented values are enum cases: a format written in prose (`格式为：YYYY-MM-DDThh:mm:ssZ`,
/// API 网关's times) is no `code：meaning` list, while a real one still is.
@Suite struct FormatIsNoValueListTests {
    @Test(arguments: [
        ("创建时间。按照 ISO8601 标准表示，并且使用 UTC 时间。格式为：YYYY-MM-DDThh:mm:ssZ。", [String]()),
        ("网关类型。0：公网网关；1：VPN 网关", ["0", "1"]),
    ])
    func formatsAreNotValues(_ description: String, _ values: [String]) throws {
        let page = TestPage.parse(input: ["| createdTime | 否 | String | \(description) |"])
        let field = try #require(page.operation?.input.first)
        #expect((field.enum ?? []).map(\.value) == values)
    }
}

/// A bracketed list of three numbers or more is the values, not an interval (云存储Mongodb's
/// `period` was read as 1…2, refusing a 12-month period); two numbers in brackets stay one.
@Suite struct BracketedNumberListTests {
    @Test(arguments: [
        ("购买时长, 单位：月， 取值范围 [1,2,3,4,5,6,7,8,9,10,11,12,24,36]", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "24", "36"], nil as Double?, nil as Double?),
        ("Purchased usage period (in month). Value range: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "24", "36"], nil, nil),
        ("取值范围[1, 100]，默认1", [], 1, 100),
    ])
    func listsAndIntervals(_ description: String, _ values: [String], _ minimum: Double?, _ maximum: Double?) throws {
        let page = TestPage.parse(input: ["| period | 是 | Int | \(description) |"])
        let field = try #require(page.operation?.input.first)
        #expect((field.enum ?? []).map(\.value) == values)
        #expect(field.minimum == minimum && field.maximum == maximum)
    }
}

/// The writer's type and values win over a guess (sentences from the docs): a String whose
/// prose gives a port range is still a String when its values are addresses; `domain:port` is a
/// value's shape, not a code list; negative codes are codes.
@Suite struct WritersTypeWinsTests {
    static func field(_ type: String, _ description: String) throws -> Field {
        let page = TestPage.parse(input: ["| origin | 否 | \(type) | \(description) |"])
        return try #require(page.operation?.input.first)
    }

    @Test func aPortRangeInAnAddressesProseKeepsTheString() throws {
        let backup = try Self.field("String", "备份源站设置，支持配置一个域名，或多个源站 IP。</br>端口可配置区间0 - 65535。</br>域名模式：`www.test.com:8080`。</br>IP模式：1.1.1.1:8080;2.2.2.2:8080。")
        #expect(backup.type == .string && backup.maximum == nil)
        // A string that is only a number keeps being read as one (`port | String | 取值范围：1-65535`).
        let port = try Self.field("String", "端口，取值范围：1-65535")
        #expect(port.type == .integer && port.maximum == 65535)
    }

    @Test func hostAndPortAreNoCodeList() throws {
        let origin = try Self.field("String", "源站地址，源站配置可填写一个源站域名或者多个源站 IP。<br>可支持 domain:port 或者 ip:port 类型配置。")
        #expect(origin.enum == nil)
    }

    @Test(arguments: [
        ("Int", "1：负载均衡，0：传统型负载均衡，-1：全部类型。", ["1", "0", "-1"]),
        ("Int", "任务状态。<br>-1：失败<br>1：刷新中<br>2：完成", ["-1", "1", "2"]),
        ("Int", "1: Application-based; 0: Conventional; -1: All types.", ["1", "0", "-1"]),
    ])
    func negativeCodesAreCodes(_ type: String, _ description: String, _ values: [String]) throws {
        #expect(try Self.field(type, description).enum?.map(\.value) == values)
    }
}

/// A bound the writer's own listed values break is no bound (`0：未开启` beside `大于0的整数`
/// allows 0), and those values, special ones beside a range, are not all the field takes.
@Suite struct ContradictedBoundTests {
    @Test func aListedValueOutsideTheBoundDropsBoth() throws {
        let page = TestPage.parse(input: ["| period | 是 | Int | 续费周期，大于0的整数；0：未开启，1：开启 |",
                                          "| level | 是 | Int | 级别，大于0的整数 |"])
        let fields = try #require(page.operation?.input)
        #expect(fields[0].minimum == nil && fields[0].maximum == nil && fields[0].enum == nil)
        #expect(fields[1].minimum == 1)
    }
}

/// The meaning before the code (`升序：asc，降序：desc`, `北京:bj，广州:gz`), each item ending its
/// clause; a colon after a label of prose (`默认值：desc`) is no item.
@Suite struct MeaningBeforeCodeTests {
    @Test(arguments: [
        ("升序：asc，降序：desc，默认 desc", ["asc", "desc"]),
        ("地域，北京:bj，广州:gz，上海:sh", ["bj", "gz", "sh"]),
        ("待发布的环境名称，当前支持三个环境，测试：test，预发：prepub，线上：release", ["test", "prepub", "release"]),
        ("排序方式，默认值：desc，格式：json", []),
    ])
    func valuesAfterTheirMeaning(_ description: String, _ values: [String]) throws {
        let page = TestPage.parse(input: ["| orderType | 否 | String | \(description) |"])
        let field = try #require(page.operation?.input.first)
        #expect((field.enum ?? []).map(\.value) == values)
    }
}

/// A code, a dash and its meaning (`0 - 未发布过；1 - 发布中`, `0-断流；1-有输入流`); a range
/// (`0-100`) is no such list.
@Suite struct DashedCodeTests {
    @Test(arguments: [
        ("设置自动续费标识： 0 - 不设置自动续费，实例到期会通知；1 - 设置自动续费，到期会自动续费；2 - 到期不续费也不通知", ["0", "1", "2"]),
        ("流状态，0-断流；1-有输入流", ["0", "1"]),
        ("权重，取值范围0-100", []),
    ])
    func codesBeforeADash(_ description: String, _ values: [String]) throws {
        let page = TestPage.parse(input: ["| flag | 否 | Int | \(description) |"])
        let field = try #require(page.operation?.input.first)
        #expect((field.enum ?? []).map(\.value) == values)
    }
}
