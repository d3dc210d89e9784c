@testable import DocText
import TestSupport
import Testing

/// ``TextIndex`` lets a pattern skip a text that cannot hold its words. It may say "may" for an
/// absent word (a hash collision only costs a regular expression run) but never "cannot" for a
/// present one: that would lose a reading.
@Suite struct TextIndexTests {
    static let alphabet = Array("ab取值范围默认1 0,，：:()（）-_.😀é\n")

    @Test func everyWordOfTheTextMayOccur() {
        var random = SeededTexts(seed: 42)
        for _ in 0..<300 {
            let text = String((0..<(random.next() % 40)).map { _ in Self.alphabet[random.next() % Self.alphabet.count] })
            let index = TextIndex(text)
            let bytes = Array(text.utf8)
            for start in bytes.indices {
                for length in 1...min(8, bytes.count - start) {
                    let word = Array(bytes[start..<(start + length)])
                    #expect(index.mayContain(TextIndex.Probe(word)), "\(word) in \(text)")
                }
            }
        }
    }

    @Test func absentWordsAreRuledOut() {
        let index = TextIndex("Valid values: TCP, UDP. Default: TCP.")
        #expect(!index.mayContain(TextIndex.Probe(Array("取值".utf8))))
        #expect(!index.mayContain(TextIndex.Probe(Array("HTTPS".utf8))))
        #expect(!index.mayContain(TextIndex.Probe(Array("~".utf8))))
        #expect(index.mayContain(TextIndex.Probe(Array("Default".utf8))))
        #expect(index.mayContain(TextIndex.Probe([])))
        #expect(!index.hasDigit)
    }
}

/// The per-thread ring of recent indexes (what patterns use): however texts come and go, a word
/// a text holds is never ruled out, and long texts searched directly say exactly.
@Suite struct RecentTextIndexTests {
    @Test func ringNeverRulesOutAWordOfTheText() {
        let texts = (0..<40).map { "取值范围\($0 % 10)：TCP、UDP；默认值 \($0 % 3 == 0 ? "HTTPS" : "SPTTH")" }
        let present = TextIndex.Probe(Array("HTTPS".utf8))
        let digit = TextIndex.Probe(Array("1".utf8))
        // Round after round, more texts than the ring holds, in changing orders.
        for round in 0..<5 {
            for (offset, text) in texts.enumerated() where (offset + round) % (round + 1) == 0 {
                let holds = text.contains("HTTPS")
                let holdsOne = text.contains("1")
                var bytes = text
                bytes.withUTF8 { bytes in
                    #expect(TextIndex.mayMatch(bytes, needsDigit: true, anyOf: [present], alsoAnyOf: []) || !holds, "\(text)")
                    #expect(TextIndex.mayMatch(bytes, needsDigit: false, anyOf: [digit], alsoAnyOf: [present]) || !holds || !holdsOne)
                }
            }
        }
    }

    @Test func longTextsAreSearchedExactly() {
        var page = String(repeating: "参数名称 | 类型 | 描述\n", count: 200) + "Version"
        page.withUTF8 { bytes in
            #expect(bytes.count > TextIndex.directSearchLength)
            #expect(TextIndex.mayMatch(bytes, needsDigit: false, anyOf: [TextIndex.Probe(Array("Version".utf8))], alsoAnyOf: []))
            #expect(!TextIndex.mayMatch(bytes, needsDigit: false, anyOf: [TextIndex.Probe(Array("Response".utf8))], alsoAnyOf: []))
            #expect(!TextIndex.mayMatch(bytes, needsDigit: true, anyOf: [], alsoAnyOf: []))
        }
    }
}
