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
        // A list that goes on (`等`, etc.) gives examples of the values, not all of them
        // (自定义监控 创建指标聚合; VPC 安全组规则).
        Row(text: "为聚合的维度添加统计方式，包括 max、min、last、sum、avg 等", type: .string),
        Row(text: "网络协议，支持 udp、tcp、icmp 等，无则表示全协议", type: .string),
        Row(text: "网络协议，支持 udp、tcp、icmp", type: .string, values: ["udp", "tcp", "icmp"]),
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
        // No unit declared: `100Mbps` may be 100 (Mbps) or 100,000,000 (bps), so it is not read;
        // with `单位:Mbps` on the page it is (below).
        Row(text: "带宽上限，默认: 100Mbps", type: .integer),
        Row(text: "偏移量，默认为0。", type: .integer, defaultValue: "0"),
        Row(text: "带宽，默认不限制。", type: .string),
        Row(text: "最大并发连接数，例如：1000000、3000000、10000000", type: .integer),
        Row(text: "SPD策略组，json格式，例如：{\"10.0.0.5/24\":[\"172.123.10.5/16\"]}", type: .string),
        Row(text: "返回数量，最大值为100", type: .integer, range: nil),
        // Phrasings of the dev trees (ConstraintPhrasings.swift), one row each.
        Row(text: "数据盘类型。有四种取值：若为1，表示本地硬盘。若为2，表示普通云硬盘。若为3，表示本地 SSD 硬盘。", type: .integer, values: ["1", "2", "3"]),
        Row(text: "带宽的类型。只有两种取值：若为 PayByHour，表示按带宽使用时长计费。若为 PayByTraffic，表示按流量计费。", type: .string,
            values: ["PayByHour", "PayByTraffic"]),
        Row(text: "是否开通外网 IP。只有两种取值：若为1，表示开通，若为0，表示不开通。默认是开通的。", type: .integer, values: ["1", "0"], defaultValue: "1"),
        Row(text: "是否开启强制打散，1为是，0为否", type: .integer, values: ["1", "0"]),
        Row(text: "容器启动参数，true 为开启，false 为关闭，区分大小写", type: .boolean, values: ["true", "false"]),
        Row(text: "容器对卷的访问方式，ro 为只读，rw 为读写", type: .string, values: ["ro", "rw"]),
        Row(text: "移除策略。只有两种取值：\nRemoveOldestInstance，表示移除最旧策略。\nRemoveNewestInstance，表示移除最新策略。", type: .string,
            values: ["RemoveOldestInstance", "RemoveNewestInstance"]),
        Row(text: "消费类型。输出到 Kafka 请传“kafka”，输出到CKafka 请传“ckafka”，输出到 CLS 请传“cls”", type: .string, values: ["kafka", "ckafka", "cls"]),
        Row(text: "伸缩类型，可选 manualScale 和 autoScale，不填写默认为 manualScale 类型", type: .string,
            values: ["manualScale", "autoScale"], defaultValue: "manualScale"),
        Row(text: "协议，必须是  TCP 或者 UDP", type: .string, values: ["TCP", "UDP"]),
        Row(text: "容器卷类型，目前支持 hostPath、cbsDisk、configMap 和 nfsDisk\n（对于 cbsDisk 类型，服务的实例数目只能是 1，因为…）", type: .string,
            values: ["hostPath", "cbsDisk", "configMap", "nfsDisk"]),
        Row(text: "亲和性的操作符，可为 In，NotIn，Exists，DoesNotExist，Gt，Lt", type: .string, values: ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"]),
        Row(text: "检查类型：methodTcp，methodHttp，methodCmd", type: .string, values: ["methodTcp", "methodHttp", "methodCmd"]),
        Row(text: "TRAFFIC_POSTPAID_BY_HOUR 或者 BANDWIDTH_POSTPAID_BY_HOUR", type: .string, values: ["TRAFFIC_POSTPAID_BY_HOUR", "BANDWIDTH_POSTPAID_BY_HOUR"]),
        Row(text: "是否开启：1（开启）、0（关闭）。", type: .integer, values: ["1", "0"]),
        Row(text: "例如：a、b、c", type: .string),
        Row(text: "协议 ( TCP / UDP )", type: .string, values: ["TCP", "UDP"]),
        // English twins.
        Row(text: "IKE configuration, encryption algorithm. Available values include 3des-cbc, aes-cbc-128, aes-cbc-192, aes-cbc-256 and des-cbc. The default is 3des-cbc. See the product instruction for details.",
            type: .string, values: ["3des-cbc", "aes-cbc-128", "aes-cbc-192", "aes-cbc-256", "des-cbc"], defaultValue: "3des-cbc"),
        Row(text: "IKE configuration, IKE SA Lifetime, unit: second. Value range: 60-604800. See the product instruction for details.", type: .integer,
            range: 60...604800),
        Row(text: "Number of lines per page. Default is 20. Maximum is 50.", type: .integer, defaultValue: "20"),
        Row(text: "VPN connection name, up to 60 characters.", type: .string, length: (nil, 60)),
        Row(text: "Peer address. Default: the public IP of the VPN gateway.", type: .string),
        Row(text: "触发原因。当前为固定值“IMAGE_PUSH”，表示由镜像推送引起触发", type: .string, values: ["IMAGE_PUSH"]),
        Row(text: "网段，如 (10.0.0.0/16)", type: .string),
        Row(text: "按时间排序的，desc 降序，asc 升序", type: .string, values: ["desc", "asc"]),
        Row(text: "收集类型。“container-log”代表收集容器日志，“host-log”代表收集主机日志", type: .string, values: ["container-log", "host-log"]),
        Row(text: "监控统计周期。支持 60，300，3600，86400，单位秒。", type: .integer, values: ["60", "300", "3600", "86400"]),
        Row(text: "起始时间，如 \" 2016-01-01 10:25:00 \"", type: .string),
        // English twins and the dev trees' other phrasings (session 4).
        Row(text: "TaskInstance失败后处理方式，取值包括TERMINATE（默认）、INTERRUPT、FAST_INTERRUPT。", type: .string,
            values: ["TERMINATE", "INTERRUPT", "FAST_INTERRUPT"], defaultValue: "TERMINATE"),
        Row(text: "Value range: PENDING|AVAILABLE|ATTACHING|DETACHING|DELETING.", type: .string,
            values: ["PENDING", "AVAILABLE", "ATTACHING", "DETACHING", "DELETING"]),
        Row(text: "Purchased usage period (in month). Value range: 1, 2, 3, 12, 24, 36.", type: .integer, values: ["1", "2", "3", "12", "24", "36"]),
        Row(text: "Number of logs. Value range: [0,500].", type: .integer, range: 0...500),
        Row(text: "Timeout. An integer between 2-60 seconds.", type: .integer, range: 2...60),
        Row(text: "The length range is between 1 and 80 characters.", type: .string, length: (1, 80)),
        Row(text: "Currently, sorting by createTime (default) and vpcName is supported.", type: .string, values: ["createTime", "vpcName"], defaultValue: "createTime"),
        Row(text: "Number of topics. If the parameter is not passed, the default value of 20 will be taken.", type: .integer, defaultValue: "20"),
        Row(text: "Bandwidth (unit: Mbps), which is 100 Mbps by default.", type: .integer, defaultValue: "100"),
        Row(text: "Health check path. Default is /. Path must start with /.", type: .string, defaultValue: "/"),
        Row(text: "dockerd --graph 指定值, 默认为 /var/lib/docker", type: .string, defaultValue: "/var/lib/docker"),
        Row(text: "监控统计周期，默认为取值为300，单位为s", type: .integer, defaultValue: "300"),
        Row(text: "付费模式，目前只有预付费，即只能取值为PREPAID", type: .string, values: ["PREPAID"]),
        Row(text: "最长为60个字符", type: .string, length: (nil, 60)),
        Row(text: "指标名称，最大长度255字节", type: .string, length: (nil, 255)),
        Row(text: "需保证不同请求之间唯一，最大值不超过64个ASCII字符", type: .string, length: (nil, 64)),
        Row(text: "新密码（长度需要>= 8 以及<= 16 ）", type: .string, length: (8, 16)),
        Row(text: "监控指标的名称，最小为1个字符，最大为64个字符", type: .string, length: (1, 64)),
        Row(text: "按某个字段排序，目前仅支持createTime,vpnGwName排序，默认按createTime排序", type: .string,
            values: ["createTime", "vpnGwName"], defaultValue: "createTime"),
        Row(text: "流日志描述，默认为\"\"，可选项", type: .string, defaultValue: ""),
        Row(text: "是否是默认 vpc", type: .string),
        Row(text: "当前支持60s和300s两种粒度，如不传，默认使用300s粒度", type: .integer, values: ["60", "300"], defaultValue: "300"),
        Row(text: "维度名称，入参必须为 resourceId", type: .string, values: ["resourceId"]),
        Row(text: "快照类型必须为数据盘快照", type: .string),
        Row(text: "排序方式，1倒序，0顺序，默认顺序", type: .integer, values: ["1", "0"], defaultValue: "0"),
        Row(text: "节点的类型，默认按量计费\nPayByHour：按量计费\nPayByMonth：包年包月", type: .string,
            values: ["PayByHour", "PayByMonth"], defaultValue: "PayByHour"),
        Row(text: "最多5个，3个以内", type: .integer, range: 0...5),
        Row(text: "路由描述，支持60内个字符", type: .string, length: (nil, 60)),
        Row(text: "用户的标识，长度为32位", type: .string, length: (32, 32)),
        Row(text: "Number. By default, the backend will take the value as 0", type: .integer, defaultValue: "0"),
        // One range per case (`cpu_usage：[0,100]`, `lan_intraffic：>0`): none is the field's.
        Row(text: "告警阈值：\ncpu_usage： 数值范围 [0,100]，单位：%\nmem_usage：数值范围 [0,100]，单位：%\nlan_outtraffic：数值范围 >0", type: .integer),
        Row(text: "IKE 配置，本端标识，当 localIdentity 选为 address 时，localAddress 必填。localAddress 默认为 VPN 网关公网 IP", type: .string),
        Row(text: "重试策略。取值有两种：\n（1）BACKOFF_RETRY，退避重试。\n（2）EXPONENTIAL_DECAY_RETRY，指数衰退重试。", type: .string,
            values: ["BACKOFF_RETRY", "EXPONENTIAL_DECAY_RETRY"]),
        Row(text: "支持按字段排序，支持的字段包括invoke_time，trigger_name，repo_name 这三个字段", type: .string,
            values: ["invoke_time", "trigger_name", "repo_name"]),
        Row(text: "检查成功阈值，范围： 1 - 10次，liveCheck 只能为1 。表示需要连续检测成功的次数", type: .integer, range: 1...10),
        Row(text: "0：表示成功，4440：队列不存在，其他返回值的含义可以参考错误码", type: .integer),
        // Ranges that are not lists; bounds that would be wrong are not read.
        Row(text: "监听端口，可选值：1~65535", type: .integer, range: 1...65535),
        Row(text: "重试次数，取值范围[0, 3]", type: .integer, range: 0...3),
        Row(text: "取值范围为 1,000,000 - 10,000,000", type: .integer, range: 1_000_000...10_000_000),
        Row(text: "数据盘大小。若为本地盘，可选范围在0 - 500G。若为云硬盘，可选范围在0 - 4000G。", type: .integer),
        Row(text: "数据盘大小，单位为GB，步长为10GB。若为本地盘，可选范围在0 - 500G。若为云硬盘，可选范围在0 - 4000G。具体限制详见 [产品分类](/document/product/362/2353)。", type: .integer),
        Row(text: "系统盘大小。Linux 系统调整范围为 20 - 50G，步长为 1", type: .integer, range: 20...50),
        Row(text: "带宽上限，必须大于 0", type: .integer, range: 1...Double.infinity),
        Row(text: "是否开通公网 IP\n0：不开通\n1：开通\nbandwidth 大于 0，可自选择开通与否，默认开通公网 IP", type: .integer, values: ["0", "1"], defaultValue: "1"),
        Row(text: "取值范围在公测期间为 1,000,000 - 10,000,000", type: .integer),
        Row(text: "速率，范围（0~100K），单位次每秒，默认5K。", type: .integer),
        Row(text: "端口，范围：1 - 65535，当 checkMethod 为 methodTcp 时有效。请求返回的 httpcode 的范围在 200 - 399 ，则认为探测成功", type: .integer,
            range: 1...65535),
        Row(text: "容器需要分配内存的量 ( 单位：MiB )，建议最小为4MiB", type: .integer),
        // English twins (vpc, clb); a number is read whole (`最多60个字符` is no bound of 6).
        Row(text: "Protocol: TCP, UDP or ALL.", type: .string, values: ["TCP", "UDP", "ALL"]),
        Row(text: "Bandwidth, supported values: 5, 10, 20, 50, 100 (in Mb).", type: .integer, values: ["5", "10", "20", "50", "100"]),
        Row(text: "Indicate whether auto renewal is enabled. 0 indicates that the instance is not automatically renewed; 1 indicates that the instance is automatically renewed.",
            type: .integer, values: ["0", "1"]),
        Row(text: "Type of Direct Connect gateway; 0: Non-NAT; 1: NAT. Default is non-NAT", type: .integer, values: ["0", "1"], defaultValue: "0"),
        Row(text: "1: Descending; 0: Ascending. The default is descending by creation time.", type: .integer, values: ["1", "0"], defaultValue: "1"),
        Row(text: "Tunnel name; its length should be limited to 60 characters.", type: .string, length: (nil, 60)),
        Row(text: "VPC name. It should be within 60 characters.", type: .string, length: (nil, 60)),
        Row(text: "Number of month you want to purchase (up to 36)", type: .integer, range: 0...36),
        Row(text: "Example: a, b or c.", type: .string),
        Row(text: "名称，最多60个字符", type: .integer),
        Row(text: "Up to 60 characters", type: .integer),
        Row(text: "访问的目的 IP，支持 IP、IP 段（CIDR 格式），如果不填写指所有 IP。", type: .string),
        Row(text: "负载均衡监听器的会话保持时间，可选值：0或者30~3600，默认值0。", type: .integer, defaultValue: "0"),
        // English prose with colons: no codes from `Length limit:` or `are supported:`; flags inside
        // a range are no list of the values; a code list over lines is.
        Row(text: "Domain name. Length limit: 1-80. Three formats are supported: non-regular expression, wildcard and regular expression.",
            type: .string, length: (1, 80)),
        Row(text: "ENI mac address, for example: 02: 81: 60: cb: 27: 37", type: .string),
        Row(text: "新的实例到期时间（yyyy-MM-dd HH:mm:ss）", type: .string),
        Row(text: "Value range: 1-31. The default is 31.\n1: healthy on 1xx; 2: healthy on 2xx; 4: healthy on 3xx; 8: healthy on 4xx; 16: healthy on 5xx.",
            type: .integer, defaultValue: "31", range: 1...31),
        Row(text: "Network type of the CLB instance:\n2: Public network-based, 3: Private network-based.", type: .integer, values: ["2", "3"]),
        Row(text: "运营商 ID\n0：电信； 1：联通； 2：移动", type: .integer, values: ["0", "1", "2"]),
        Row(text: "Tunnel metric traffic, unit: bps. Collected every 5 minutes. Example: data[1] means the traffic at the second point.", type: .string),
        Row(text: "Docker Hub填写“[user/repo]:[tag]”，Tencent Registry填写“ccr.ccs.tencentyun.com/[namespace/repo]:[tag]”", type: .string),
        // English values with a gloss each; a gloss on one item glosses the list (unless a unit).
        Row(text: "Forwarding method. Available values: wrr (weighted round robin), ip_hash (IP hash) and least_conn (least connections). Default is wrr.",
            type: .string, values: ["wrr", "ip_hash", "least_conn"], defaultValue: "wrr"),
        Row(text: "Indicate whether to enable Health Check: 1 (On) and 0 (Off). Default is 1.", type: .integer, values: ["1", "0"], defaultValue: "1"),
        Row(text: "Search field: name, domain, and VIP (fuzzy match).", type: .string),
        Row(text: "Public network bandwidth setting. Available bandwidth specifications: 5, 10, 20, 50, and 100 (in Mbps)", type: .integer,
            values: ["5", "10", "20", "50", "100"]),
        Row(text: "Protocol: TCP, UDP or ALL. Default is TCP.", type: .string, values: ["TCP", "UDP", "ALL"], defaultValue: "TCP"),
        Row(text: "Forwarding method. Available values: wrr (polling by weight),\nleast_conn\n(minimum number of connections). Default is wrr.",
            type: .string, values: ["wrr", "least_conn"], defaultValue: "wrr"),
        Row(text: "消息最大长度。取值范围 1024-65536 Byte（即1-64K），默认值 65536。", type: .integer, defaultValue: "65536", range: 1024...65536),
        Row(text: "网关最大外网出带宽(单位:Mbps)，默认: 100Mbps", type: .integer, defaultValue: "100"),
        Row(text: "包年包月自动续费标识。取值范围：\nNOTIFY_AND_AUTO_RENEW：通知过期且自动续费\nNOTIFY_AND_MANUAL_RENEW：通知过期不自动续费\n默认取值：NOTIFY_AND_AUTO_RENEW。",
            type: .string, values: ["NOTIFY_AND_AUTO_RENEW", "NOTIFY_AND_MANUAL_RENEW"], defaultValue: "NOTIFY_AND_AUTO_RENEW"),
        Row(text: "项目 ID，不传为0，表示默认项目。", type: .integer, defaultValue: "0"),
    ]

    @Test(arguments: rows)
    func reads(_ row: Row) {
        let result = ConstraintReader.read(row.text, type: row.type)
        #expect(result.enumValues.map(\.value) == row.values)
        #expect(result.defaultValue == row.defaultValue)
        if let range = row.range {
            // A floor of 0 is not recorded (the labelled pages' convention); the ceiling is.
            #expect(result.minimum == (range.lowerBound == 0 ? nil : range.lowerBound))
            #expect(result.maximum == (range.upperBound.isInfinite ? nil : range.upperBound))
        } else if !row.text.contains("最大值"), !row.text.contains("Maximum") {
            #expect(result.minimum == nil && result.maximum == nil)
        }
        #expect(result.minLength == row.length.0)
        #expect(result.maxLength == row.length.1)
    }

    /// Readings are kept per description (compared as bytes): descriptions of one length that
    /// differ in a byte each get their own reading, read again or not.
    @Test func cachedReadingsAreTheirDescriptionsOwn() {
        let texts = ["可选值：on、off", "可选值：no、of", "可选值：on、oft", "可选值：ON、OFF"]
        for _ in 0..<2 {
            #expect(ConstraintReader.read(texts[0], type: .string).enumValues.map(\.value) == ["on", "off"])
            #expect(ConstraintReader.read(texts[1], type: .string).enumValues.map(\.value) == ["no", "of"])
            #expect(ConstraintReader.read(texts[2], type: .string).enumValues.map(\.value) == ["on", "oft"])
            #expect(ConstraintReader.read(texts[3], type: .string).enumValues.map(\.value) == ["ON", "OFF"])
        }
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

/// `lint --coverage`: what counts as constraint-looking, what as read, and how misses group.
@Suite struct ConstraintCoverageTests {
    /// A page of action `A` with these input rows (`| name | 否 | type | description |`, from line 6)
    /// and the output rows after them.
    static func operation(input: [String], output: [String]) throws -> APISchema.Operation {
        try #require(TestPage.parse(input: input, output: output, file: "a.md").operation)
    }

    @Test func countsReadAndMissedDescriptions() throws {
        let operation = try Self.operation(input: [
            "| mode | 否 | String | 模式，可选值：fast、slow，默认为fast |",
            "| size | 否 | Int | 大小，取值范围 1-10 |",
            "| name | 否 | String | 名称，默认与实例名相同 |",
            "| zone | 否 | String | 可用区，默认与实例相同 |",
            "| note | 否 | String | 备注 |",
        ], output: ["| code | Int | 0 表示成功 |"])
        var coverage = ConstraintCoverage()
        coverage.add([operation])
        #expect(coverage.looking == 4, "mode, size, name and zone carry constraint words; note does not; code is the envelope's")
        #expect(coverage.read == 2)
        let groups = coverage.missesByPhrasing
        #expect(groups.first?.phrasing == "默认与实例")
        #expect(groups.first?.misses.count == 2)
        #expect(groups.first?.misses.first?.location.line == 8)
        #expect(!coverage.misses.contains { $0.sentence.contains("表示成功") })
        // A row counts once, however many places it is inlined in.
        coverage.add([operation])
        #expect(coverage.looking == 4 && coverage.misses.count == 2)
    }

    /// A sentence that uses a constraint word for something else (a default resource, the current
    /// time, an address range) counts apart, word by word: a real constraint beside such a word is
    /// still a miss; the nullability sentence is read (into `nullable`).
    @Test func separatesSentencesThatStateNoConstraint() throws {
        let operation = try Self.operation(input: [
            "| projectId | 否 | Int | 项目 ID，0 表示默认项目 |",
            "| endTime | 否 | String | 结束时间，默认为当前时间 |",
            "| cidr | 否 | String | Destination IP address range, for example: 10.0.0.0/16. |",
            "| maxMsg | 否 | Int | 最大消息堆积数目，范围（100万 - 10亿） |",
            "| name | 否 | String | 用于保证请求幂等性的字符串 |",
        ], output: ["| code | Int | 错误码 |", "| note | String | 备注。注意：此字段可能返回 null，表示取不到有效值。 |"])
        var coverage = ConstraintCoverage()
        coverage.add([operation])
        #expect(coverage.looking == 4, "字符串 is the word for string; the null sentence was read into nullable")
        #expect(coverage.read == 1, "the range in 100万 - 10亿")
        #expect(coverage.notConstraintCount == 3)
        #expect(coverage.notConstraints.keys.contains { $0.contains("special value") }, "0 表示默认项目: its first word, 表示")
        #expect(coverage.notConstraints.keys.contains { $0.contains("current time") })
        #expect(coverage.notConstraints.keys.contains { $0.contains("range as a noun") })
        #expect(coverage.misses.isEmpty, "the noun 最大… does not hide the range, which is read")
    }
}

/// Value lists and fields that other pages' layouts give: a table of codes a row points to,
/// tables placed by the example's objects.
@Suite struct PointedValuesTests {
    static let page = """
    ## 接口描述
    本接口（DescribeThings）用于查询。接口请求域名：thing.api.qcloud.com
    ## 输入参数
    | 参数名称 | 必选 | 类型 | 描述 |
    |---|---|---|---|
    | limit | 否 | Int | 数量 |
    ## 输出参数
    | 参数名称 | 类型 | 描述 |
    |---|---|---|
    | code | Int | 错误码 |
    | things | Array | 列表，详细信息如下 |

    物件字段详细说明：

    | 参数名称 | 类型 | 描述 |
    |---|---|---|
    | thingId | String | ID |
    | status | Int | 状态，具体映射关系见下表 |

    1. status：

    | 编码 | 描述 |
    |---|---|
    | 0 | 初始化中 |
    | 1 | 执行中 |

    ## 示例
    ```
    https://thing.api.qcloud.com/v2/index.php?Action=DescribeThings&limit=1
    ```
    ```
    {"code": 0, "data": {"things": [{"thingId": "t-1", "status": 1}]}}
    ```
    """

    @Test func tablesPlacedByTheExampleAndCodesPointedTo() throws {
        let result = DocParser.parse(Array(Self.page.utf8), file: "p.md")
        let operation = try #require(result.operation)
        let things = try #require(operation.output.first { $0.name == "things" })
        #expect(things.type == .array)
        // The second table's caption names `things` in words: the example object holding its rows places it.
        #expect(things.item?.fields?.map(\.name) == ["thingId", "status"])
        let status = try #require(things.item?.fields?.last)
        #expect(status.enum?.map(\.value) == ["0", "1"])
        #expect(status.enum?.last?.description == "执行中")
        #expect(!result.diagnostics.contains { $0.message.contains("not a parameter or error table") })
    }
}

/// Conditional requirements in the dev trees' words, on one page written here.
@Suite struct CompactRuleTests {
    static func parse() -> PageResult {
        TestPage.parse(action: "CreateThing", input: [
            "| vpcId | 否 | String | 私有网络 ID |",
            "| zoneIds.n | 否 | String | 可用区 ID。当 vpcId 为0时，此参数必传。 |",
            "| cvmType | 否 | String | 计费类型 |",
            "| period | 否 | Int | 时长。当 cvmType 为 PayByMonth 时，必填此参数 |",
            "| accessType | 否 | String | 访问方式 |",
            "| subnetId | 否 | String | 子网 ID，accessType 为 SvcLBTypeInner 时必须传参数 |",
            "| policy | 否 | Int | 策略 |",
            "| maxReceiveCount | 否 | Int | Policy=0 时是必填参数。最大接收次数，支持设定值为 1~1000 次。 |",
            "| allNamespaces | 否 | Bool | 是否全部 |",
            "| namespaces | 否 | Array | 如果 allNamespaces 值为 false，需要传入需要收集的 namespace 的名称的列表 |",
            "| name | 否 | String | 名称，长度<=64 字节 |",
        ])
    }

    @Test func conditionByNameRequiresTheRow() throws {
        let operation = try #require(Self.parse().operation)
        let rules = operation.rules.map { [$0.kind.rawValue, $0.field ?? "", $0.when ?? "", $0.equals ?? ""].joined(separator: " ") }
        #expect(rules.sorted() == [
            "requiredIf maxReceiveCount policy 0", "requiredIf namespaces allNamespaces false", "requiredIf period cvmType PayByMonth",
            "requiredIf subnetId accessType SvcLBTypeInner", "requiredIf zoneIds vpcId 0",
        ])
        let count = try #require(operation.input.first { $0.name == "maxReceiveCount" })
        #expect(count.minimum == 1 && count.maximum == 1000)
        #expect(operation.input.last?.maxLength == 64)
    }
}

/// Conditions in English twins, and conditions whose value carries a gloss in brackets.
@Suite struct EnglishAndGlossedRuleTests {
    static func parse() -> PageResult {
        TestPage.parse(action: "CreateThing", input: [
            "| localIdentity | 否 | String | Local identity. Valid values: address, fqdn. |",
            "| localAddress | 否 | String | When address is selected for localIdentity, localAddress is required. |",
            "| chargeType | 否 | String | Billing mode: PREPAID or POSTPAID. |",
            "| period | 否 | Int | If chargeType is PREPAID, this parameter is required. |",
            "| renewFlag | 否 | Int | This parameter is required when chargeType is set to PREPAID. |",
            "| note | 否 | String | Required when chargeType is not specified. |",
            "| sourceType | 否 | Int | 语音来源，0：URL，1：本地数据 |",
            "| data | 否 | String | 语音数据，当 sourceType 值为1（本地语音数据上传）时必须填写 |",
            "| url | 否 | String | 当 sourceType 值为 0（语音 URL 上传） 时须填写该字段 |",
            "| extra | 否 | String | 当 sourceType 为 1 时无需传入 |",
        ])
    }

    @Test func conditionsInEnglishAndWithGlosses() throws {
        let operation = try #require(Self.parse().operation)
        let rules = operation.rules.map { [$0.kind.rawValue, $0.field ?? "", $0.when ?? "", $0.equals ?? ""].joined(separator: " ") }
        // Not `note` (`is not specified` names no value) and not `extra` (`无需传入`: not required).
        #expect(rules.sorted() == [
            "requiredIf data sourceType 1", "requiredIf localAddress localIdentity address", "requiredIf period chargeType PREPAID",
            "requiredIf renewFlag chargeType PREPAID", "requiredIf url sourceType 0",
        ])
    }

    @Test func everyEnglishPhrasingReadsItsExample() {
        for phrasing in RulePhrasings.requiredIfEnglish {
            let match = phrasing.pattern.firstMatch(in: phrasing.example)
            #expect(match != nil, "\(phrasing.example)")
            #expect(match.map { !$0[phrasing.when].isEmpty && !$0[phrasing.value].isEmpty } == true, "\(phrasing.example)")
        }
    }
}

/// How many elements an array may hold (``ItemCount``): read for arrays only, and not when the
/// count is of each element's parts or the number has a unit of length.
@Suite struct ItemCountTests {
    static func parse() -> PageResult {
        TestPage.parse(action: "DescribeThings", input: [
            "| instanceIds.n | 否 | String | 实例ID。每次请求的实例的上限为100 |",
            "| tags.n | 否 | String | 标签，最多支持5个，每个标签不超过16个字符 |",
            "| ports.n | 否 | Int | 端口，每个IP最多绑定10个端口 |",
            "| names.n | 否 | String | 名称，最多10个字符 |",
            "| limit | 否 | Int | 数量，最多返回100个 |",
            "| ids | 否 | Array of String | Up to 20 IDs per request. |",
            "| timeouts | 否 | Array of Integer | Timeouts of up to 60 seconds. |",
            "| dns.n | 否 | String | DNS 地址，最多4个；最多支持6个 |",
        ])
    }

    @Test func arraysTakeTheirElementCount() throws {
        let operation = try #require(Self.parse().operation)
        let counts = Dictionary(uniqueKeysWithValues: operation.input.map { ($0.name, $0.maxItems) })
        #expect(counts["instanceIds"] == 100)
        #expect(counts["tags"] == 5)
        #expect(counts["ids"] == 20)
        #expect(counts["ports"] == .some(nil), "a count of each element's parts")
        #expect(counts["names"] == .some(nil), "a length")
        #expect(counts["limit"] == .some(nil), "not an array")
        #expect(counts["timeouts"] == .some(nil), "a time")
        #expect(counts["dns"] == .some(nil), "two counts that disagree")
        let tags = try #require(operation.input.first { $0.name == "tags" })
        #expect(tags.constraintSources?.contains { $0.contains("最多支持5个") } == true)
    }

    @Test func everyPhrasingReadsItsExample() {
        for phrasing in ItemCountPhrasings.all {
            #expect(ItemCount.maximum(in: phrasing.example) != nil, "\(phrasing.example)")
        }
    }
}

/// Output types the page's own example settles (``ExampleTypes``): a list where the table says
/// one value, a word where it says a number; a number where it says string stays a string.
@Suite struct ExampleTypeTests {
    static func parse() -> PageResult {
        TestPage.parse(action: "DescribeThings", input: [
            "| limit | 否 | Int | 数量 |",
        ], output: [
            "| code | Int | 错误码 |",
            "| thingSet.n.succInsList | Int | 成功的机器 ID |",
            "| thingSet.n.failInsList | Int | 失败的机器 ID |",
            "| thingSet.n.thingId | Int | ID |",
            "| thingSet.n.zoneId | String | 可用区 |",
            "| thingSet.n.count | Int | 数量 |",
        ], after: [
            "## 示例",
            "```",
            "https://a.api.qcloud.com/v2/index.php?Action=DescribeThings&limit=1",
            "```",
            "```",
            #"{"code": 0, "thingSet": [{"succInsList": ["ins-1", "ins-2"], "failInsList": [], "thingId": "thing-1", "zoneId": 100, "count": "3"}]}"#,
            "```",
        ])
    }

    @Test func theExampleSettlesImpossibleTypes() throws {
        let result = Self.parse()
        let operation = try #require(result.operation)
        let element = try #require(operation.output.first { $0.name == "thingSet" }?.item?.fields)
        func field(_ name: String) -> Field? { element.first { $0.name == name } }
        #expect(field("succInsList")?.type == .array && field("succInsList")?.item?.type == .string)
        #expect(field("failInsList")?.type == .array && field("failInsList")?.item?.type == .integer, "an empty list keeps the table's element type")
        #expect(field("thingId")?.type == .string)
        #expect(field("zoneId")?.type == .string, "a number where the table says string reads as the string")
        #expect(field("count")?.type == .integer, "a numeric string reads as the integer")
        // The lint still reports what the example contradicts.
        #expect(result.diagnostics.contains { $0.message.contains("succInsList") })
    }
}

/// A "list" of the table's own scalar parameters names them (`必须上传证书，包括 certContent，
/// certKey，certName`), and is no value list; values naming the sibling objects they select are.
@Suite struct ParameterNameListTests {
    static func parse() -> PageResult {
        TestPage.parse(action: "CreateListener", input: [
            "| certId | 否 | String | 服务端证书的 ID，HTTPS 监听器如果不填写此项则必须上传证书，包括 certContent，certKey，certName。 |",
            "| certContent | 否 | String | 证书内容 |",
            "| certKey | 否 | String | 私钥 |",
            "| certName | 否 | String | 证书名称 |",
            "| checkMethod | 否 | String | 检查类型：methodTcp，methodHttp |",
            "| methodTcp | 否 | Object | 当 checkMethod 为 methodTcp 时有效 |",
            "| methodTcp.port | 否 | Int | 端口 |",
            "| methodHttp | 否 | Object | 当 checkMethod 为 methodHttp 时有效 |",
            "| methodHttp.path | 否 | String | 路径 |",
        ])
    }

    @Test func namesOfParametersAreNoValues() throws {
        let result = Self.parse()
        let operation = try #require(result.operation)
        #expect(operation.input.first { $0.name == "certId" }?.enum == nil)
        #expect(result.diagnostics.contains { $0.message.contains("names parameters of the table") })
        #expect(operation.input.first { $0.name == "checkMethod" }?.enum?.map(\.value) == ["methodTcp", "methodHttp"])
    }
}
