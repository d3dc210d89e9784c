import DocMarkdown
import Foundation

/// A regular expression compiled once and shared by every thread. Matching runs on ICU's C API
/// where the build has ICU (``RegexEngine``), else on `NSRegularExpression`: both are ICU, with
/// the same options and bounds (the system's ICU may be another version than Foundation's, which
/// matters only to Unicode properties of characters new in between).
public struct Pattern: @unchecked Sendable {
    private let engine: RegexEngine
    /// Words of which a text must contain at least one for the pattern to be tried at all (empty:
    /// always try). ICU matching on Linux is costly, and most descriptions contain none of them.
    private let anyOf: [TextIndex.Probe]
    /// A second set of words of which the text must also contain one (empty: none needed).
    private let alsoAnyOf: [TextIndex.Probe]
    /// Whether a match needs an ASCII digit.
    private let needsDigit: Bool

    /// Compiles `pattern`. Every pattern is a literal in a dialect table or the parser, checked
    /// by the unit tests; none comes from a document.
    public init(_ pattern: String, anyOf: [String] = [], alsoAnyOf: [String] = [], needsDigit: Bool = false) {
        engine = RegexEngine(pattern)
        self.anyOf = anyOf.map { TextIndex.Probe(Array($0.utf8)) }
        self.alsoAnyOf = alsoAnyOf.map { TextIndex.Probe(Array($0.utf8)) }
        self.needsDigit = needsDigit
    }

    /// False when the text cannot match: a few bit tests in the text's ``TextIndex`` (built once
    /// per text, whichever pattern asks first) before ICU runs. A long text is searched for the
    /// words directly instead (``TextIndex/directSearchLength``).
    private func mayMatch(_ text: String) -> Bool {
        guard needsDigit || !anyOf.isEmpty || !alsoAnyOf.isEmpty else { return true }
        var text = text
        return text.withUTF8 { mayOccur(inUTF8: $0) }
    }

    /// ``mayOccur(in:)`` for the text that `bytes` decode to (`String(decoding:as:)`), without
    /// making it: the words are valid UTF-8 and contain no U+FFFD, and decoding replaces only
    /// ill-formed sequences (an ASCII byte or a lead byte always starts afresh), so each word
    /// that occurs in the decoded text occurs in the bytes.
    public func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needsDigit || !anyOf.isEmpty || !alsoAnyOf.isEmpty else { return true }
        return TextIndex.mayMatch(bytes, needsDigit: needsDigit, anyOf: anyOf, alsoAnyOf: alsoAnyOf)
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
        guard mayMatch(text) else { return nil }
        return engine.matches(in: text, from: from ?? text.startIndex, all: false).first
    }

    /// Every match in `text`.
    public func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        return engine.matches(in: text, from: text.startIndex, all: true)
    }

    /// False when `text` cannot hold a match (none of the pattern's words occur in it); true
    /// says only that it may. For callers that cut a text into many pieces before matching.
    public func mayOccur(in text: String) -> Bool { mayMatch(text) }

    /// The regular expression as written (`Pattern(source)`: the same expression without words to
    /// look for first, for tests that hold a pattern's words to its matches).
    var source: String { engine.source }

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

/// Words of which a text may hold one, checked as a ``Pattern``'s words are (the text's
/// ``TextIndex``, built once per text): for a group of patterns that each need one of these
/// words, one check before any of them is tried.
public struct WordSet: Sendable {
    private let probes: [TextIndex.Probe]

    /// The words (UTF-8).
    public init(_ words: [String]) {
        probes = words.map { TextIndex.Probe(Array($0.utf8)) }
    }

    /// False when `text` holds none of the words; true says only that it may.
    public func mayOccur(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { TextIndex.mayMatch($0, needsDigit: false, anyOf: probes, alsoAnyOf: []) }
    }
}
