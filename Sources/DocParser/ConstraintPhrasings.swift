import DocDialects

/// The phrasings of value lists whose items each give one value, as a table: one line per
/// phrasing, with the page it was seen on. A phrasing makes a value list when it finds at least
/// two different values that fit the field's type; a new phrasing is one more line.
struct ItemPhrasing {
    /// Finds one item: the value in group 1.
    let pattern: Pattern
    /// Whether the item's meaning follows the value (`1为是`) rather than preceding it (`…请传“kafka”`).
    let meaningAfter: Bool
    /// A description from a real page.
    let example: String

    static let all: [ItemPhrasing] = [
        // as 创建启动配置 storageType: `有四种取值：若为1，表示本地硬盘。若为2，表示普通云硬盘。`
        ItemPhrasing(pattern: Pattern(#"若(?:为|是|取)\s*[`'"“‘]?([A-Za-z0-9_][A-Za-z0-9_.\-]*)[`'"”’]?\s*(?:时)?\s*[，,]?\s*(?:则)?\s*(?:表示|代表|为)"#, anyOf: ["若"]),
                     meaningAfter: true, example: "若为1，表示本地硬盘。若为2，表示普通云硬盘。"),
        // ccs 创建服务 dispersePods: `是否开启强制打散，1为是，0为否`; privileged: `true 为开启，false 为关闭`.
        ItemPhrasing(pattern: Pattern(#"(?:^|[\s，,；;。、：:(（])([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*(?:为|表示|代表)\s*(?!空|非空|必|可选|选填|准|时|null|true|false)(?=\p{Han})"#, anyOf: ["为", "表示", "代表"]),
                     meaningAfter: true, example: "是否开启强制打散，1为是，0为否"),
        // as 创建伸缩组 removePolicy: `只有两种取值：<br>RemoveOldestInstance，表示移除最旧策略…<br>RemoveNewestInstance，表示…`
        ItemPhrasing(pattern: Pattern(#"(?:^|\n)\s*(?:[-*•·]\s*)?([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*[，,]\s*(?:表示|代表|即)"#, anyOf: ["表示", "代表", "即"]),
                     meaningAfter: true, example: "RemoveOldestInstance，表示移除最旧策略"),
        // ccs 创建集群日志收集规则 inputType: `收集容器日志请传“container-log”，收集主机日志请传“host-log”`
        ItemPhrasing(pattern: Pattern(#"(?:请传|传入|请填|填写)\s*[“"'‘`]([^”"'’`\s]{1,64})[”"'’`]"#, anyOf: ["请传", "传入", "请填", "填写"]),
                     meaningAfter: false, example: "收集容器日志请传“container-log”，收集主机日志请传“host-log”"),
        // cmq 创建订阅 notifyStrategy: `取值有两种：<br>（1）BACKOFF_RETRY，退避重试。…（2）EXPONENTIAL_DECAY_RETRY，…`
        ItemPhrasing(pattern: Pattern(#"[（(]\s*\d{1,2}\s*[）)]\s*[`'"“‘]?([A-Za-z_][A-Za-z0-9_.\-]*)[`'"”’]?"#, anyOf: ["（", "("]),
                     meaningAfter: true, example: "（1）BACKOFF_RETRY，退避重试。（2）EXPONENTIAL_DECAY_RETRY，指数衰退重试。"),
        // ccs 获取触发记录 order: `按时间排序的，desc 降序，asc 升序`
        // (Not `localAddress 必填`, `IKE 配置`: a parameter or a word, then a requirement or a noun.)
        ItemPhrasing(pattern: Pattern(#"[，,；;、]\s*([A-Za-z][A-Za-z0-9_]*)\s+(?!必|选填|可选|配置|默认|不|为|时|是|有效|生效|参数|字段|相同|一致)(?=\p{Han}{1,6}(?:[，,；;。、]|$))"#),
                     meaningAfter: true, example: "按时间排序的，desc 降序，asc 升序"),
        // ccs 创建集群日志收集规则 (output) inputType: `“container-log”代表收集容器日志，“host-log”代表收集主机日志`
        ItemPhrasing(pattern: Pattern(#"[“"‘`]([A-Za-z0-9_][A-Za-z0-9_.\-]{0,63})[”"’`]\s*(?:代表|表示|为|即)(?=\p{Han})"#, anyOf: ["代表", "表示", "为", "即"]),
                     meaningAfter: true, example: "“container-log”代表收集容器日志，“host-log”代表收集主机日志"),
        // `是否开启：1（开启）、0（关闭）。默认值1`
        ItemPhrasing(pattern: Pattern(#"(?:^|[\s，,；;。、：:])([A-Za-z0-9_][A-Za-z0-9_.\-]*)\s*[（(]\s*(?=\p{Han})"#, anyOf: ["（", "("]),
                     meaningAfter: true, example: "1（开启）、0（关闭）"),
    ]

    /// Where an item's meaning ends.
    static let meaningStops: Set<Character> = ["，", ",", "；", ";", "。", "\n", "、", "）", ")"]
}

/// Words that introduce a plain list of values (`协议，必须是 TCP 或者 UDP`), besides the
/// reader's `可选值：`-like intros; each seen on a page of the dev trees.
enum ListIntros {
    static let pattern = Pattern(
        #"(?:可为|可以为|可以是|可选(?!值)|必须是|必须为|只能是|只能为|目前支持|仅支持|只支持|支持(?=\s*[A-Za-z0-9])|取值为|取值是|取值包括|包括(?=\s*[A-Za-z])|可取|(?:[Aa]vailable|[Vv]alid|[Pp]ossible|[Aa]llowed) values?(?: include| are| is)?|[Vv]alues? (?:include|can be))\s*(?:[：:])?\s*"#,
        anyOf: ["可为", "可以", "可选", "必须", "只能", "支持", "取值", "可取", "alue"])
    /// Separators between values of a plain list (`a、b`, `a 或者 b`, `a 和 b`, `a or b`).
    static let separatorWords = ["或者", "以及", "或", "和", "及", "与", "or", "and"]
    /// Clause words that make a list an example, not the set of values (`例如：a、b`).
    static let exampleWords = ["例如", "比如", "如：", "如:", "示例", "格式", "e.g.", "for example", "such as"]
}
