import DocText
import DocDialects
import DocMarkdown

/// How many elements an array may hold, as descriptions say it (`最多支持100个`, `目前批量消息数量
/// 不能超过16条`, `每次请求的实例的上限为100`, `Up to 100 instance IDs`). Read only for arrays: on a
/// scalar the same words bound a value or a length. A number followed by a unit of length or
/// time (`最多10个字符`, `up to 60 seconds`) is not a count.
enum ItemCount {
    /// The greatest number of elements `text` allows, and the sentence that says it; nil when it
    /// says none, or when two phrasings disagree.
    static func maximum(in text: String) -> (count: Int, sentence: String)? {
        var found: [(Int, String.Index)] = []
        for phrasing in ItemCountPhrasings.all {
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
