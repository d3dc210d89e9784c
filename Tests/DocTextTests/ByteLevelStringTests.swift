@testable import DocText
import TestSupport
import Testing

/// The byte-level string helpers (splitting, whole-Character tests, blank trimming, inline
/// collection, tag reading) are there for speed; these hold each to its definition by Character
/// or scalar, on generated texts that mix what makes the two differ: `\r\n` (one Character),
/// combining marks and joiners after a separator, a prepended scalar before one, the other
/// newline scalars, blanks of several widths and Chinese text.
@Suite struct ByteLevelStringTests {
    static let pieces = SeededTexts.byteLevelPieces

    static func texts(_ count: Int, maxPieces: Int = 24) -> [String] { SeededTexts.byteLevelTexts(count, maxPieces: maxPieces) }

    @Test func newlinesSplitAsCharacters() {
        for text in Self.texts(3000) {
            #expect(text.splitAtNewlines().map(String.init) == text.split(whereSeparator: \.isNewline).map(String.init), "\(text.debugDescription)")
        }
    }

    @Test func asciiSeparatorsSplitAsCharacters() {
        for text in Self.texts(3000) {
            let byCharacter = text.split(whereSeparator: { $0 == "&" || $0 == "\n" || $0 == "?" }).map(String.init)
            #expect(text.split(atASCII: [0x26, 0x0A, 0x3F]).map(String.init) == byCharacter, "\(text.debugDescription)")
        }
    }

    @Test func wholeCharactersAreCharacters() {
        for text in Self.texts(1500) {
            var index = text.utf8.startIndex
            while index < text.utf8.endIndex {
                if text.utf8[index] < 0x80 {
                    let expected = String.Index(index, within: text).map { text[$0].unicodeScalars.count == 1 } ?? false
                    #expect(text.isWholeCharacter(at: index) == expected, "\(text.debugDescription) at \(text.utf8.distance(from: text.startIndex, to: index))")
                }
                index = text.utf8.index(after: index)
            }
            #expect(text.firstWholeCharacter(0x3E, from: text.startIndex) == text.firstIndex(of: ">"), "\(text.debugDescription)")
        }
    }

    /// Trimming by bytes (``Blanks/trimmed(_:)-([UInt8])`` and the `String` overload
    /// of `trimmingBlanks()` built on it) keeps what trimming scalar by scalar keeps (the
    /// `StringProtocol` version, called here through a `Substring`).
    @Test func blankTrimmingIsTrimmingBlanks() {
        for text in Self.texts(3000, maxPieces: 8) {
            let byScalar = Substring(text).trimmingBlanks()
            let bytes = Array(text.utf8)
            let kept = String(decoding: bytes[Blanks.trimmed(bytes)], as: UTF8.self)
            #expect(Array(kept.utf8) == Array(byScalar.utf8), "\(text.debugDescription)")
            #expect(Array(text.trimmingBlanks().utf8) == Array(byScalar.utf8), "\(text.debugDescription)")
        }
    }

    /// ``String/foldedKey(dropping:droppingScalars:)`` is the filter-and-lower-case it stands for
    /// wherever it gives a key, and gives one for every text of ASCII and CJK ideographs.
    @Test func foldedKeysAreFilteredLowercasedText() {
        let pieces = Self.pieces + ["：", ":", "*", "Ｚ", "É", "ß", "Σ", "\u{4DFF}", "\u{4E00}", "\u{9FFF}", "\u{A000}", "参数名称", "Name", "\u{1F}", "\u{7F}", "\u{F900}"]
        var random = SeededTexts(seed: 13)
        var keyed = 0
        for _ in 0..<4000 {
            let text = random.text(from: pieces, fewerThan: 10)
            let expected = text.filter { !$0.isWhitespace && $0 != "*" && $0 != ":" && $0 != "：" }.lowercased()
            let simple = text.unicodeScalars.allSatisfy { $0.isASCII || (0x4E00...0x9FFF).contains($0.value) || $0 == "：" }
            if let key = text.foldedKey(dropping: [0x2A, 0x3A], droppingScalars: ["："]) {
                keyed += 1
                #expect(key == expected && Array(key.utf8) == Array(expected.utf8), "\(text.debugDescription)")
            } else {
                #expect(!simple, "no key for \(text.debugDescription)")
            }
            if let plain = text.foldedKey() {
                #expect(Array(plain.utf8) == Array(text.filter { !$0.isWhitespace }.lowercased().utf8), "\(text.debugDescription)")
            }
        }
        #expect(keyed > 100)
    }

    /// ``UTF8Validation/isValid(_:)`` decides as `String(validating:as:)` does, on byte strings
    /// made of valid characters of every length, the edges of each lead byte's second-byte range,
    /// cut sequences and stray bytes, at every alignment to the eight-byte ASCII steps.
    @Test func utf8ValidationIsStringValidation() {
        let pieces: [[UInt8]] = [
            [0x61], [0x20], Array("abcdefgh".utf8), Array("中文".utf8), Array("é".utf8), Array("😀".utf8), [0x7F], [0x00],
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xC2], [0xE4, 0xB8],
            [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xE1, 0x80, 0x7F],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xF3, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE],
        ]
        var random = SeededTexts(seed: 17)
        var invalid = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<(random.next() % 12) { bytes += pieces[random.next() % pieces.count] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            if !expected { invalid += 1 }
            #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(bytes)")
        }
        #expect(invalid > 1000 && invalid < 19_000)
    }

    /// Case-blind search (candidates found with memchr, in both cases of a letter) finds what
    /// comparing at every offset finds.
    @Test func caseBlindSearchFindsTheFirstOccurrence() {
        func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
            func fold(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
            guard !needle.isEmpty else { return 0 }
            guard haystack.count >= needle.count else { return nil }
            return (0...(haystack.count - needle.count)).first { start in
                needle.indices.allSatisfy { fold(haystack[start + $0]) == fold(needle[$0]) }
            }
        }
        let pieces = ["a", "A", "b", "B", "n", "N", "null", "NULL", "Null", "e.g.", "E.G.", "中", "例如", " ", "@", "[", "`", "{", "z", "Z"]
        var random = SeededTexts(seed: 29)
        var found = 0
        for _ in 0..<5000 {
            let haystack = Array(random.text(from: pieces, fewerThan: 14).utf8)
            let needle = Array(random.text(from: pieces, fewerThan: 4).utf8)
            let expected = naive(needle, haystack)
            if expected != nil { found += 1 }
            let actual = needle.withUnsafeBufferPointer { n in haystack.withUnsafeBufferPointer { ByteSearch.firstOffsetIgnoringASCIICase(of: n, in: $0) } }
            #expect(actual == expected, "\(needle) in \(haystack)")
            let text = String(decoding: haystack, as: UTF8.self)
            let word = String(decoding: needle, as: UTF8.self)
            #expect(text.rangeOfBytes(word, ignoringASCIICase: true).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } == expected)
        }
        #expect(found > 500)
    }

    /// `hasAtMostCharacters` is `count <= limit`, also where marks, `\r\n` and emoji make
    /// Characters of several scalars.
    @Test func characterLimitsAreCounts() {
        let pieces = Self.pieces + ["，", "。", "\u{302A}", "\u{FE0F}", "Ａ", "参数名称", "abcdefgh", "\u{1F1E8}\u{1F1F3}"]
        var random = SeededTexts(seed: 37)
        for _ in 0..<4000 {
            let text = random.text(from: pieces, fewerThan: 30)
            for limit in [0, 1, 3, 8, 20, 60] {
                #expect(text.hasAtMostCharacters(limit) == (text.count <= limit), "\(text.debugDescription) \(limit)")
            }
        }
    }

    /// Byte order and byte equality of two strings, as their UTF-8 views compare.
    @Test func bytesCompareAsUTF8Views() {
        var random = SeededTexts(seed: 41)
        for _ in 0..<3000 {
            let a = random.text(from: Self.pieces, fewerThan: 6)
            let b = random.next() % 4 == 0 ? a : random.text(from: Self.pieces, fewerThan: 6)
            let order = a.compareBytes(with: b)
            #expect((order < 0) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) \(b.debugDescription)")
            #expect((order == 0) == a.utf8.elementsEqual(b.utf8))
            #expect(a.hasSameBytes(as: b) == a.utf8.elementsEqual(b.utf8))
        }
    }

    /// ``InlineBuilder`` against the segment-by-segment definition of the two forms.
}
