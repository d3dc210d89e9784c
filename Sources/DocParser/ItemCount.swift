import DocText
import DocDialects
import DocMarkdown

/// How many elements an array may hold, as descriptions say it (`最多支持100个`, `目前批量消息数量
/// 不能超过16条`, `每次请求的实例的上限为100`, `Up to 100 instance IDs`). Read only for arrays: on a
/// scalar the same words bound a value or a length. A number followed by a unit of length or
/// time (`最多10个字符`, `up to 60 seconds`) is not a count.
enum ItemCount {
    /// One phrasing, with a description from a real page.
    struct Phrasing {
        let pattern: Pattern
        let example: String
    }

    /// Words after the number that make it a length, a size or a time, not a count of elements.
    private static let notElements = #"(?!\s*(?:字|汉字|中文|英文|字节|字母|数字|位|字符|秒|分钟|小时|天|MB|GB|KB|Mbps|%))"#
    private static let englishNotElements = #"(?!(?:characters?|chars?|bytes?|digits?|letters?|seconds?|minutes?|hours?|days?|months?|years?|MB|GB|KB|Mbps|percent)\b)"#

    static let phrasings: [Phrasing] = [
        Phrasing(pattern: Pattern(#"(?:最多|至多|不能超过|不可超过|不得超过|不超过|不多于|上限为?|最大为?|最大支持)\s*(?:支持|可以?|能|允许)?\s*(?:传入?|填写?|输入|指定|选择|包含|设置|绑定|添加|查询|关联|配置)?\s*(\d+)\s*"# + notElements + #"(?:个|条|项|组|台|张|块)"# + notElements),
                 example: "目前批量消息数量不能超过16条"),
        Phrasing(pattern: Pattern(#"(?:每次|单次|一次)(?:请求|调用|查询|操作)?[^，,。；;\d]{0,16}?(?:上限|最大数量|数量上限|个数上限|最多)\s*(?:为|是)?\s*(\d+)"# + notElements),
                 example: "每次请求的实例的上限为100"),
        Phrasing(pattern: Pattern(#"\b(?:[Uu]p to|[Aa]t most|[Aa] maximum of|[Nn]o more than)\s+(\d+)\s+"# + englishNotElements + #"[A-Za-z]"#),
                 example: "Up to 100 instances can be queried in each request."),
    ]

    /// The greatest number of elements `text` allows, and the sentence that says it; nil when it
    /// says none, or when two phrasings disagree.
    static func maximum(in text: String) -> (count: Int, sentence: String)? {
        var found: [(Int, String.Index)] = []
        for phrasing in phrasings {
            for match in phrasing.pattern.matches(in: text) {
                guard let count = Int(match[1]), count > 0, !countsPerElement(text, before: match.range.lowerBound) else { continue }
                found.append((count, match.range.lowerBound))
            }
        }
        guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
        return (first.0, ConstraintReader.sentence(in: text, around: first.1))
    }

    /// Whether the clause before `index` counts something of each element (`每个IP最多绑定10个端口`,
    /// `each rule supports up to 10 ports`), not the elements.
    private static func countsPerElement(_ text: String, before index: String.Index) -> Bool {
        let bounds = ConstraintReader.sentenceBounds(in: text, around: index, englishStops: true)
        let clause = String(text[bounds.lowerBound..<index])
        return ["每个", "每一个", "单个", "每条", "每项", "each ", "Each ", "per "].contains { clause.containsBytes($0) }
    }
}
