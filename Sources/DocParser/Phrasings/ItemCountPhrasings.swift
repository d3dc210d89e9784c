import DocText

/// How many elements an array may hold, as descriptions say it (read by ``ItemCount``), a
/// ``Phrasing`` line each.
enum ItemCountPhrasings {
    /// Words after the number that make it a length, a size or a time, not a count of elements.
    private static let notElements = #"(?!\s*(?:字|汉字|中文|英文|字节|字母|数字|位|字符|秒|分钟|小时|天|MB|GB|KB|Mbps|%))"#
    private static let englishNotElements = #"(?!(?:characters?|chars?|bytes?|digits?|letters?|seconds?|minutes?|hours?|days?|months?|years?|MB|GB|KB|Mbps|percent)\b)"#

    static let all: [Phrasing] = [
        Phrasing(#"(?:最多|至多|不能超过|不可超过|不得超过|不超过|不多于|上限为?|最大为?|最大支持)\s*(?:支持|可以?|能|允许)?\s*(?:传入?|填写?|输入|指定|选择|包含|设置|绑定|添加|查询|关联|配置)?\s*(\d+)\s*"# + notElements + #"(?:个|条|项|组|台|张|块)"# + notElements,
                 example: "目前批量消息数量不能超过16条"),
        Phrasing(#"(?:每次|单次|一次)(?:请求|调用|查询|操作)?[^，,。；;\d]{0,16}?(?:上限|最大数量|数量上限|个数上限|最多)\s*(?:为|是)?\s*(\d+)"# + notElements,
                 example: "每次请求的实例的上限为100"),
        Phrasing(#"\b(?:[Uu]p to|[Aa]t most|[Aa] maximum of|[Nn]o more than)\s+(\d+)\s+"# + englishNotElements + #"[A-Za-z]"#,
                 example: "Up to 100 instances can be queried in each request."),
    ]
}
