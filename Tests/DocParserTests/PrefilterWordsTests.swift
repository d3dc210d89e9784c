@testable import DocDialects
@testable import DocText
@testable import DocParser
import Foundation
import Testing
import TestSupport

/// Before ICU runs, a pattern looks for the text every match needs, read from its expression
/// (``RequiredText``): right only if every match holds it. Checked for every pattern of the
/// dialect tables and the parser on every distinct line and table cell of the curated corpus:
/// the pattern without the check finds nothing the pattern with it does not. And a page's
/// dialect read from its bytes is the one read from its text, on the corpus and the docs.
@Suite(SharedPages.needed) struct PrefilterWordsTests {
    static let patterns: [Pattern] = {
        let constraints = [
            ValuePhrasings.jsonMention.pattern, ValuePhrasings.enumIntro.pattern, ValuePhrasings.bracketList.pattern, ValuePhrasings.codeItem.pattern,
            ValuePhrasings.openListMarker.pattern, ValuePhrasings.numericRange.pattern, DefaultPhrasings.markedDefault.pattern, LengthPhrasings.lengthRange.pattern,
            LengthPhrasings.lengthMaxEnglish.pattern, LengthPhrasings.lengthMax.pattern, LengthPhrasings.lengthMin.pattern, LengthPhrasings.lengthLimit.pattern,
            LengthPhrasings.lengthAtLeast.pattern, LengthPhrasings.lengthBetween.pattern, LengthPhrasings.lengthWithin.pattern, LengthPhrasings.lengthExact.pattern,
            RangePhrasings.rangeIntro.pattern, RangePhrasings.rangeBetween.pattern, RangePhrasings.rangeBetweenEnglish.pattern, RangePhrasings.rangeMax.pattern,
            RangePhrasings.exclusiveMin.pattern, RangePhrasings.rangeMin.pattern, RangePhrasings.thousands.pattern, RangePhrasings.declaredUnit.pattern,
            DefaultPhrasings.defaultIntro.pattern, DefaultPhrasings.defaultAfter.pattern, TableReader.variantCondition,
        ]
        let rules = [RulePhrasings.requiredIfCompact.pattern, RulePhrasings.requiredIfByMeaning.pattern, RulePhrasings.oneOfTrigger.pattern, RulePhrasings.requiredWhenOn.pattern,
                     RulePhrasings.requiredWithout.pattern] + RulePhrasings.requiredIfByName.map(\.pattern)
        let dialects = Dialect.all.flatMap { $0.actionPatterns + $0.pageSignals + [$0.hostPattern, $0.summaryPrefix, $0.versionPattern] }
        return constraints + rules + ItemPhrasing.all.map(\.pattern) + ItemCountPhrasings.all.map(\.pattern) + dialects
    }()

    /// Every page of the shared corpus and the published docs, as bytes.
    static func pages() -> [[UInt8]] { SharedPages.all() }

    /// Every distinct line of the curated corpus's and the published docs' pages and every cell
    /// of their table rows.
    static func texts() -> [String] {
        var texts: Set<String> = []
        for page in Self.pages() {
            for line in String(decoding: page, as: UTF8.self).split(whereSeparator: \.isNewline) {
                texts.insert(String(line))
                if line.contains("|") { texts.formUnion(line.split(separator: "|").map(String.init)) }
            }
        }
        return texts.sorted()
    }

    @Test func everyMatchHoldsTheRequiredText() throws {
        let texts = Self.texts()
        try #require(texts.count > 100_000, "the shared corpus and docs are missing")
        var matched = 0
        for pattern in Self.patterns {
            for text in texts where !pattern.unfilteredMatches(in: text).isEmpty {
                matched += 1
                #expect(pattern.mayOccur(in: text), "a match of \(pattern.source) that its required text rules out: \(text)")
            }
        }
        #expect(matched > 20_000)
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
