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
    /// Word sets a match holds a word of each, as UTF-8 bytes.
    private let wordSets: [[[UInt8]]]
    /// Whether a match holds an ASCII digit.
    private let needsDigit: Bool

    /// Compiles `pattern` (on first use). Every pattern is a literal in a dialect table or the
    /// parser, checked by the unit tests; none comes from a document.
    public init(_ pattern: String) {
        engine = RegexEngine(pattern)
        let required = RequiredText(regex: pattern)
        wordSets = required.wordSets.map { $0.map { Array($0.utf8) } }
        needsDigit = required.needsDigit
    }

    /// What the pattern looks for before matching (for tests and benchmarks).
    var required: RequiredText {
        RequiredText(wordSets: wordSets.map { $0.map { String(decoding: $0, as: UTF8.self) } }, needsDigit: needsDigit)
    }

    /// False when the text that `bytes` decode to (`String(decoding:as:)`) cannot hold a match:
    /// a word set none of whose words occurs, or no digit where one is needed. The words are
    /// valid UTF-8 without U+FFFD, and decoding replaces only ill-formed sequences, so a word in
    /// the decoded text is in the bytes too.
    public func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if needsDigit, !bytes.contains(where: { $0 &- 0x30 < 10 }) { return false }
        for set in wordSets {
            let found = set.contains { word in word.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes) != nil } }
            if !found { return false }
        }
        return true
    }

    /// False when `text` cannot hold a match; true says only that it may. For callers that cut a
    /// text into many pieces before matching.
    public func mayOccur(in text: String) -> Bool {
        guard needsDigit || !wordSets.isEmpty else { return true }
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
