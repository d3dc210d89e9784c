import DocText
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
    /// Of the others, those whose every constraint word is in a sentence that states no
    /// constraint (``NonConstraintPhrasing``), by why.
    public private(set) var notConstraints: [String: Int] = [:]
    /// Every description counted in ``notConstraints``, by why (the sentence of its first word).
    public private(set) var notConstraintSentences: [String: [Miss]] = [:]
    /// The others: not understood.
    public private(set) var misses: [Miss] = []
    /// The rows already counted, by where they are documented.
    private var counted: Set<SourceLocation> = []

    /// The descriptions that state nothing a validator of one request can check.
    public var notConstraintCount: Int { notConstraints.values.reduce(0, +) }

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
        // Structures are the API 3.0 dialect's (数据结构 pages and tables named like one).
        let markers = Dialect.all.flatMap(\.nullableMarkers)
        for structure in structures {
            for field in structure.fields { add(field, path: field.name, rulePaths: [], nullableMarkers: markers) }
        }
    }

    private mutating func add(_ field: Field, path: String, rulePaths: Set<String>, nullableMarkers: [String]) {
        // `注意：此字段可能返回 null，表示取不到有效值。` was read: into `nullable`.
        let text = field.nullable == true ? Self.removingSentences(of: field.description, containing: nullableMarkers) : field.description
        let found = Self.wordOccurrences(in: text)
        // A row counts once, however many places its structure is inlined in (EnvData under
        // every field that uses it): the unit is the description as documented.
        // (Only rows with constraint words are remembered: a parent the rows imply, `data` for
        // `data.x`, carries its first row's location and no text.)
        let counted = !found.isEmpty && !self.counted.insert(field.source).inserted
        if !found.isEmpty, !counted {
            looking += 1
            // `必须是 Json 格式的字符串` is read into the type (`json`).
            let readAsJSON = field.type == .json && ValuePhrasings.jsonMention.pattern.contains(in: text)
            if Self.hasConstraint(field) || field.item.map(Self.hasConstraint) == true || rulePaths.contains(path) || field.ref != nil || readAsJSON {
                read += 1
            } else {
                // Every sentence with a constraint word must state nothing checkable for the
                // description to count as one that states none.
                var why: String?
                var first: Miss?
                var unexplained: (word: String, at: String.Index, sentence: String)?
                for (word, at) in found {
                    let bounds = ConstraintReader.sentenceBounds(in: text, around: at, englishStops: true)
                    let sentence = String(text[bounds])
                    let offset = text.distance(from: bounds.lowerBound, to: at)
                    let wordStart = sentence.index(sentence.startIndex, offsetBy: offset)
                    let wordRange = wordStart..<sentence.index(wordStart, offsetBy: word.count)
                    if let phrasing = NonConstraintPhrasing.matching(sentence, word: wordRange) {
                        if why == nil {
                            why = phrasing.why
                            first = Miss(phrasing: Self.phrasing(text[at...], word: word), sentence: String(sentence.trimmingBlanks().prefix(160)), location: field.source)
                        }
                    } else {
                        unexplained = (word, at, sentence)
                        break
                    }
                }
                if let (word, at, sentence) = unexplained {
                    misses.append(Miss(phrasing: Self.phrasing(text[at...], word: word), sentence: String(sentence.trimmingBlanks().prefix(160)),
                                       location: field.source))
                } else if let why, let first {
                    notConstraints[why, default: 0] += 1
                    notConstraintSentences[why, default: []].append(first)
                }
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

    /// Each constraint word in `text` with where it stands, in order (`字符` not in `字符串`, the
    /// word for "string"; an English word not inside another, `valid` in `invalid`).
    static func wordOccurrences(in text: String) -> [(word: String, at: String.Index)] {
        var found: [(word: String, at: String.Index)] = []
        for word in words {
            var from = text.startIndex
            while let range = text.range(of: word, range: from..<text.endIndex) {
                from = range.upperBound
                if word == "字符", text[range.upperBound...].first == "串" { continue }
                // An English word only as a word: `valid` is not in `invalid` or `validity`.
                if word.first?.isASCII == true {
                    let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
                    let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
                    if before.isLetter || (after.isLetter && after != "s") { continue }
                }
                found.append((word, range.lowerBound))
            }
        }
        return found.sorted { $0.at < $1.at }
    }

    static func hasConstraint(_ field: Field) -> Bool {
        !(field.enum ?? []).isEmpty || field.default != nil || field.minimum != nil || field.maximum != nil
            || field.minLength != nil || field.maxLength != nil || field.maxItems != nil || !(field.constraintSources ?? []).isEmpty
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
