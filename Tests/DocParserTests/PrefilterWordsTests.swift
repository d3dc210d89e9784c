@testable import DocDialects
@testable import DocParser
import Foundation
import Testing
import TestSupport

/// A pattern's words (`anyOf`, `alsoAnyOf`, `needsDigit`) are looked for before ICU runs, so a
/// word set is right only if every match holds one of its words. Checked for the patterns whose
/// words name what the expression itself requires (a unit and a bound for a length, a quote
/// before a quoted value, a closing bracket and a digit for `（1）`, …) on every line and table
/// cell of the shared corpus and trees: the pattern without words finds nothing the pattern with
/// them does not. And a page's dialect read from its bytes is the one read from its text.
@Suite(SharedPages.needed) struct PrefilterWordsTests {
    static let patterns: [Pattern] = [ConstraintReader.lengthRange, ConstraintReader.lengthMax, ConstraintReader.lengthMin]
        + ItemPhrasing.all.map(\.pattern) + Dialect.v2.actionPatterns + Dialect.v3.pageSignals

    /// Every page of the shared corpus and trees, as bytes.
    static func pages() -> [[UInt8]] { SharedPages.all() }

    /// Every line of the pages and every cell of their table rows.
    static func texts(_ pages: [[UInt8]]) -> [String] {
        var texts: [String] = []
        for page in pages {
            for line in String(decoding: page, as: UTF8.self).split(whereSeparator: \.isNewline) {
                texts.append(String(line))
                if line.contains("|") { texts += line.split(separator: "|").map(String.init) }
            }
        }
        return texts
    }

    @Test func everyMatchHoldsThePatternsWords() throws {
        let texts = Self.texts(Self.pages())
        try #require(texts.count > 100_000, "the shared corpus and trees are missing")
        var matched = 0
        for pattern in Self.patterns {
            let unfiltered = Pattern(pattern.source)
            for text in texts where !unfiltered.matches(in: text).isEmpty {
                matched += 1
                let allowed = pattern.mayOccur(in: text)
                #expect(allowed, "a match of \(pattern.source) that its words rule out: \(text)")
            }
        }
        #expect(matched > 1_000)
    }

    @Test func theDialectFromBytesIsTheDialectFromText() throws {
        let pages = Self.pages()
        try #require(pages.count > 1_000, "the shared corpus and trees are missing")
        // The pages as published, and versioned ones with ill-formed bytes put in at random
        // places (cut sequences, stray continuation and lead bytes, bytes no UTF-8 has).
        var random = SeededTexts(seed: 0xD1A1EC7)
        let ill: [[UInt8]] = [[0xE5], [0xE5, 0x85], [0x85], [0xBF, 0xBD], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90]]
        var mutated: [[UInt8]] = []
        for page in pages where Dialect.detect(utf8: page).name != "v2" {
            for _ in 0..<3 {
                var bytes = page
                for _ in 0..<8 {
                    let at = random.next() % (bytes.count + 1)
                    bytes.insert(contentsOf: ill[random.next() % ill.count], at: at)
                }
                mutated.append(bytes)
            }
        }
        try #require(mutated.count > 100)
        for bytes in pages + mutated {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(Dialect.detect(utf8: bytes).name == Dialect.detect(text).name)
            for signal in Dialect.v3.pageSignals where signal.mayOccur(in: text) {
                let allowed = bytes.withUnsafeBufferPointer { signal.mayOccur(inUTF8: $0) }
                #expect(allowed, "the words of \(signal.source) occur in the text but not in its bytes")
            }
        }
    }
}
