import APISchema
@testable import DocParser
import Testing

/// Constraint sentences (SURVEY.md §7), one row per form.
@Suite struct ConstraintTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var type: FieldType
        var values: [String] = []
        var defaultValue: String?
        var range: ClosedRange<Double>?
        var length: (Int?, Int?) = (nil, nil)
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "可选值：'3des-cbc','aes-cbc-128','des-cbc'，默认为3des-cbc，更多详见产品说明文档。", type: .string,
            values: ["3des-cbc", "aes-cbc-128", "des-cbc"], defaultValue: "3des-cbc"),
        Row(text: "PFS：可选值：'null','dh-group1'，默认为null。", type: .string, values: ["null", "dh-group1"], defaultValue: "null"),
        Row(text: "取值：'a','b'", type: .string, values: ["a", "b"]),
        Row(text: "协议，可选值：tcp、udp。", type: .string, values: ["tcp", "udp"]),
        Row(text: "带宽，只支持：5、10、20、50、100，单位 Mb。", type: .integer, values: ["5", "10", "20", "50", "100"]),
        Row(text: "类型。0：公网网关；1：VPN 网关；3：专线网关", type: .integer, values: ["0", "1", "3"]),
        Row(text: "PREPAID：预付费，即包年包月， POSTPAID_BY_HOUR：按小时后付费。", type: .string, values: ["PREPAID", "POSTPAID_BY_HOUR"]),
        Row(text: "默认值1\n1：VPC 间互通\n2：VPC 与黑石网络互通", type: .integer, values: ["1", "2"], defaultValue: "1"),
        Row(text: "自动续费标识。取值范围：是否开启自动续费， {1：开启自动续费, 0：不自动续费} 自动续费是指…", type: .string, values: ["1", "0"]),
        Row(text: "时长，单位：月。取值范围：1、2、3、12、24、36。", type: .integer, values: ["1", "2", "3", "12", "24", "36"]),
        Row(text: "错误码，0：成功，其他值：失败", type: .integer),
        Row(text: "状态。0：成功，1：失败，其他：未知", type: .integer),
        Row(text: "IKE SA Lifetime，单位：秒，取值范围：60-604800，更多详见产品说明文档。", type: .integer, range: 60...604800),
        Row(text: "取值范围：1-60个中文、英文大小写的字母", type: .string, length: (1, 60)),
        Row(text: "网段，取值范围：10.0.0.0/16、172.16.0.0/16", type: .string, values: []),
        Row(text: "网段，取值范围：10.0.0.0/16", type: .integer),
        Row(text: "通道名称，可任意命名，但不得超过60个字符。", type: .string, length: (nil, 60)),
        Row(text: "支持1-25个中文、英文大小写的字母、数字和下划线分隔符", type: .string, length: (1, 25)),
        Row(text: "本端标识，localAddress默认为vpn网关公网IP", type: .string),
        Row(text: "可用区，默认为zoneId的值", type: .string),
        Row(text: "带宽上限，默认: 100Mbps", type: .integer, defaultValue: "100"),
        Row(text: "偏移量，默认为0。", type: .integer, defaultValue: "0"),
        Row(text: "带宽，默认不限制。", type: .string),
        Row(text: "最大并发连接数，例如：1000000、3000000、10000000", type: .integer),
        Row(text: "SPD策略组，json格式，例如：{\"10.0.0.5/24\":[\"172.123.10.5/16\"]}", type: .string),
        Row(text: "返回数量，最大值为100", type: .integer, range: nil),
    ]

    @Test(arguments: rows)
    func reads(_ row: Row) {
        let result = ConstraintReader.read(row.text, type: row.type)
        #expect(result.enumValues.map(\.value) == row.values)
        #expect(result.defaultValue == row.defaultValue)
        if let range = row.range {
            #expect(result.minimum == range.lowerBound)
            #expect(result.maximum == range.upperBound)
        } else if !row.text.contains("最大值") {
            #expect(result.minimum == nil && result.maximum == nil)
        }
        #expect(result.minLength == row.length.0)
        #expect(result.maxLength == row.length.1)
    }

    @Test func upperBoundAlone() {
        let result = ConstraintReader.read("返回数量，最大值为100", type: .integer)
        #expect(result.maximum == 100 && result.minimum == nil)
    }

    @Test func codeListsKeepTheirMeanings() {
        let result = ConstraintReader.read("0：公网网关；1：VPN 网关", type: .integer)
        #expect(result.enumValues == [EnumValue(value: "0", description: "公网网关"), EnumValue(value: "1", description: "VPN 网关")])
    }

    @Test func constraintsKeepTheirSentence() {
        let result = ConstraintReader.read("IKE配置，取值范围：60-604800，更多详见。", type: .integer)
        #expect(result.sources == ["IKE配置，取值范围：60-604800，更多详见"])
    }

    @Test func saysJSON() {
        #expect(ConstraintReader.read("SPD策略组，json格式，例如：{}", type: .string).saysJSON)
        #expect(!ConstraintReader.read("名称", type: .string).saysJSON)
    }
}
