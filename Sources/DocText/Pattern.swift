import Foundation

/// A regular expression compiled once and shared by every thread. Matching runs on ICU's C API
/// where the build has ICU (``RegexEngine``), else on `NSRegularExpression`: both are ICU, with
/// the same options and bounds.
///
/// Before the engine runs, a text is searched for what every match must contain, read from the
/// expression when the pattern is made (``RequiredText``): most descriptions hold none of a
/// pattern's words, and ICU matching is costly. Nothing is kept beside the expression by hand.
public struct Pattern: @unchecked Sendable {
    private let engine: RegexEngine
    /// What a match must hold (``RequiredText``): a word of `anyOf` (when any), a word of
    /// `alsoAnyOf` (when any), a digit when `needsDigit`; looked up in the text's ``TextIndex``.
    private let anyOf: [TextIndex.Probe]
    private let alsoAnyOf: [TextIndex.Probe]
    private let needsDigit: Bool

    /// Compiles `pattern` (on first use). Every pattern is a literal in a dialect table or the
    /// parser, checked by the unit tests; none comes from a document.
    public init(_ pattern: String) {
        engine = RegexEngine(pattern)
        let required = RequiredText(regex: pattern)
        let probes = required.wordSets.map { $0.map { TextIndex.Probe(Array($0.utf8)) } }
        anyOf = probes.first ?? []
        alsoAnyOf = probes.dropFirst().first ?? []
        needsDigit = required.needsDigit
    }

    /// False when the text that `bytes` decode to (`String(decoding:as:)`) cannot hold a match:
    /// no word of a set, or no digit where one is needed. The words are valid UTF-8 without
    /// U+FFFD, and decoding replaces only ill-formed sequences, so a word in the decoded text is
    /// in the bytes too.
    public func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needsDigit || !anyOf.isEmpty || !alsoAnyOf.isEmpty else { return true }
        return TextIndex.mayMatch(bytes, needsDigit: needsDigit, anyOf: anyOf, alsoAnyOf: alsoAnyOf)
    }

    /// False when `text` cannot hold a match; true says only that it may. For callers that cut a
    /// text into many pieces before matching.
    public func mayOccur(in text: String) -> Bool {
        guard needsDigit || !anyOf.isEmpty || !alsoAnyOf.isEmpty else { return true }
        var text = text
        return text.withUTF8 { mayOccur(inUTF8: $0) }
    }

    /// One match: the whole match and its capture groups (nil where a group did not take part).
    public struct Match {
        /// Group 0 is the whole match.
        public var groups: [String?]
        /// The range of the whole match in the searched string.
        public var range: Range<String.Index>
        /// Group `i`, or "" when it did not take part.
        public subscript(_ i: Int) -> String { i < groups.count ? groups[i] ?? "" : "" }
    }

    /// The first match in `text`, starting at `from` (the text before it is out of sight, as
    /// if the text began there).
    public func firstMatch(in text: String, from: String.Index? = nil) -> Match? {
        guard mayOccur(in: text) else { return nil }
        return engine.matches(in: text, from: from ?? text.startIndex, all: false).first
    }

    /// Every match in `text`.
    public func matches(in text: String) -> [Match] {
        guard mayOccur(in: text) else { return [] }
        return engine.matches(in: text, from: text.startIndex, all: true)
    }

    /// Every match in `text`, found without looking for the required text first (tests hold
    /// the required text to these).
    func unfilteredMatches(in text: String) -> [Match] {
        engine.matches(in: text, from: text.startIndex, all: true)
    }

    /// The regular expression as written.
    public var source: String { engine.source }

    /// Which compiled pattern this is: copies of one pattern are the same, two patterns made
    /// apart are not (even from the same source).
    public struct Identity: Hashable, Sendable {
        fileprivate let engine: ObjectIdentifier
    }

    /// This pattern's ``Identity``.
    public var identity: Identity { Identity(engine: ObjectIdentifier(engine)) }

    /// Whether `text` contains a match.
    public func contains(in text: String) -> Bool { firstMatch(in: text) != nil }
}
