@testable import DocText
import TestSupport
import Testing

/// ``UTF16Text`` decodes a string's UTF-8 bytes itself: its units are the string's UTF-16 view,
/// and each unit's offset is where its scalar starts in the UTF-8 bytes, for texts of one-, two-,
/// three- and four-byte characters.
@Suite struct UTF16TextTests {
    @Test func unitsAndOffsetsAreTheStringsOwn() {
        let pieces = ["a", " ", "\n", "é", "ß", "中", "值", "\u{FFFD}", "\u{FEFF}", "😀", "𠀀", "\u{10FFFF}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}"]
        var random = SeededTexts(seed: 23)
        for round in 0..<3000 {
            let text = round == 0 ? "" : random.text(from: pieces, fewerThan: 16)
            let converted = UTF16Text(text)
            #expect(converted.units == Array(text.utf16) + [0], "\(text.debugDescription)")
            var offsets: [Int32] = []
            var offset: Int32 = 0
            for scalar in text.unicodeScalars {
                offsets += Array(repeating: offset, count: scalar.utf16.count)
                offset += Int32(scalar.utf8.count)
            }
            #expect(converted.utf8Offsets == offsets + [offset], "\(text.debugDescription)")
            #expect(converted.length == text.utf16.count)
        }
    }
}
