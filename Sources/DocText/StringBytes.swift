// Reading a string by its UTF-8 bytes with the results the Character-based code gives:
// splitting at separators, telling whether a byte is a whole Character, trimming scalars. Walking
// Characters (grapheme breaking) costs a few hundred instructions per character; the parser's
// hot paths (example requests, host lines, tags, sentence bounds) read bytes with these instead.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// The pieces between newline Characters, empty ones left out: what
    /// `split(whereSeparator: \.isNewline)` gives. A newline scalar (LF, VT, FF, CR, NEL, LS, PS)
    /// is always a Character of its own, or with LF after CR one Character `\r\n`, which splits
    /// as two newlines with an empty piece between them does.
    public func splitAtNewlines() -> [Substring] {
        var pieces: [Substring] = []
        let view = utf8
        var pieceStart = view.startIndex
        var index = view.startIndex
        while index < view.endIndex {
            let width = newlineWidth(at: index)
            guard width > 0 else {
                index = view.index(after: index)
                continue
            }
            if pieceStart < index { pieces.append(self[pieceStart..<index]) }
            index = view.index(index, offsetBy: width)
            pieceStart = index
        }
        if pieceStart < view.endIndex { pieces.append(self[pieceStart..<view.endIndex]) }
        return pieces
    }

    /// The pieces between Characters that are one of the ASCII `separators`, empty ones left
    /// out: what `split(whereSeparator: { separators.contains($0) })` gives. A separator byte
    /// splits only where it is a whole Character (not the LF of `\r\n`, nor a `&` that a
    /// combining mark joins); between ASCII neighbours that is decided by the bytes alone.
    public func split(atASCII separators: [UInt8]) -> [Substring] {
        var pieces: [Substring] = []
        let view = utf8
        var pieceStart = view.startIndex
        var index = view.startIndex
        while index < view.endIndex {
            let next = view.index(after: index)
            if separators.contains(view[index]), isWholeCharacter(at: index) {
                if pieceStart < index { pieces.append(self[pieceStart..<index]) }
                pieceStart = next
            }
            index = next
        }
        if pieceStart < view.endIndex { pieces.append(self[pieceStart..<view.endIndex]) }
        return pieces
    }

    /// Whether the ASCII byte at `index` (a UTF-8 index of the string) is a Character of its own:
    /// a Character boundary before and after it. Between ASCII neighbours that is decided by the
    /// bytes (a boundary everywhere but inside `\r\n`); next to other scalars (a combining mark
    /// after it) by the string's grapheme breaking.
    public func isWholeCharacter(at index: String.Index) -> Bool {
        let byte = utf8[index]
        let next = utf8.index(after: index)
        let following = next < utf8.endIndex ? utf8[next] : nil
        let previous = index > utf8.startIndex ? utf8[utf8.index(before: index)] : nil
        // Between ASCII scalars a Character boundary is everywhere but inside `\r\n`.
        if previous.map({ $0 < 0x80 }) ?? true, following.map({ $0 < 0x80 }) ?? true {
            return !(byte == 0x0A && previous == 0x0D) && !(byte == 0x0D && following == 0x0A)
        }
        return isOnCharacterBoundaries(index..<next)
    }

    /// Whether both ends of `range` (UTF-8 indexes of the string) are Character boundaries: for
    /// the bytes of one scalar, whether that scalar is a Character of its own.
    public func isOnCharacterBoundaries(_ range: Range<String.Index>) -> Bool {
        String.Index(range.lowerBound, within: self) != nil && String.Index(range.upperBound, within: self) != nil
    }

    /// The length in bytes of the newline scalar at `index`, or 0.
    private func newlineWidth(at index: String.Index) -> Int {
        let view = utf8
        let byte = view[index]
        if byte < 0x80 { return (0x0A...0x0D).contains(byte) ? 1 : 0 }
        guard byte == 0xC2 || byte == 0xE2 else { return 0 }
        let second = view.index(after: index)
        guard second < view.endIndex else { return 0 }
        if byte == 0xC2 { return view[second] == 0x85 ? 2 : 0 }
        let third = view.index(after: second)
        guard third < view.endIndex, view[second] == 0x80 else { return 0 }
        return view[third] == 0xA8 || view[third] == 0xA9 ? 3 : 0
    }
}

extension String {
    /// The UTF-8 index of the first whole Character that is the ASCII `byte`, from `start` on.
    public func firstWholeCharacter(_ byte: UInt8, from start: String.Index) -> String.Index? {
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == byte, isWholeCharacter(at: index) { return index }
            index = utf8.index(after: index)
        }
        return nil
    }
}

extension UInt8 {
    /// `A`–`Z` or `a`–`z`.
    public var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    /// `0`–`9`.
    public var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}

extension String {
    /// The string without the leading and trailing scalars in `scalars`: what Foundation's
    /// `trimmingCharacters(in:)` gives with a set of those scalars, without building a
    /// `CharacterSet` or going through Foundation for each call.
    public func trimmingScalars(in scalars: Set<Unicode.Scalar>) -> String {
        let view = unicodeScalars
        guard let first = view.firstIndex(where: { !scalars.contains($0) }),
              let last = view.lastIndex(where: { !scalars.contains($0) }) else { return "" }
        return String(view[first...last])
    }
}

extension String {
    /// The string without whitespace and lower-cased, as a lookup key, from its bytes: what
    /// `filter { !$0.isWhitespace && !dropped($0) }.lowercased()` gives, where `dropped` removes the
    /// ASCII bytes `dropping` and the scalars `droppingScalars`. Nil unless every scalar is ASCII,
    /// a CJK unified ideograph (U+4E00–U+9FFF) or one of `droppingScalars`: for those each scalar
    /// is a Character of its own (but `\r\n`, whitespace either way), only ASCII letters change
    /// case, and only ASCII whitespace is whitespace. Table headers and type cells are such text;
    /// a walk by Character and `lowercased()` cost a few thousand instructions per cell.
    public func foldedKey(dropping: [UInt8] = [], droppingScalars: [Unicode.Scalar] = []) -> String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            // The key is never longer than the text: written straight into the new string.
            var folded = true
            let key = String(unsafeUninitializedCapacity: bytes.count) { key -> Int in
                var length = 0
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        index += 1
                        if byte == 0x20 || (0x09...0x0D).contains(byte) || dropping.contains(byte) { continue }
                        key[length] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                        length += 1
                        continue
                    }
                    // Valid UTF-8 (a String): a three-byte lead is followed by two continuation bytes.
                    guard byte & 0xF0 == 0xE0, index + 2 < bytes.count else { folded = false; return 0 }
                    let second = bytes[index + 1], third = bytes[index + 2]
                    index += 3
                    let value = UInt32(byte & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                    if droppingScalars.contains(where: { $0.value == value }) { continue }
                    guard (0x4E00...0x9FFF).contains(value) else { folded = false; return 0 }
                    key[length] = byte
                    key[length + 1] = second
                    key[length + 2] = third
                    length += 3
                }
                return length
            }
            return folded ? key : nil
        }
    }
}

/// Checking bytes for UTF-8 without making a string of them.
public enum UTF8Validation {
    /// Whether `bytes` are valid UTF-8: what `String(validating:as:)` decides (no overlong forms,
    /// no surrogates, nothing above U+10FFFF, no cut sequences), ASCII checked eight bytes at a
    /// time. A page is checked once; making a string of it to check took twice as long.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // A sequence's continuation bytes are 10xxxxxx; the second byte's range also rules out
            // overlong forms (after E0, F0), surrogates (after ED) and code points above U+10FFFF
            // (after F4).
            if lead < 0xE0 {
                guard lead >= 0xC2, index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return false }
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                let second = base[index + 1]
                guard second & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80,
                      lead != 0xE0 || second >= 0xA0, lead != 0xED || second <= 0x9F else { return false }
                index += 3
            } else {
                guard lead <= 0xF4, index + 3 < count else { return false }
                let second = base[index + 1]
                guard second & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80, base[index + 3] & 0xC0 == 0x80,
                      lead != 0xF0 || second >= 0x90, lead != 0xF4 || second <= 0x8F else { return false }
                index += 4
            }
        }
        return true
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is always a Character of its own when its neighbours are such scalars
    /// too: printable ASCII, tab and line feed (not carriage return, which joins a line feed), CJK
    /// ideographs (U+4E00–U+9FFF), CJK punctuation without its marks (U+3001–U+3029) and
    /// fullwidth forms (U+FF01–U+FF5E). Grapheme breaking always breaks between two of them, so
    /// in a run of them scalars and Characters are the same.
    public var isPlainCharacter: Bool {
        switch value {
        case 0x09, 0x0A, 0x20...0x7E, 0x3001...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}

extension String {
    /// `count <= limit`, without walking Characters where the bytes or the scalars settle it: a
    /// string of at most `limit` bytes has at most `limit` Characters, and in a string of
    /// ``Unicode/Scalar/isPlainCharacter`` scalars each scalar is a Character.
    public func hasAtMostCharacters(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        var counted = 0
        for scalar in unicodeScalars {
            guard scalar.isPlainCharacter else { return prefix(limit + 1).count <= limit }
            counted += 1
            // The first limit + 1 scalars are each a Character of their own (the last may take
            // marks after it, and is still one more Character).
            if counted > limit { return false }
        }
        return true
    }
}

extension String {
    /// The order of the two strings' UTF-8 bytes: negative, 0 or positive (a prefix comes first).
    /// Bytes as written, no Unicode equivalence (unlike `<` and `==`).
    public func compareBytes(with other: String) -> Int {
        var (a, b) = (self, other)
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress, p != q {
                    let order = memcmp(p, q, common)
                    if order != 0 { return Int(order) }
                }
                return x.count - y.count
            }
        }
    }

    /// Whether the two strings hold the same UTF-8 bytes (no Unicode equivalence, unlike `==`).
    public func hasSameBytes(as other: String) -> Bool {
        utf8.count == other.utf8.count && compareBytes(with: other) == 0
    }
}

extension String {
    /// Foundation's `replacingOccurrences(of:with:)`, called only when `target`'s bytes occur in
    /// the string (most texts hold none, and Foundation's search goes through `NSString`); the
    /// string itself otherwise.
    public func replacingOccurrencesIfPresent(of target: String, with replacement: String) -> String {
        containsBytes(target) ? replacingOccurrences(of: target, with: replacement) : self
    }
}
