import DocText
import DocDialects

/// The phrasings of value lists whose items each give one value, as a table: one line per
/// phrasing, with the page it was seen on. A phrasing makes a value list when it finds at least
/// two different values that fit the field's type; a new phrasing is one more line.
struct ItemPhrasing: PhrasingLine {
    /// Finds one item: the value in group 1.
    let pattern: Pattern
    /// Whether the item's meaning follows the value (`1为是`) rather than preceding it (`…请传“kafka”`).
    let meaningAfter: Bool
    /// A description from a real page.
    let example: String

    static let all: [ItemPhrasing] = [
        // as 创建启动配置 storageType: `有四种取值：若为1，表示本地硬盘。若为2，表示普通云硬盘。`
        ItemPhrasing(pattern: Pattern(#"若(?:为|是|取)\s*[`'"“‘]?([A-Za-z0-9_][A-Za-z0-9_.\-]*)[`'"”’]?\s*(?:时)?\s*[，,]?\s*(?:则)?\s*(?:表示|代表|为)"#),
                     meaningAfter: true, example: "若为1，表示本地硬盘。若为2，表示普通云硬盘。"),
        // ccs 创建服务 dispersePods: `是否开启强制打散，1为是，0为否`; privileged: `true 为开启，false 为关闭`;
        // 内容分发网络（海外） `其中0表示配置为所有文件，1表示配置为文件类型`.
        ItemPhrasing(pattern: Pattern(#"(?:^|[\s，,；;。、：:(（]|其中)([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*(?:为|表示|代表)\s*(?!空|非空|必|可选|选填|准|时|null|true|false)(?=\p{Han})"#),
                     meaningAfter: true, example: "是否开启强制打散，1为是，0为否"),
        // as 创建伸缩组 removePolicy: `只有两种取值：<br>RemoveOldestInstance，表示移除最旧策略…<br>RemoveNewestInstance，表示…`
        ItemPhrasing(pattern: Pattern(#"(?:^|\n)\s*(?:[-*•·]\s*)?([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*[，,]\s*(?:表示|代表|即)"#),
                     meaningAfter: true, example: "RemoveOldestInstance，表示移除最旧策略"),
        // ccs 创建集群日志收集规则 inputType: `收集容器日志请传“container-log”，收集主机日志请传“host-log”`
        ItemPhrasing(pattern: Pattern(#"(?:请传|传入|请填|填写)\s*[“"'‘`]([^”"'’`\s]{1,64})[”"'’`]"#),
                     meaningAfter: false, example: "收集容器日志请传“container-log”，收集主机日志请传“host-log”"),
        // cmq 创建订阅 notifyStrategy: `取值有两种：<br>（1）BACKOFF_RETRY，退避重试。…（2）EXPONENTIAL_DECAY_RETRY，…`
        ItemPhrasing(pattern: Pattern(#"[（(]\s*\d{1,2}\s*[）)]\s*[`'"“‘]?([A-Za-z_][A-Za-z0-9_.\-]*)[`'"”’]?"#),
                     meaningAfter: true, example: "（1）BACKOFF_RETRY，退避重试。（2）EXPONENTIAL_DECAY_RETRY，指数衰退重试。"),
        // ccs 获取触发记录 order: `按时间排序的，desc 降序，asc 升序`
        // (Not `localAddress 必填`, `IKE 配置`: a parameter or a word, then a requirement or a noun.)
        ItemPhrasing(pattern: Pattern(#"[，,；;、]\s*([A-Za-z][A-Za-z0-9_]*)\s+(?!必|选填|可选|配置|默认|不|为|时|是|有效|生效|参数|字段|相同|一致)(?=\p{Han}{1,6}(?:[，,；;。、]|$))"#),
                     meaningAfter: true, example: "按时间排序的，desc 降序，asc 升序"),
        // ccs 创建集群日志收集规则 (output) inputType: `“container-log”代表收集容器日志，“host-log”代表收集主机日志`
        // 内容分发网络（海外）: `'on' 表示开启中间源，'off' 表示关闭中间源` (ASCII quotes too).
        ItemPhrasing(pattern: Pattern(#"[“"‘`']([A-Za-z0-9_][A-Za-z0-9_.\-]{0,63})[”"’`']\s*(?:代表|表示|为|即)(?=\s?\p{Han}|\s?[A-Z]{2})"#),
                     meaningAfter: true, example: "“container-log”代表收集容器日志，“host-log”代表收集主机日志"),
        // ccs 查询集群日志 order: `1倒序，0顺序，默认顺序` (a digit and its meaning, nothing between;
        // not a count such as `5个`).
        ItemPhrasing(pattern: Pattern(#"(?:^|[，,；;、。])\s*(\d)(?![个次秒天月年位字条种核倍分小])(?=\p{Han}{1,4}(?:[，,；;、。]|$))"#),
                     meaningAfter: true, example: "1倒序，0顺序，默认顺序"),
        // vpc 修改弹性网卡属性 (English twin) isAutoRenewals: `0 indicates that the instance is not
        // automatically renewed; 1 indicates that the instance is automatically renewed.`
        ItemPhrasing(pattern: Pattern(#"(?:^|[\s,;:(])([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s+(?:indicates|means|represents|stands for)\s+(?:that\s+)?"#),
                     meaningAfter: true, example: "0 indicates that the instance is not automatically renewed; 1 indicates that the instance is automatically renewed."),
        // API 网关 environmentName: `当前支持三个环境，测试：test，预发：prepub，线上：release`;
        // `升序：asc，降序：desc`: the meaning, a colon, then the value, each item ending its clause.
        ItemPhrasing(pattern: Pattern(#"(?<=\p{Han}[：:])\s*([A-Za-z][A-Za-z0-9_.\-]*)(?=\s*(?:[，,；;、。\n]|$))"#),
                     meaningAfter: false, example: "测试：test，预发：prepub，线上：release"),
        // 云存储Mongodb autoRenewFlag: `0 - 不设置自动续费…；1 - 设置自动续费…；2 - 到期不续费也不通知`;
        // `0-断流；1-有输入流`: a code, a dash, its meaning (never `0-100`, a range).
        ItemPhrasing(pattern: Pattern(#"(?:^|(?<=[\s，,；;。：:、]))(-?\d+)\s*[-–—]\s*(?=\p{Han})"#),
                     meaningAfter: true, example: "0 - 未发布过；1 - 发布中，2 - 成功"),
        // `是否开启：1（开启）、0（关闭）。默认值1`
        ItemPhrasing(pattern: Pattern(#"(?:^|[\s，,；;。、：:])([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*[（(]\s*(?=\p{Han})"#),
                     meaningAfter: true, example: "1（开启）、0（关闭）"),
    ]


    /// Where an item's meaning ends.
    static let meaningStops: Set<Character> = ["，", ",", "；", ";", "。", "\n", "、", "）", ")"]

    /// Words that make the text before a colon a label of prose, not a value's meaning
    /// (`默认值：asc`, `格式：json`, `单位：s`).
    static let labelWords = ["默认", "缺省", "取值", "格式", "示例", "例如", "单位", "范围", "说明", "注意", "可选", "类型", "长度",
                             "参数", "字段", "如", "为", "是", "值", "支持", "包括"]
}
