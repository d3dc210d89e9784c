import APISchema
import DocDialects

/// How much of the constraint-looking prose the reader turned into constraints: per module, the
/// field descriptions that carry a constraint word and how many of them gave a value list,
/// default, range, length or rule; the rest listed by phrasing, so what is still missed is
/// visible (`qcloud-docgen lint --coverage`).
public struct ConstraintCoverage: Sendable {
    /// Words that make a description look like it states a constraint (issue "Constraints in every
    /// product's words").
    public static let words = ["可选", "取值", "默认", "范围", "包括", "表示", "必填", "必须", "长度", "字符", "不超过", "不能超过",
                               "最大", "最小", "Valid", "valid", "Default", "default", "range", "between"]

    /// A description with constraint words that gave no constraint.
    public struct Miss: Sendable {
        /// The phrasing: the constraint word and what follows it, digits as `N` and ASCII runs as `X`.
        public var phrasing: String
        /// The sentence around the word.
        public var sentence: String
        /// The field's row.
        public var location: SourceLocation
    }

    /// Descriptions that carry a constraint word.
    public private(set) var looking = 0
    /// Of those, the ones read into a constraint.
    public private(set) var read = 0
    /// The others.
    public private(set) var misses: [Miss] = []

    public init() {}

    /// Counts the fields of operations (input and output, nested) and structures.
    public mutating func add(_ operations: [APISchema.Operation], structures: [Structure] = []) {
        for operation in operations {
            let rulePaths = Set(operation.rules.flatMap { [$0.field, $0.when].compactMap { $0 } + ($0.fields ?? []) })
            // The response envelope's own members (`code | 0 表示成功`) are the dialect's, not the action's.
            let dialect = Dialect.named(operation.dialect)
            let envelope = dialect.envelope.members
            for field in operation.input + operation.output.filter({ !envelope.contains($0.name) }) {
                add(field, path: field.name, rulePaths: rulePaths, nullableMarkers: dialect.nullableMarkers)
            }
        }
        for structure in structures {
            // Structures are the API 3.0 dialect's (数据结构 pages and tables named like one).
            let markers = Dialect.all.flatMap(\.nullableMarkers)
            for field in structure.fields { add(field, path: field.name, rulePaths: [], nullableMarkers: markers) }
        }
    }

    private mutating func add(_ field: Field, path: String, rulePaths: Set<String>, nullableMarkers: [String]) {
        // `注意：此字段可能返回 null，表示取不到有效值。` was read: into `nullable`.
        let text = field.nullable == true ? Self.removingSentences(of: field.description, containing: nullableMarkers) : field.description
        if let word = Self.words.first(where: { text.contains($0) }) {
            looking += 1
            if Self.hasConstraint(field) || field.item.map(Self.hasConstraint) == true || rulePaths.contains(path) || field.ref != nil {
                read += 1
            } else if let range = text.range(of: word) {
                let sentence = ConstraintReader.sentence(in: text, around: range.lowerBound)
                misses.append(Miss(phrasing: Self.phrasing(text[range.lowerBound...], word: word), sentence: String(sentence.prefix(160)),
                                   location: field.source))
            }
        }
        for member in field.fields ?? [] { add(member, path: path + "." + member.name, rulePaths: rulePaths, nullableMarkers: nullableMarkers) }
        if let item = field.item {
            for member in item.fields ?? [] { add(member, path: path + ".n." + member.name, rulePaths: rulePaths, nullableMarkers: nullableMarkers) }
        }
    }

    /// The text without the sentences that carry one of `markers`.
    static func removingSentences(of text: String, containing markers: [String]) -> String {
        var kept = ""
        var sentence = ""
        func flush() {
            if !markers.contains(where: { sentence.contains($0) }) { kept += sentence }
            sentence = ""
        }
        for ch in text {
            sentence.append(ch)
            if "。；;\n".contains(ch) { flush() }
        }
        flush()
        return kept
    }

    static func hasConstraint(_ field: Field) -> Bool {
        !(field.enum ?? []).isEmpty || field.default != nil || field.minimum != nil || field.maximum != nil
            || field.minLength != nil || field.maxLength != nil || !(field.constraintSources ?? []).isEmpty
    }

    /// `取值：'a','b'` → `取值：'X'`: the word and three more characters, digits and ASCII runs folded.
    static func phrasing(_ text: Substring, word: String) -> String {
        var out = word
        var count = word.count
        var lastKind = ""
        for ch in text.dropFirst(word.count) {
            if count >= word.count + 3 || "。\n；;".contains(ch) { break }
            let kind = ch.isNumber ? "N" : (ch.isASCII && ch.isLetter ? "X" : "")
            if !kind.isEmpty {
                if lastKind != kind { out.append(kind); count += 1 }
                lastKind = kind
                continue
            }
            lastKind = ""
            if ch.isWhitespace { continue }
            out.append(ch)
            count += 1
        }
        return out
    }

    /// The misses grouped by phrasing, most frequent first.
    public var missesByPhrasing: [(phrasing: String, misses: [Miss])] {
        Dictionary(grouping: misses, by: \.phrasing).map { ($0.key, $0.value) }
            .sorted { ($0.misses.count, $1.phrasing) > ($1.misses.count, $0.phrasing) }
    }
}
