import CICURegex
import Foundation

/// One regular expression and how it is matched. With ICU's C API (Linux builds, where
/// libicu-dev comes with libxml2-dev), each thread matches on its own clone of the pattern, and a
/// text is converted to UTF-16 once per thread for all the patterns that look at it in a row.
/// `NSRegularExpression` did both on every call (and cloned the pattern whenever two threads
/// used it at once), which was most of the cost of matching. Elsewhere `NSRegularExpression`
/// is used as before.
///
/// A pattern is compiled when a text first gets past its words (``Pattern``'s prefilter), not
/// when its table is built: many never run on a given set of pages, and compiling all of a
/// dialect's at once made every thread wait for the first one that needed the dialect.
final class RegexEngine: @unchecked Sendable {
    /// The pattern as written.
    let source: String
    /// Guards `state`.
    private let lock = NSLock()
    /// The compiled pattern, once a match needed it.
    private var state: CompiledPattern?

    /// A compiled pattern: ICU's, which clones are made from and which is never matched on itself
    /// (never closed: patterns live as long as the process, they are static tables), or
    /// `NSRegularExpression` when ICU's C API is not there.
    struct CompiledPattern {
        let pattern: OpaquePointer?
        let groupCount: Int
        let fallback: NSRegularExpression?
    }

    init(_ pattern: String) {
        source = pattern
    }

    /// `QCLOUD_DOCGEN_REGEX_ENGINE=foundation` in the environment: every pattern is matched by
    /// `NSRegularExpression`, as in builds without ICU's C API (Scripts/regex-fallback.sh
    /// compares the two over the docs).
    static let foundationOnly = ProcessInfo.processInfo.environment["QCLOUD_DOCGEN_REGEX_ENGINE"] == "foundation"

    /// The compiled pattern, compiled now when no thread has yet.
    private func compiled() -> CompiledPattern {
        lock.lock()
        defer { lock.unlock() }
        if let state { return state }
        let units = Array(source.utf16)
        let made: CompiledPattern
        if !Self.foundationOnly, docgen_regex_available() != 0, let pattern = docgen_regex_open(units, Int32(units.count)) {
            made = CompiledPattern(pattern: pattern, groupCount: Int(docgen_regex_group_count(pattern)), fallback: nil)
        } else {
            // Every pattern is a literal of the parser's, each one compiled by the unit tests.
            // swiftlint:disable:next force_try
            made = CompiledPattern(pattern: nil, groupCount: 0, fallback: try! NSRegularExpression(pattern: source, options: []))
        }
        state = made
        return made
    }

    /// The matches in `text` from `start` on: all of them, or only the first.
    func matches(in text: String, from start: String.Index, all: Bool) -> [Pattern.Match] {
        let state = ThreadMatchState.perThread.current
        guard let (regex, groupCount) = state.clone(of: self, compile: compiled) else { return fallbackMatches(in: text, from: start, all: all) }
        let utf16 = state.load(text)
        let startOffset = utf16.utf16Offset(ofUTF8: text.utf8.distance(from: text.startIndex, to: start))
        var found: [Pattern.Match] = []
        let length = utf16.length
        let status = utf16.units.withUnsafeBufferPointer { units -> Int32 in
            // Never empty: the units end with a 0 that is not part of the text.
            guard let base = units.baseAddress else { return 1 }
            // The text ICU sees starts at `start`, as NSRegularExpression's copy of the searched
            // range does: ICU's own region bounds let lookbehind see before the region.
            // The clone keeps the pointer until the next call resets it; nothing reads it before.
            let failed = docgen_regex_reset(regex, base + startOffset, Int32(length - startOffset), 0, Int32(length - startOffset))
            guard failed == 0 else { return failed }
            while docgen_regex_find_next(regex) != 0 {
                var groups: [String?] = []
                groups.reserveCapacity(groupCount + 1)
                var whole: Range<String.Index>?
                for group in 0...groupCount {
                    let lower = docgen_regex_start(regex, Int32(group))
                    let upper = docgen_regex_end(regex, Int32(group))
                    guard lower >= 0, upper >= lower,
                          let range = utf16.range(startOffset + Int(lower)..<startOffset + Int(upper), in: text) else {
                        groups.append(nil)
                        continue
                    }
                    if group == 0 { whole = range }
                    groups.append(String(text[range]))
                }
                if let whole { found.append(Pattern.Match(groups: groups, range: whole)) }
                if !all { break }
            }
            return 0
        }
        return status == 0 ? found : fallbackMatches(in: text, from: start, all: all)
    }

    /// `NSRegularExpression`'s matches: for builds without ICU's C API, and should ICU fail to
    /// clone a pattern or take a text (it has not been seen to).
    private func fallbackMatches(in text: String, from start: String.Index, all: Bool) -> [Pattern.Match] {
        guard let regex = compiled().fallback ?? (try? NSRegularExpression(pattern: source, options: [])) else { return [] }
        let range = NSRange(start..<text.endIndex, in: text)
        let results = all ? regex.matches(in: text, options: [], range: range) : regex.firstMatch(in: text, options: [], range: range).map { [$0] } ?? []
        return results.compactMap { result in
            guard let whole = Range(result.range, in: text) else { return nil }
            var groups: [String?] = []
            for i in 0..<result.numberOfRanges {
                let r = result.range(at: i)
                if r.location != NSNotFound, let swiftRange = Range(r, in: text) {
                    groups.append(String(text[swiftRange]))
                } else {
                    groups.append(nil)
                }
            }
            return Pattern.Match(groups: groups, range: whole)
        }
    }
}

/// A text as ICU reads it: UTF-16 code units, and where each unit starts in the UTF-8 text.
struct UTF16Text {
    /// The text's units and a 0 after them (so the buffer is never empty).
    var units: [UInt16] = [0]
    /// `utf8Offsets[i]`: the UTF-8 offset of unit `i`; one more entry for the end.
    var utf8Offsets: [Int32] = [0]
    /// The number of units in the text.
    var length: Int { units.count - 1 }

    init() {}

    /// Converts `text`, decoding its UTF-8 bytes directly (a String's bytes are valid UTF-8).
    init(_ text: String) {
        var text = text
        let count = text.utf8.count
        var unitCount = 0
        var offsets: [Int32] = []
        units = text.withUTF8 { bytes -> [UInt16] in
            // At most one unit per byte (and two per four-byte sequence), and the 0 after them.
            var offsetsOut = [Int32](repeating: 0, count: count + 1)
            let decoded = [UInt16](unsafeUninitializedCapacity: count + 1) { units, initialized in
                offsetsOut.withUnsafeMutableBufferPointer { offsetsOut in
                    var index = 0
                    var unit = 0
                    while index < count {
                        let lead = bytes[index]
                        let value: UInt32
                        let width: Int
                        if lead < 0x80 {
                            value = UInt32(lead)
                            width = 1
                        } else if lead < 0xE0 {
                            value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                            width = 2
                        } else if lead < 0xF0 {
                            value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                            width = 3
                        } else {
                            value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                            width = 4
                        }
                        if value < 0x10000 {
                            units[unit] = UInt16(value)
                            offsetsOut[unit] = Int32(index)
                            unit += 1
                        } else {
                            let scalar = value - 0x10000
                            units[unit] = UInt16(0xD800 + (scalar >> 10))
                            units[unit + 1] = UInt16(0xDC00 + (scalar & 0x3FF))
                            offsetsOut[unit] = Int32(index)
                            offsetsOut[unit + 1] = Int32(index)
                            unit += 2
                        }
                        index += width
                    }
                    offsetsOut[unit] = Int32(count)
                    units[unit] = 0
                    unitCount = unit
                    initialized = unit + 1
                }
            }
            offsets = offsetsOut
            return decoded
        }
        offsets.removeLast(offsets.count - (unitCount + 1))
        utf8Offsets = offsets
    }

    /// The unit at UTF-8 offset `utf8` (the first one at or after it).
    func utf16Offset(ofUTF8 utf8: Int) -> Int {
        var low = 0
        var high = utf8Offsets.count - 1
        while low < high {
            let middle = (low + high) / 2
            if Int(utf8Offsets[middle]) < utf8 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The string range of UTF-16 units `range` in `text`, the string these units came from.
    func range(_ range: Range<Int>, in text: String) -> Range<String.Index>? {
        guard range.upperBound < utf8Offsets.count else { return nil }
        let view = text.utf8
        let lower = view.index(view.startIndex, offsetBy: Int(utf8Offsets[range.lowerBound]))
        let upper = view.index(view.startIndex, offsetBy: Int(utf8Offsets[range.upperBound]))
        return lower..<upper
    }
}

/// What one thread keeps for matching: its clone of each pattern it used, and the last text it
/// converted. Per thread, so pages read in parallel never share or lock anything.
private final class ThreadMatchState {
    /// This thread's clone of each engine's pattern it used, and the pattern's group count (the
    /// engine is held, so that its identifier never names another engine while it is here).
    private var clones: [ObjectIdentifier: (engine: RegexEngine, clone: OpaquePointer, groupCount: Int)] = [:]
    private var text: String?
    private var converted = UTF16Text()

    deinit {
        for entry in clones.values { docgen_regex_close(entry.clone) }
    }

    /// This thread's clone of `engine`'s pattern and its group count, made from `compile()`'s
    /// the first time (nil when there is no ICU pattern or ICU cannot clone it).
    func clone(of engine: RegexEngine, compile: () -> RegexEngine.CompiledPattern) -> (OpaquePointer, Int)? {
        let key = ObjectIdentifier(engine)
        if let entry = clones[key] { return (entry.clone, entry.groupCount) }
        let compiled = compile()
        guard let pattern = compiled.pattern, let clone = docgen_regex_clone(pattern) else { return nil }
        clones[key] = (engine, clone, compiled.groupCount)
        return (clone, compiled.groupCount)
    }

    /// `text` in UTF-16, converted now unless it was the last text converted.
    func load(_ text: String) -> UTF16Text {
        if let last = self.text, last.hasSameBytes(as: text) { return converted }
        converted = UTF16Text(text)
        self.text = text
        return converted
    }

    /// Each thread's state.
    static let perThread = PerThread { ThreadMatchState() }
}
