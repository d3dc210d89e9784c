#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What one pass over a text learns about it, so that every ``Pattern`` can tell in a few bit
/// tests whether its words may occur: the byte pairs the text holds (hashed into 4,096 bits),
/// the single bytes, and whether it has an ASCII digit. A word whose bytes and byte pairs are all
/// present *may* occur (a false positive only costs running the pattern); a word with any pair
/// missing cannot, which is the common case: most descriptions hold none of a pattern's words.
///
/// This is how the parser's vocabulary meets a description once: one pass builds the index,
/// then each of the ~60 patterns' words is looked up in it instead of each pattern scanning the
/// text for each of its words (Benchmarks/README.md has the figures).
public struct TextIndex: Sendable {
    // (An array, not `InlineArray`: the package builds on macOS 13.)
    private var pairs = [UInt64](repeating: 0, count: 64)
    private var singles: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Whether the text has an ASCII digit.
    public private(set) var hasDigit = false

    /// Indexes `text` in one pass over its UTF-8 bytes.
    public init(_ text: String) {
        var text = text
        var singles: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var digit = false
        pairs.withUnsafeMutableBufferPointer { pairs in
            text.withUTF8 { bytes in
                var previous: UInt8 = 0
                for (offset, byte) in bytes.enumerated() {
                    if byte &- 0x30 < 10 { digit = true }
                    let bit: UInt64 = 1 << UInt64(byte & 63)
                    switch byte >> 6 {
                    case 0: singles.0 |= bit
                    case 1: singles.1 |= bit
                    case 2: singles.2 |= bit
                    default: singles.3 |= bit
                    }
                    if offset > 0 {
                        let slot = Self.slot(previous, byte)
                        pairs[slot >> 6] |= 1 << UInt64(slot & 63)
                    }
                    previous = byte
                }
            }
        }
        self.singles = singles
        hasDigit = digit
    }

    /// A word made ready for ``mayContain(_:)`` once (a pattern's words are probed in every text
    /// it sees): the index bits its byte pairs set, grouped by the 64-bit word they are in.
    public struct Probe: Sendable {
        fileprivate let masks: [(word: Int, bits: UInt64)]
        /// The byte of a one-byte word (looked up among single bytes, not pairs).
        fileprivate let single: UInt8?

        /// Prepares `word` (UTF-8 bytes).
        public init(_ word: [UInt8]) {
            single = word.count == 1 ? word[0] : nil
            var grouped: [Int: UInt64] = [:]
            if word.count > 1 {
                for index in 1..<word.count {
                    let slot = TextIndex.slot(word[index - 1], word[index])
                    grouped[slot >> 6, default: 0] |= 1 << UInt64(slot & 63)
                }
            }
            masks = grouped.sorted { $0.key < $1.key }.map { (word: $0.key, bits: $0.value) }
        }
    }

    /// Whether the probed word may occur in the text: false only when it cannot (an empty word
    /// always may).
    public func mayContain(_ probe: Probe) -> Bool {
        if let single = probe.single { return hasSingle(single) }
        for mask in probe.masks where pairs[mask.word] & mask.bits != mask.bits { return false }
        return true
    }

    fileprivate static func slot(_ a: UInt8, _ b: UInt8) -> Int {
        (Int(a) &* 0x9E5 ^ Int(b) &* 0x3B) & 0xFFF
    }

    private func hasSingle(_ byte: UInt8) -> Bool {
        let bit: UInt64 = 1 << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return singles.0 & bit != 0
        case 1: return singles.1 & bit != 0
        case 2: return singles.2 & bit != 0
        default: return singles.3 & bit != 0
        }
    }
}

extension TextIndex {
    /// The index of `text`, from the few texts this thread indexed last when it is one of them.
    /// The parser asks many patterns about the same description (and its clauses) in a row, so
    /// each text is indexed once, not once per pattern. Per thread, so pages read in parallel
    /// never share or lock anything.
    static func recent(_ text: String) -> TextIndex {
        let cache = RecentIndexes.perThread.current
        let count = text.utf8.count
        for slot in cache.counts.indices where cache.counts[slot] == count && sameBytes(cache.texts[slot], text) {
            return cache.indexes[slot]
        }
        let index = TextIndex(text)
        cache.remember(text, count: count, index: index)
        return index
    }
}

/// Whether two strings hold the same UTF-8 bytes (no Unicode equivalence, unlike `==`).
func sameBytes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in
        b.withUTF8 { y in
            guard x.count == y.count else { return false }
            guard let p = x.baseAddress, let q = y.baseAddress else { return true }
            return p == q || memcmp(p, q, x.count) == 0
        }
    }
}

/// The indexes a thread built last (a ring of a few).
private final class RecentIndexes {
    static let capacity = 6
    var texts: [String] = []
    var counts: [Int] = []
    var indexes: [TextIndex] = []
    private var next = 0

    func remember(_ text: String, count: Int, index: TextIndex) {
        if texts.count < Self.capacity {
            texts.append(text)
            counts.append(count)
            indexes.append(index)
        } else {
            texts[next] = text
            counts[next] = count
            indexes[next] = index
            next = (next + 1) % Self.capacity
        }
    }

    /// Each thread's cache.
    static let perThread = PerThread { RecentIndexes() }
}
