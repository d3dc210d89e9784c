import APISchema
@testable import DocParser
import Foundation
import Testing

// Phrasing and table families across the whole docs (issue "Read what every writer wrote"), one
// suite a family, each from the docs' own sentences.

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

/// Rows as writers type them (the docs' own rows): a missing required cell, an extra cell, a
/// 是/否 cell in a header without that column; a row whose cells hold no type stays an error.
@Suite struct RaggedRowTests {
    @Test func rowsAreReadByWhatTheirCellsHold() throws {
        let page = TestPage.parse(input: [
            "| memory | Int | Memory size of upgraded instance. Each memory value corresponds to a selectable disk capacity range (in MB) |",
            "| typeId | 是 | String | Name of instance type |  For example, GIO: High IO; TGIO: High IO (10 GB) |",
        ])
        let input = try #require(page.operation?.input)
        #expect(input.map(\.name) == ["memory", "typeId"])
        #expect(input[0].type == .integer && !input[0].required)
        #expect(input[1].type == .string && input[1].required)
        #expect(input[1].description == "Name of instance type For example, GIO: High IO; TGIO: High IO (10 GB)")
        #expect(page.diagnostics.filter { $0.severity == .warning && $0.message.hasPrefix("table row has") }.count == 2)
    }

    /// A description the writer broke over two lines (the second ending the cell with a pipe)
    /// ends its row's description; it makes no parameter of its first word.
    @Test func aContinuationLineJoinsItsRow() throws {
        let page = TestPage.parse(input: ["| name | 是 | String | 名称。 |"], output: [
            "| occurTime | String | Occurrence time. For example, if the average disk",
            "maximum disk utilization during 10:50-11:00 was beyond 80%. |",
            "| code | Int | 错误码 |",
        ])
        let output = try #require(page.operation?.output)
        #expect(output.map(\.name) == ["occurTime", "code"])
        #expect(output.first?.description == "Occurrence time. For example, if the average disk maximum disk utilization during 10:50-11:00 was beyond 80%.")
        #expect(!page.hasErrors, "\(page.diagnostics)")
    }

    @Test func aRowWithoutATypeStaysAnError() {
        let page = TestPage.parse(input: ["| encryptionContext | No | If this parameter is specified, the same parameter is provided when Decrypt API is called |"])
        #expect(page.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("table row has 3 cells; the header has 4") })
    }
}

/// "None" in words: a page whose input says it has only the common parameters and whose output
/// says 无 (访问管理 STS `SendMobileTokenCode`) is an operation without parameters of its own, not a
/// page without tables. A section that says nothing of the kind still needs its table.
@Suite struct DeclaredEmptySectionsTests {
    private func page(input: String, output: String) -> PageResult {
        let text = ["## 接口描述", "本接口（SendMobileTokenCode）用于获取手机验证码。", "", "请求域名：", "", "```", "sts.api.qcloud.com ", "```",
                    "## 输入参数", input, "## 输出参数", output].joined(separator: "\n")
        return DocParser.parse(Array(text.utf8), file: "p.md")
    }

    @Test(arguments: [
        ("本接口仅含 [公共请求参数](https://cloud.tencent.com/document/api/598/13879)。", "无"),
        ("此接口无请求参数。", "无。"),
        ("该请求不带请求参数。", "暂无。"),
        ("This API only has [common request parameters](https://intl.cloud.tencent.com/document/api/598/13879).", "None."),
    ])
    func anOperationWithoutParameters(input: String, output: String) throws {
        let result = page(input: input, output: output)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let operation = try #require(result.operation)
        #expect(operation.action == "SendMobileTokenCode")
        #expect(operation.host == "sts.api.qcloud.com")
        #expect(operation.input.isEmpty && operation.output.isEmpty)
    }

    @Test func sectionsThatSayNothingStillNeedTables() {
        let result = page(input: "参数见下文。", output: "无")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("no parameter table found") })
    }
}

/// Structures as the v2 pages name them: `## Credentials 数据结构` defines `Credentials`, and a
/// type cell `[credentials](#dataStructure)` refers to it without regard to case (访问管理 STS
/// `AssumeRole`: the temporary credentials were raw JSON). A misspelt type word no table defines
/// (API 网关 `Bollen`) is the type it is nearest, with a warning at its cell.
@Suite struct StructureReferenceTests {
    @Test func aStructureHeadingWithItsWordAndALowerCaseReference() throws {
        let result = TestPage.parse(input: ["| roleArn | 是 | String | 角色的资源描述 |"],
                                    output: ["|  credentials | [credentials](#dataStructure)  | 对象里面包含 token，tmpSecretId，tmpSecretKey 三元组  |"],
                                    after: ["", "<span id=\"dataStructure\"></span>", "## Credentials 数据结构", "",
                                            "| 字段  | 类型  | 描述  |", "|---------|---------|---------|", "| token | String | token 值 |",
                                            "| tmpSecretId | String | 临时安全证书 ID |", "| tmpSecretKey | String | 临时安全证书 Key |"])
        #expect(!result.diagnostics.contains { $0.message.contains("unknown type") }, "\(result.diagnostics)")
        let credentials = try #require(result.operation?.output.first { $0.name == "credentials" })
        #expect(credentials.type == .object)
        #expect(credentials.fields?.map(\.name) == ["token", "tmpSecretId", "tmpSecretKey"])
    }

    /// `FilterObject` is a structure's name, not `Filter` and the word object.
    @Test func anEnglishStructureWordOnlyAsAWord() throws {
        let result = TestPage.parse(input: ["| f | 否 | FilterObject | 过滤 |"],
                                    after: ["## FilterObject", "| 参数名称 | 类型 | 描述 |", "|---|---|---|", "| Name | String | 名 |"])
        let f = try #require(result.operation?.input.first)
        #expect(f.ref == "FilterObject")
        #expect(f.fields?.map(\.name) == ["Name"])
    }

    @Test func aMisspeltTypeWordIsRepairedWithAWarning() throws {
        let result = TestPage.parse(input: ["| status | 否 | Bollen | 密钥状态，现在有两种，1：表示使用中；0：表示已禁用。 |"])
        #expect(result.operation?.input.first?.type == .boolean)
        let warning = try #require(result.diagnostics.first { $0.message.contains("'Bollen' is read as the type 'boolean'") })
        #expect(warning.severity == .warning && warning.location.line == 6)
    }

    /// KMS `Encrypt` (English): a row one cell short whose type cell runs into its description.
    @Test func aShortRowWhoseTypeCellGoesOn() throws {
        let result = TestPage.parse(input: ["| keyId | Yes | String | Global unique identifier of CMK. |",
                                            "| encryptionContext | No | JSON string in key/value pair format. If this parameter is specified, the same parameter is provided when Decrypt API is called |"])
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let field = try #require(result.operation?.input.last)
        #expect(field.name == "encryptionContext" && field.type == .json && field.required == false)
        #expect(field.description.hasPrefix("JSON string in key/value pair format."))
    }

    /// `| None | No | None | None |` (自定义监控 `DescribeNamespace`, English) is no parameter.
    @Test func aRowOfNoneIsNoParameter() {
        let result = TestPage.parse(input: ["| None | No | None | None |"])
        #expect(result.operation?.input.isEmpty == true)
    }
}

/// Values in the docs' own quoting: ASCII quotes before `表示` (内容分发网络 `'on' 表示开启中间源，'off'
/// 表示关闭中间源`), and a list after `可选的<noun>为：` (域名解析 `recordType`).
@Suite struct QuotedValueFamilyTests {
    @Test(arguments: [
        ("是否开启中间源， 'on' 表示开启中间源，'off' 表示关闭中间源", ["on", "off"]),
        ("当前状态，'init' 表示任务尚未结束，'done' 表示任务已经结束", ["init", "done"]),
        ("业务类型，有三种业务类型：'download' 表示下载、'web' 表示静态、'media' 表示流媒体", ["download", "web", "media"]),
        ("记录类型，可选的记录类型为：\"A\", \"CNAME\", \"MX\", \"TXT\", \"NS\", \"AAAA\", \"SRV\"", ["A", "CNAME", "MX", "TXT", "NS", "AAAA", "SRV"]),
        // 自定义监控 `statistics`; 物联云 `taskType`; VPC (English) `DhGroupName`, whose last value was dropped.
        ("统计方式，取值为(sum, last, avg, min, max)", ["sum", "last", "avg", "min", "max"]),
        ("任务类型，目前取值为 “UpdateShadow” 或者 “PublishMessage”", ["UpdateShadow", "PublishMessage"]),
        ("DH group. Available value: 'GROUP1', 'GROUP2', 'GROUP5', 'GROUP14' and 'GROUP24'.", ["GROUP1", "GROUP2", "GROUP5", "GROUP14", "GROUP24"]),
    ])
    func theValuesAreRead(_ description: String, _ values: [String]) throws {
        let page = TestPage.parse(input: ["| x | 否 | String | \(description) |"])
        let field = try #require(page.operation?.input.first)
        #expect(field.enum?.map(\.value) == values)
    }
}

/// Sentences with constraint words that state nothing a validator of one request can check, one
/// family each, from the docs: they count as understood, and none is read into a bound.
@Suite struct NothingToCheckFamilyTests {
    @Test(arguments: [
        ("| projectIds.n | 否 | Int | 一个或者多个项目ID，n表示从0开始的数组下标 |", "array elements are numbered"),
        ("| stride | 否 | Int | 时间长度 = 1天，stride = 5 |", "relation between two fields"),
        ("| weight | 否 | Int | 解析记录的权重，默认为 null |", "default is null"),
        ("| line | 否 | String | 记录的线路名称，例如：\"默认\" |", "inside an example value"),
        ("| defaultValue | 否 | String | API 的前端参数默认值 |", "names a default as what the field holds"),
        ("| domain | 否 | String | 要操作的域名（主域名，不包括 www，例如：qcloud.com） |", "a part the value leaves out"),
        ("| statistics | 否 | String | 统计方式，包括max、min、last、sum、avg等 |", "ends in 等"),
        ("| remark | 否 | String | Default is empty string |", "null or empty"),
        ("| endTime | 否 | String | Default end time is the current time |", "the current time"),
        ("| owner | 否 | String | Default is the current customer (physical direct connect owner). |", "default resource"),
        ("| date | 否 | String | 查询日期，格式必须为：2016-09-28 |", "date format"),
        ("| fileLength | 否 | Int | 接收文件长度 |", "names a quantity"),
        ("| backup | 否 | String | 默认无备站配置 |", "left out, in words"),
        ("| memory | 否 | Int | 实例内存大小，每一个内存值对应一个可选的磁盘大小范围，单位：MB |", "range as a noun"),
        ("| volumeMax | 否 | Int | 选定内存后，实例硬盘大小可选的最大值，单位：GB |", "maximum or minimum"),
        ("| projectId | 否 | Int | 项目ID,取值以用户账户>用户账户相关接口查询>[项目列表](https://cloud.tencent.com/doc/api/403/4400)返回的projectId为准 |", "given elsewhere"),
        ("| volume | 否 | Int | 创建实例时，硬盘（volume）的取值是：volume= volumeMin + volumeStep * n |", "a formula"),
        ("| instanceIds.n | 否 | String | 如果实例id数组为空，默认查询所有实例的性能 |", "left out, in words"),
        ("| maxMsgHeapNum | 否 | Int | 默认取值在公测期间为 10,000,000，正式上线后为 100,000,000 |", "service's phase"),
        ("| threshold | 否 | Int | 告警阈值：<br>cpu_usage： 数值范围 [0,100]，单位：%<br>lan_traffic：数值范围 [0,10000]，单位：Mbps |", "another field's value"),
        ("| endTime | 否 | String | 定时任务重复执行时的结束时间，若定时任务需要重复执行，则必填此参数 |", "no field states"),
        ("| page | 否 | Int | 页面索引0 表示第 1 页 |", "special value"),
        ("| cert | 否 | String | PEM 格式证书,当启用 HTTPS 时必须配置证书 |", "no field states"),
        ("| requestTimeGreaterThan | 否 | Int | Time taken to process request is greater than value, which is valid when it is passed along with request_time_less_than. |", "takes effect"),
        ("| port | 否 | String | The port number should be between 0 and 65535, and multiple IPs are separated with comma. |", "range as a noun"),
        ("| cidrBlock | 否 | String | VPC网段,可选值10.0.0.0/16、172.16.0.0/16和192.168.0.0/16及它们包含的子网，详见 VPC 网段规划说明 |", "given elsewhere"),
        ("| password | 否 | String | Login password for the console (valid only when the sub-user is allowed to log in to the console) |", "takes effect"),
        ("| startTime | 否 | String | The start time, 2 minutes later by default |", "the current time"),
        ("| vpcId | 否 | String | 私有网络ID，如果不传则默认选择基础网络 |", "default resource"),
    ])
    func understoodAsNothingToCheck(_ row: String, _ why: String) throws {
        let operation = try ConstraintCoverageTests.operation(input: [row], output: ["| code | Int | 错误码 |"])
        let field = try #require(operation.input.first)
        #expect(field.enum == nil && field.minimum == nil && field.maximum == nil && field.default == nil && field.maxLength == nil)
        var coverage = ConstraintCoverage()
        coverage.add([operation])
        #expect(coverage.misses.isEmpty, "\(coverage.misses.map(\.sentence))")
        #expect(coverage.notConstraints.keys.contains { $0.contains(why) }, "\(coverage.notConstraints.keys)")
    }

    /// Each phrasing of the table recognises the sentence it was written from.
    @Test func everyPhrasingMatchesItsExample() {
        for phrasing in NonConstraintPhrasing.all {
            #expect(phrasing.pattern.firstMatch(in: phrasing.example) != nil, "\(phrasing.why): \(phrasing.example)")
        }
    }
}

/// A condition written with the meanings of the condition field's values (天御 `appId`:
/// `accountType 是 QQ 或微信开放账号时，该参数必填`): one rule per value it names; a meaning that
/// fits two values makes no rule.
@Suite struct ConditionByMeaningsTests {
    private func rules(_ sentence: String) -> [Rule] {
        TestPage.parse(input: ["| accountType | 是 | UInt | 用户账号类型<br/>0：其他账号<br/>1：QQ 开放帐号<br/>2：微信开放帐号<br/>4：手机账号 |",
                               "| appId | 否 | String | \(sentence) |"]).operation?.rules ?? []
    }

    @Test func oneRulePerValueNamed() {
        let read = rules("accountType 是 QQ 或微信开放帐号时，该参数必填，表示 QQ 或微信分配给网站或应用的appId")
        #expect(read.map(\.kind) == [.requiredIf, .requiredIf])
        #expect(read.map(\.field) == ["appId", "appId"])
        #expect(read.map(\.when) == ["accountType", "accountType"])
        #expect(read.map(\.equals) == ["1", "2"])
    }

    /// 帐 and 账 are one word: the sentence's `微信开放账号` names the value `微信开放帐号`.
    @Test func variantCharactersOfOneWord() {
        #expect(rules("accountType是QQ或微信开放账号时，该参数必填").map(\.equals) == ["1", "2"])
    }

    @Test func aMeaningOfTwoValuesMakesNoRule() {
        #expect(rules("accountType 是开放帐号时，该参数必填").isEmpty)
    }
}

/// `0：其他账号<br>1：QQ 开放帐号`: a meaning that starts with 其他 (other) on one line is no open
/// list marker for the next line's code (天御 `accountType`, `loginSource`: 14 fields had no
/// values); `其他：失败` still marks a list as open.
@Suite struct OtherAsAMeaningTests {
    @Test func theCodesAreRead() throws {
        let page = TestPage.parse(input: ["| accountType | 是 | UInt | 用户账号类型<br/>0：其他账号<br/>1：QQ 开放帐号<br/>2：微信开放帐号 |"])
        #expect(page.operation?.input.first?.enum?.map(\.value) == ["0", "1", "2"])
    }

    @Test func otherAsACodeStillOpensTheList() throws {
        let page = TestPage.parse(input: ["| status | 否 | Int | 0：成功<br>其他：失败 |"])
        #expect(page.operation?.input.first?.enum == nil)
    }
}

/// English defaults after the clause they end (直播 `Page size, 10 by default`).
@Suite struct EnglishDefaultTests {
    @Test(arguments: [("Page size, 10 by default", "10"), ("Number of records in a page, 20 by default.", "20"),
                      ("Bandwidth (Mbps), which is 100 by default", "100")])
    func theDefaultIsRead(_ description: String, _ value: String) throws {
        let page = TestPage.parse(input: ["| pageSize | 否 | Int | \(description) |"])
        #expect(page.operation?.input.first?.default == value)
    }
}

/// A one-value list, when the words say it is the only value (自定义监控 `period`: `目前必须填写300s
/// 暂不支持其他值`, where `其他值` no longer reads as "other values exist"; 云存储Mongodb `operation`:
/// `必须填newmongodb，表示新购实例`); a value in a clause that goes on is no list.
@Suite struct OneValueListTests {
    @Test(arguments: [
        ("Int", "统计周期，以秒为单位，目前必须填写300s暂不支持其他值", ["300"]),
        ("String", "必须填newmongodb，表示新购实例", ["newmongodb"]),
        ("String", "协议类型，目前只支持 TCP", ["TCP"]),
        ("String", "回调 URL，必须为https，否则无法回调", nil),
    ] as [(String, String, [String]?)])
    func theLoneValue(_ type: String, _ description: String, _ values: [String]?) throws {
        let page = TestPage.parse(input: ["| x | 否 | \(type) | \(description) |"])
        #expect(page.operation?.input.first?.enum?.map(\.value) == values)
    }
}

/// A fact the page settles by itself is in its own schema: members written without an index under
/// a list (`data.aclSet | Array` with `data.aclSet.vpcId`) are the elements' when the page's own
/// example shows a list of objects (私有网络 `DescribeAcl`); before, only the resolved schema said so.
@Suite struct ExampleSettledElementsTests {
    @Test func theMembersAreTheElements() throws {
        let page = TestPage.parse(input: ["| vpcId | 否 | String | VPC |"],
                                  output: ["| code | Int | 错误码 |", "| aclSet | Array | ACL 列表 |", "| aclSet.vpcId | String | VPC ID |",
                                           "| aclSet.aclName | String | 名称 |"],
                                  after: ["## 示例", "```", "https://a.api.qcloud.com/v2/index.php?Action=A&vpcId=vpc-1", "```", "```",
                                          #"{"code": 0, "aclSet": [{"vpcId": "vpc-1", "aclName": "a"}, {"vpcId": "vpc-2", "aclName": "b"}]}"#, "```"])
        let aclSet = try #require(page.operation?.output.first { $0.name == "aclSet" })
        #expect(aclSet.type == .array)
        #expect(aclSet.fields == nil)
        #expect(aclSet.item?.fields?.map(\.name) == ["vpcId", "aclName"])
    }

    /// An example of one object leaves the members where the table puts them.
    @Test func anObjectExampleChangesNothing() throws {
        let page = TestPage.parse(input: ["| vpcId | 否 | String | VPC |"],
                                  output: ["| code | Int | 错误码 |", "| acl | Object | ACL |", "| acl.vpcId | String | VPC ID |"],
                                  after: ["## 示例", "```", "https://a.api.qcloud.com/v2/index.php?Action=A&vpcId=vpc-1", "```", "```",
                                          #"{"code": 0, "acl": {"vpcId": "vpc-1"}}"#, "```"])
        let acl = try #require(page.operation?.output.first { $0.name == "acl" })
        #expect(acl.type == .object && acl.fields?.map(\.name) == ["vpcId"])
    }
}

/// Numbers as the docs spell them: `100万 - 10亿` and `默认1亿` (消息队列 `maxMsgHeapNum`), and a
/// default with thousands separators (STS `durationSeconds`: `Default is 1,800 seconds.` was read
/// as 1); a `K` or `G` bound (`0~100K`) says nothing checkable, its base unstated.
@Suite struct SpelledNumberTests {
    @Test func chineseMagnitudes() throws {
        let field = try #require(TestPage.parse(input: ["| maxMsgHeapNum | 否 | Int | 最大消息堆积数目，范围（100万 - 10亿），单位个，默认1亿 |"]).operation?.input.first)
        #expect(field.minimum == 1_000_000 && field.maximum == 1_000_000_000 && field.default == "100000000")
    }

    @Test func aDefaultWithThousandsSeparators() throws {
        let field = try #require(TestPage.parse(input: ["| durationSeconds | 否 | Int | The validity period of the temporary credentials (in seconds). Default is 1,800 seconds. The maximum value is 7,200 seconds. |"]).operation?.input.first)
        #expect(field.default == "1800")
        #expect(field.maximum == 7200)
    }

    @Test func aMinimumLengthInBytes() throws {
        let field = try #require(TestPage.parse(input: ["| msgBody | 是 | String | 至少1Byte，最大长度受限于设置的队列消息最大长度属性 |"]).operation?.input.first)
        #expect(field.minLength == 1 && field.maxLength == nil)
    }

    @Test(arguments: ["速率，范围（0~100K），单位次每秒，默认5K", "取值范围在公测期间为 1,000,000 - 10,000,000，正式上线后范围可达到 1000,000-1000,000,000"])
    func boundsThatSayNothingCheckable(_ description: String) throws {
        let operation = try ConstraintCoverageTests.operation(input: ["| rate | 否 | Int | \(description) |"], output: ["| code | Int | 错误码 |"])
        let field = try #require(operation.input.first)
        #expect(field.minimum == nil && field.maximum == nil)
        var coverage = ConstraintCoverage()
        coverage.add([operation])
        #expect(coverage.misses.isEmpty, "\(coverage.misses.map(\.sentence))")
    }
}

/// Codes in ASCII quotes before a colon (内容分发网络 `format`: `"ip_block"：以 IP C 段格式返回`), a code
/// after 其中 (`其中0表示配置为所有文件，1表示…`), a default after 返回 (`不填充时默认返回 ip_list`); a
/// JSON example's keys are no codes (访问管理 `policyDocument`).
@Suite struct QuotedCodeTests {
    @Test(arguments: [
        ("String", "显示格式，不填充时默认返回 ip_list。<br/>\"ip_block\"：以 IP C 段格式返回。<br/>\"ip_list\"：以详细 IP 模式返回。", ["ip_block", "ip_list"], "ip_list"),
        ("Int", "类型，共有两种类型，其中0表示配置为所有文件，1表示配置为文件类型", ["0", "1"], nil),
        ("String", "策略文档，示例：{\"version\":\"2.0\",\"statement\":[{\"action\":\"name/sts:AssumeRole\",\"effect\":\"allow\",\"principal\":{\"service\":[\"cloudaudit.cloud.tencent.com\"]}}]}，principal用于指定角色的授权对象", nil, nil),
    ] as [(String, String, [String]?, String?)])
    func read(_ type: String, _ description: String, _ values: [String]?, _ defaultValue: String?) throws {
        let field = try #require(TestPage.parse(input: ["| x | 否 | \(type) | \(description) |"]).operation?.input.first)
        #expect(field.enum?.map(\.value) == values)
        #expect(field.default == defaultValue)
    }
}

/// `lint --coverage` counts an English constraint word only as a word: `invalid` and `validity`
/// hold no `valid` (云存储Mongodb `subnetId is invalid under basic network`).
@Suite struct CoverageWordTests {
    @Test func englishWordsOnlyAsWords() {
        #expect(ConstraintCoverage.wordOccurrences(in: "subnetId is invalid under basic network").isEmpty)
        #expect(ConstraintCoverage.wordOccurrences(in: "Validity period of instance").isEmpty)
        #expect(ConstraintCoverage.wordOccurrences(in: "Valid values: a, b").map(\.word) == ["Valid"])
        #expect(ConstraintCoverage.wordOccurrences(in: "the defaults apply").map(\.word) == ["default"])
    }
}

/// Defaults after a verb or for the parameter left out: `默认保留7天` (云硬盘 `RetentionDays`),
/// `不传为-1表示不开启` (API 网关 `maxRequestNum`). A default of another quantity is none of the
/// field's: 自定义监控 `constancy` (a count of periods) is not 300 for `当前默认周期为300s`.
@Suite struct DefaultVerbTests {
    @Test(arguments: [("通过该定期快照策略创建的快照保留天数，默认保留7天，该参数不可与IsPermanent参数冲突", "7"),
                      ("请求配额总数，不传为-1表示不开启", "-1")])
    func theDefaultIsRead(_ description: String, _ value: String) throws {
        let field = try #require(TestPage.parse(input: ["| x | 否 | Int | \(description) |"]).operation?.input.first)
        #expect(field.default == value)
    }

    @Test func anotherQuantitysDefaultIsNone() throws {
        let field = try #require(TestPage.parse(input: ["| constancy | 否 | Int | 持续周期个数，当前默认周期为300s |"]).operation?.input.first)
        #expect(field.default == nil)
    }
}

/// Value lists of the fourth session's families, each from the docs' own sentences: one value
/// and its meaning after an intro, all there is (BGP 高防 IP `sorting.field`, 云拨测 `operate`,
/// 大禹 `statType`); `之一` closing a list (云拨测 `period`); comparison operators in brackets
/// (自定义监控 `operatorType`); meanings before codes on `<li>` lines (云硬盘 `DiskType`); a quoted
/// code whose meaning starts in Latin (内容分发网络 `hostType`); lengths in 字母 and after 最大支持.
@Suite struct FourthSessionFamilyTests {
    @Test(arguments: [
        ("String", "取值范围：count，表示以攻击峰值排序", ["count"]),
        ("String", "目前取值仅支持 lt (小于)", ["lt"]),
        ("String", "可选值：flux（流量）", ["flux"]),
        ("Int", "拨测周期。取值可为1,5,15,30之一, 单位：分钟。", ["1", "5", "15", "30"]),
        ("String", "操作符，取值为（>、< 、>=、 <= 、!=、==），表示告警规则中的比较方式", [">", "<", ">=", "<=", "!=", "=="]),
        ("String", "云硬盘类型。取值范围：<li>普通云硬盘：CLOUD_BASIC</li><li>高性能云硬盘：CLOUD_PREMIUM</li><li>SSD云硬盘：CLOUD_SSD。", ["CLOUD_BASIC", "CLOUD_PREMIUM", "CLOUD_SSD"]),
        ("String", "域名类型， 'cname' 表示自有源接入，‘ftp' 表示 FTP 源接入", ["cname", "ftp"]),
        // A lone value followed by other ASCII words is not all there is; nor one without a meaning.
        ("String", "取值范围：true，表示开启；false，表示关闭", nil),
        ("String", "取值范围：count，表示按次数，其他值表示按峰值", nil),
    ] as [(String, String, [String]?)])
    func values(_ type: String, _ description: String, _ values: [String]?) throws {
        let field = try #require(TestPage.parse(input: ["| x | 否 | \(type) | \(description) |"]).operation?.input.first)
        #expect(field.enum?.map(\.value) == values)
    }

    @Test(arguments: [
        ("命名空间：支持英文、数字及下划线，不超过32个字母", 32),
        ("函数描述,最大支持 1000 个英文字母、数字、空格、逗号、换行符和英文句号，不支持中文", 1000),
    ])
    func lengths(_ description: String, _ maximum: Int) throws {
        let field = try #require(TestPage.parse(input: ["| x | 否 | String | \(description) |"]).operation?.input.first)
        #expect(field.maxLength == maximum)
    }

    /// Sentences that say nothing a validator can check, counted apart (never read into a bound).
    @Test(arguments: [
        ("String", "源站的 IP 列表，一条规则不超过20个 IP"),
        ("Array", "防护前流量峰值，即这段时间粒度内的流量最大值，例如粒度是5分钟，表示5分钟之内的峰值"),
        ("Int", "门限百分比。比如：80，表示80%。成功率低于80%时告警。"),
        ("Int", "云硬盘大小，单位为GB。<br><li>云盘大小取值范围：普通云硬盘:10GB - 4000G；高性能云硬盘：50GB - 4000GB；SSD云硬盘：100GB - 4000GB。步长均为10GB"),
        ("Int", "Session duration. <br>Value range for listeners with TCP or UDP protocols on public network (with daily rate): 900-3600; value range for listeners with HTTP or HTTPS protocols on public network (with daily rate): 30-3600"),
        ("String", "权重回源配置。源站仅允许配置 IP，且 key 值与 “origin” 字段配置源站相同，value 值为权重，权重范围1 - 100。"),
        ("String", "SAML 身份提供商元数据文档。需要以 Base64 编码，支持最大数据为 64KB。"),
        ("String", "被加密的明文数据，该字符串必须使用 base64 编码。"),
        ("String", "免密登录的uin，必须为请求方的主帐号uin或者协作者uin"),
        ("Object", "容器卷定义，如果 volumes.n 不填，容器对象里的 volumeMounts.n 字段也必须不填"),
        ("Int", "消息最长回溯时间，取值范围 0-msgRetentionSeconds"),
        ("String", "下单时间范围起始，格式为 2016-11-11 00:00:00"),
        ("String", "非NB-IoT产品时此字段无效，NB-IoT产品时此字段必填"),
        ("String", "绑定自定义域名的协议类型，默认与服务的前端协议一致。"),
    ])
    func nothingToCheck(_ type: String, _ description: String) throws {
        let operation = try ConstraintCoverageTests.operation(input: ["| x | 否 | \(type) | \(description) |"], output: ["| code | Int | 错误码 |"])
        let field = try #require(operation.input.first)
        #expect(!ConstraintCoverage.hasConstraint(field), "\(field)")
        var coverage = ConstraintCoverage()
        coverage.add([operation])
        #expect(coverage.misses.isEmpty && coverage.notConstraintCount == 1, "\(coverage.misses.map(\.sentence))")
    }
}

/// A variant caption that names the discriminator and the container (API 网关 `DescribeApi`:
/// `其中，当 API 的后端服务类型 serviceType 是 HTTP 时，后端配置 serviceConfig的构成如下：`) puts the
/// rows under the container; the discriminator keeps its type and values.
@Suite struct VariantCaptionTests {
    @Test func theRowsAreTheContainers() throws {
        let page = TestPage.parse(input: ["| apiId | 是 | String | API 接口 ID |"],
                                  output: ["| code | Int | 错误码 |", "| serviceType | String | API 的后端服务类型，现在支持三种：HTTP，MOCK，SCF |",
                                           "| serviceConfig | Object | API 的后端配置字典，只有后端服务类型是 HTTP 时才有此出参 |"],
                                  after: ["", "其中，当 API 的后端服务类型 serviceType 是 HTTP 时，后端配置 serviceConfig的构成如下：", "",
                                          "| 参数名称   | 类型     | 描述                 |", "| ------ | ------ | ------------------ |",
                                          "| url    | String | API 的后端服务 URL       |", "| method | String | API 的后端服务请求方法，如 GET |"])
        let output = try #require(page.operation?.output)
        let serviceType = try #require(output.first { $0.name == "serviceType" })
        #expect(serviceType.type == .string && serviceType.fields == nil)
        #expect(serviceType.enum?.map(\.value) == ["HTTP", "MOCK", "SCF"])
        let serviceConfig = try #require(output.first { $0.name == "serviceConfig" })
        #expect(serviceConfig.fields?.map(\.name) == ["url", "method"])
    }
}

/// Conditions written as the docs write them beyond a field's name and value (BGP 高防 IP's CC
/// strategies): the row required as a verb before it (`需要携带此参数`, `要带此参数`), `的值是`, the
/// condition's field named by what it is (`当策略模式是 speedlimit 时` beside `smode | 策略模式，…`),
/// and a condition in the required column (消息队列 `filterType=1时必选`).
@Suite struct ConditionPhrasingTests {
    private static let strategy = ["| smode | 是 | String | 策略模式，matching 或 speedlimit，表示匹配或限速模式 |",
                                   "| exemode | 是 | String | 执行方式，alg 或 drop，表示验证码或阻断方式 |"]

    private func rules(_ rows: [String]) -> [String] {
        (TestPage.parse(input: rows).operation?.rules ?? []).map { "\($0.field ?? "") if \($0.when ?? "")=\($0.equals ?? "")" }
    }

    @Test func theRowRequiredAsAVerb() {
        #expect(rules(Self.strategy + ["| rulelist | 否 | Array | 当 smode 的值是 matching 时，需要携带此参数 |"]) == ["rulelist if smode=matching"])
    }

    @Test func theConditionsFieldByWhatItIs() {
        #expect(rules(Self.strategy + ["| frequency | 否 | Integer | 限速频率，当策略模式是 speedlimit 时，要带此参数，表示 n 次访问/分钟 |"])
            == ["frequency if smode=speedlimit"])
        // Words that open no sibling's description, or a value the sibling does not name, make no rule.
        #expect(rules(Self.strategy + ["| frequency | 否 | Integer | 当防护模式是 speedlimit 时，要带此参数 |"]).isEmpty)
        #expect(rules(Self.strategy + ["| frequency | 否 | Integer | 当策略模式是 fast 时，要带此参数 |"]).isEmpty)
    }

    @Test func aConditionInTheRequiredColumn() {
        #expect(rules(["| filterType | 否 | Int | 过滤类型，1：标签过滤，2：路由键过滤 |", "| filterTags.n | filterType=1时必选 | String | 消息标签 |"])
            == ["filterTags if filterType=1"])
    }
}
