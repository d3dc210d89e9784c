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
/// text for each of its words (Benchmarks/README.md has the figures). The patterns use the
/// per-thread ring of recent indexes (``mayMatch(_:needsDigit:anyOf:alsoAnyOf:)``), whose bits
/// live in buffers made once per thread; a value of this type is one text's index on its own.
public struct TextIndex: Sendable {
    /// The index's bits: 64 words of byte pairs, then 4 words of single bytes.
    private var bits = [UInt64](repeating: 0, count: TextIndex.wordCount)
    /// Whether the text has an ASCII digit.
    public private(set) var hasDigit = false

    /// Indexes `text` in one pass over its UTF-8 bytes.
    public init(_ text: String) {
        var text = text
        hasDigit = text.withUTF8 { bytes in
            bits.withUnsafeMutableBufferPointer { bits in
                guard let base = bits.baseAddress else { return false }
                return Self.fill(base, from: bytes)
            }
        }
    }

    /// Whether the probed word may occur in the text: false only when it cannot (an empty word
    /// always may).
    public func mayContain(_ probe: Probe) -> Bool {
        bits.withUnsafeBufferPointer { bits in
            guard let base = bits.baseAddress else { return true }
            return probe.mayOccur(in: base)
        }
    }

    /// A word made ready for ``mayContain(_:)`` once (a pattern's words are probed in every text
    /// it sees): the index bits it needs set, grouped by the 64-bit word they are in.
    public struct Probe: Sendable {
        fileprivate let masks: [(word: Int, bits: UInt64)]
        /// The word itself, for texts searched without an index (``occurs(in:)``).
        fileprivate let word: [UInt8]

        /// Prepares `word` (UTF-8 bytes).
        public init(_ word: [UInt8]) {
            self.word = word
            var grouped: [Int: UInt64] = [:]
            if word.count == 1 {
                // A one-byte word is looked up among the single bytes.
                let (index, bit) = TextIndex.single(word[0])
                grouped[index] = bit
            } else if word.count > 1 {
                for index in 1..<word.count {
                    let (wordIndex, bit) = TextIndex.pair(word[index - 1], word[index])
                    grouped[wordIndex, default: 0] |= bit
                }
            }
            masks = grouped.sorted { $0.key < $1.key }.map { (word: $0.key, bits: $0.value) }
        }

        /// Whether every bit the word needs is set in an index's bits.
        @inline(__always)
        fileprivate func mayOccur(in bits: UnsafePointer<UInt64>) -> Bool {
            for mask in masks where bits[mask.word] & mask.bits != mask.bits { return false }
            return true
        }

        /// Whether the word occurs in `bytes` (exactly: no index, no false positive; an empty
        /// word always does).
        public func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            word.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes) != nil }
        }
    }

    /// Texts longer than this many bytes (a whole page) are searched for a pattern's words
    /// directly: a pattern or two looks at them, so indexing every byte pair would cost more
    /// than finding a few words.
    public static let directSearchLength = 1024

    /// 64-bit words in an index: 4,096 bits of byte pairs, 256 of single bytes.
    fileprivate static let wordCount = 68

    /// The word and bit of a byte pair.
    @inline(__always)
    fileprivate static func pair(_ a: UInt8, _ b: UInt8) -> (Int, UInt64) {
        let slot = (Int(a) &* 0x9E5 ^ Int(b) &* 0x3B) & 0xFFF
        return (slot >> 6, 1 << UInt64(slot & 63))
    }

    /// The word and bit of a single byte.
    @inline(__always)
    fileprivate static func single(_ byte: UInt8) -> (Int, UInt64) {
        (64 + Int(byte >> 6), 1 << UInt64(byte & 63))
    }

    /// Sets the bits of `bytes` in `bits` (``wordCount`` words, zeroed); returns whether the
    /// text has an ASCII digit.
    fileprivate static func fill(_ bits: UnsafeMutablePointer<UInt64>, from bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digit = false
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            if byte &- 0x30 < 10 { digit = true }
            let (singleWord, singleBit) = single(byte)
            bits[singleWord] |= singleBit
            if offset > 0 {
                let (pairWord, pairBit) = pair(previous, byte)
                bits[pairWord] |= pairBit
            }
            previous = byte
        }
        return digit
    }

    /// Whether a pattern with these words may match `bytes`: some word of `anyOf` (when any)
    /// and some of `alsoAnyOf` (when any) may occur, and a digit when `needsDigit`. The index
    /// comes from the few texts this thread indexed last when `bytes` is one of them: the
    /// parser asks many patterns about the same description (and its clauses) in a row, so
    /// each text is indexed once, not once per pattern. Per thread, so pages read in parallel
    /// never share or lock anything. A long text is searched for the words directly.
    public static func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>, needsDigit: Bool, anyOf: [Probe], alsoAnyOf: [Probe]) -> Bool {
        if bytes.count > directSearchLength {
            if needsDigit, !bytes.contains(where: { $0 &- 0x30 < 10 }) { return false }
            return (anyOf.isEmpty || anyOf.contains { $0.occurs(in: bytes) })
                && (alsoAnyOf.isEmpty || alsoAnyOf.contains { $0.occurs(in: bytes) })
        }
        let ring = RecentIndexes.perThread.current
        let slot = ring.slot(of: bytes)
        if needsDigit, !ring.hasDigit(slot) { return false }
        let bits = UnsafePointer(ring.bits(slot))
        return (anyOf.isEmpty || anyOf.contains { $0.mayOccur(in: bits) })
            && (alsoAnyOf.isEmpty || alsoAnyOf.contains { $0.mayOccur(in: bits) })
    }
}

/// The indexes a thread built last: a ring of a few texts, each text's bytes and index bits in
/// buffers made once per thread (no allocation or reference counting per text).
private final class RecentIndexes {
    /// One slot of the ring (plain values: copied without reference counting).
    private struct Slot {
        /// A copy of the indexed text's bytes (to tell whether a text is this one).
        var bytes: UnsafeMutablePointer<UInt8>?
        var capacity = 0
        /// -1: empty.
        var count = -1
        var hasDigit = false
    }

    static let capacity = 6
    private let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
    private let indexBits = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity * TextIndex.wordCount)
    /// The slot used last (patterns ask about one text many times in a row: tried first).
    private var last = 0
    /// The slot the next new text replaces.
    private var next = 0

    init() {
        slots.initialize(repeating: Slot(), count: Self.capacity)
    }

    deinit {
        for slot in 0..<Self.capacity { slots[slot].bytes?.deallocate() }
        slots.deinitialize(count: Self.capacity)
        slots.deallocate()
        indexBits.deallocate()
    }

    /// The slot that holds the index of `bytes`, indexed into the oldest slot when no recent
    /// text is it.
    func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if holds(last, bytes) { return last }
        for slot in 0..<Self.capacity where slot != last && holds(slot, bytes) {
            last = slot
            return slot
        }
        let slot = next
        next = (next + 1) % Self.capacity
        if slots[slot].capacity < bytes.count {
            slots[slot].bytes?.deallocate()
            let capacity = max(256, bytes.count)
            slots[slot].bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            slots[slot].capacity = capacity
        }
        if let source = bytes.baseAddress, let copy = slots[slot].bytes { copy.update(from: source, count: bytes.count) }
        slots[slot].count = bytes.count
        let bits = self.bits(slot)
        bits.update(repeating: 0, count: TextIndex.wordCount)
        slots[slot].hasDigit = TextIndex.fill(bits, from: bytes)
        last = slot
        return slot
    }

    /// The index bits of a slot.
    func bits(_ slot: Int) -> UnsafeMutablePointer<UInt64> { indexBits + slot * TextIndex.wordCount }

    /// Whether a slot's text has an ASCII digit.
    func hasDigit(_ slot: Int) -> Bool { slots[slot].hasDigit }

    /// Whether a slot holds exactly `bytes`.
    private func holds(_ slot: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard slots[slot].count == bytes.count else { return false }
        guard let held = slots[slot].bytes, let base = bytes.baseAddress else { return true }
        return memcmp(held, base, bytes.count) == 0
    }

    /// Each thread's ring.
    static let perThread = PerThread { RecentIndexes() }
}
