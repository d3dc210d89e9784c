// The parser reads by bytes where Swift would walk Characters; each suite here holds one such
// reader to the Character-based (or pattern-based) definition it replaced.
@testable import DocParser
import DocDialects
import DocMarkdown
import DocText
import Foundation
import TestSupport
import Testing

/// ``ExampleReader`` strips tags and decodes entities of raw `<pre>` examples by bytes; these
/// hold both to their definitions by Character (kept here), on generated texts with what makes
/// bytes and Characters differ (combining marks after `<`, `&` and `;`, `\r\n`, Chinese).
@Suite struct ExampleMarkupTests {
    static func stripTagsByCharacter(_ html: String) -> String {
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            let ch = html[index]
            if ch == "<", let close = html[index...].firstIndex(of: ">") {
                var body = html[index...close].dropFirst()
                if body.hasPrefix("/") { body = body.dropFirst() }
                if let first = body.first, first.isASCII, first.isLetter {
                    index = html.index(after: close)
                    continue
                }
            }
            out.append(ch)
            index = html.index(after: index)
        }
        return out
    }

    static func decodeEntitiesByCharacter(_ text: String) -> String {
        let entities: [(String, String)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            if let (entity, value) = entities.first(where: { tail.hasPrefix($0.0) }) {
                out += value
                rest = tail.dropFirst(entity.count)
            } else {
                out += "&"
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }

    static let pieces = ["<", ">", "/", "a", "pre", "公共", "&", "lt", "gt", ";", "amp", "#39", "quot", "nbsp", "\u{301}", "\r\n",
                         "\n", " ", "{\"A\": 1}", "<a href=\"x\">", "</a>", "&lt;", "&amp;lt;", "😀", "1"]

    static func texts() -> [String] {
        var random = SeededTexts(seed: 3)
        return (0..<4000).map { _ in random.text(from: pieces, fewerThan: 20) }
    }

    @Test func tagsAreStrippedAsByCharacter() {
        for text in Self.texts() {
            #expect(ExampleReader.stripTags(text) == Self.stripTagsByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func entitiesAreDecodedAsByCharacter() {
        for text in Self.texts() {
            #expect(ExampleReader.decodeEntities(text) == Self.decodeEntitiesByCharacter(text), "\(text.debugDescription)")
        }
    }

    @Test func namesAndQuotesReadAsByCharacter() {
        var random = SeededTexts(seed: 9)
        let pieces = ["a", "Z", "_", "1", ".", "-", "[", "]", " ", "中", "\u{301}", "\r\n", "，", "、", "。", "}", "`", "'", "\"", "“", "”", "é", "٣", "=", "$"]
        for _ in 0..<5000 {
            let text = random.text(from: pieces, fewerThan: 8)
            let byCharacter = text.first.map { $0.isLetter || $0 == "_" } == true
                && text.allSatisfy { $0.isLetter || $0.isNumber || "_.-[]".contains($0) }
            #expect(ExampleReader.isParameterName(text) == byCharacter, "\(text.debugDescription)")
            #expect(text.trimmingScalars(in: ExampleReader.quotes) == text.trimmingCharacters(in: CharacterSet(charactersIn: "`'\"“”")), "\(text.debugDescription)")
            #expect(text.trimmingScalars(in: ConstraintReader.meaningEdges) == text.trimmingCharacters(in: ["，", ",", "；", ";", "、", "。", "}", " "]))
        }
    }
}

/// Caption names are found by a byte scan; held to the pattern it replaced.
@Suite struct CaptionTokenTests {
    @Test func tokensAreThePatternsMatches() {
        let pattern = Pattern(#"[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|::)[A-Za-z0-9_]+)*"#)
        let pieces = ["a", "Z", "_", "9", ".", "::", ":", " ", "中", "结构", "data", "n", "\u{301}", "é", "-", "（"]
        var random = SeededTexts(seed: 13)
        for _ in 0..<4000 {
            let caption = random.text(from: pieces, fewerThan: 12)
            let expected = pattern.matches(in: caption).map { ($0[0], $0.range) }
            let tokens = TableReader.captionTokens(in: caption)
            #expect(tokens.map(\.text) == expected.map(\.0), "\(caption.debugDescription)")
            #expect(tokens.map(\.range) == expected.map(\.1), "\(caption.debugDescription)")
        }
    }
}

/// Sentence bounds are found by bytes; held to the walk by Character they replaced, from every
/// Character boundary of generated texts with stops that are and are not whole Characters.
@Suite struct SentenceBoundsTests {
    @Test func boundsAreThoseOfTheWalkByCharacter() {
        let pieces = ["a", "中", "。", "；", ";", ".", " ", "\n", "\r\n", "\u{301}", "取值", "1", "。\u{301}", ".\u{301}", " \u{301}", "、"]
        var random = SeededTexts(seed: 19)
        for _ in 0..<1500 {
            let text = random.text(from: pieces, fewerThan: 14)
            for english in [false, true] {
                var index = text.startIndex
                while true {
                    let expected = ConstraintReader.sentenceBoundsByCharacter(in: text, around: index, englishStops: english)
                    #expect(ConstraintReader.sentenceBounds(in: text, around: index, englishStops: english) == expected,
                            "\(text.debugDescription) at \(text.distance(from: text.startIndex, to: index)), english \(english)")
                    guard index < text.endIndex else { break }
                    index = text.index(after: index)
                }
            }
        }
    }
}

/// `RulePhrasings.requiredIfCompact.pattern` tries a name only from its first letter; held to the pattern
/// without that lookbehind on generated sentences (same matches, same groups).
@Suite struct RequiredIfCompactTests {
    @Test func sameMatchesAsWithoutTheLookbehind() {
        let words = #"(?:必填|必传|必须填写|必须填|必须传入|必须传|必须指定|必须提供|必须设置|为必填(?:项|参数)?|为必选(?:项|参数)?|必选|不能为空|不可为空|(?<![无不毋])(?:需要传入|需要传|需传入|需传|须填写|须填|需要填写|需填写))"#
        let gloss = #"(?:\s*[（(][^）)]{1,40}[）)])?"#
        let original = Pattern(
            #"(?:当|若|如果)?\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?:参数)?\s*(?:的)?\s*(?:选为|设为|设置为|取值为|值为|为|是|等于|==?)\s*['"‘“]?([A-Za-z0-9_][A-Za-z0-9_\-.]*)['"’”]?"# + gloss + #"\s*(?:时|的时候)?\s*[，,]?\s*(?:则)?\s*(?:是)?\s*(?:该参数|此参数|本参数)?\s*"# + words)
        let pieces = ["当", "若", "如果", "volumeType", "x1", "1a", "_id", "a.b", " ", "为", "是", "=", "hostPath", "2", "时", "，", "必填", "需传", "无需传",
                      "参数", "的", "该参数", "中", "（本地）", "。", "'", "“"]
        var random = SeededTexts(seed: 23)
        var matched = 0
        for _ in 0..<6000 {
            func noise() -> String { random.text(from: pieces, fewerThan: 5) }
            func pick(_ options: [String]) -> String { options[random.next() % options.count] }
            // Half the sentences follow the phrasing (with noise around and inside), half are noise.
            let text = random.next() % 2 == 0 ? noise() + noise() + noise()
                : noise() + pick(["当", "若", "", "x"]) + pick(["volumeType", "a1.b", "1abc", "_x"]) + pick(["", " "]) + pick(["为", "是", "=", "值为"])
                    + pick(["hostPath", "2", "'a'"]) + pick(["", "（本地）"]) + pick(["时", ""]) + pick(["，", ""]) + pick(["必填", "需传", "无需传", "该参数必填"]) + noise()
            let expected = original.matches(in: text)
            let found = RulePhrasings.requiredIfCompact.pattern.matches(in: text)
            matched += expected.count
            #expect(found.map(\.groups) == expected.map(\.groups), "\(text)")
            #expect(found.map(\.range) == expected.map(\.range), "\(text)")
        }
        #expect(matched > 100)
    }

    /// An error-code cell's first word read from its bytes (``TableReader/firstWord(_:)``) is
    /// the first word of the Character split it stands for, and a required cell reads as it did
    /// with its word in a set (yes, no, neither).
    @Test func firstWordsAndRequiredCellsReadAsByCharacter() {
        var random = SeededTexts(seed: 21)
        let pieces = ["Invalid", "Parameter", ".", "_", "1", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}",
                      "\u{3000}", "码", "\u{301}", "是", "否", "必填", "可选", "Yes", "NO", "required", "*", "√", "×"]
        for _ in 0..<5000 {
            let text = random.text(from: pieces, fewerThan: 8)
            #expect(TableReader.firstWord(text) == text.split(whereSeparator: { $0.isWhitespace }).first.map(String.init), "\(text.debugDescription)")
            // The kept scalars' bytes, ASCII letters lower-cased, compared as bytes.
            let kept = text.unicodeScalars.filter { !$0.isTrimmableBlank && $0 != "*" }
            let word = Array(String(String.UnicodeScalarView(kept.prefix(9))).utf8).map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            let words = { (list: [String]) in kept.count <= 9 && list.contains { Array($0.utf8) == word } }
            let expected: Bool? = words(["是", "必选", "必填", "必须", "yes", "y", "true", "required", "√", "✓"]) ? true
                : words(["否", "可选", "非必选", "非必填", "no", "n", "false", "optional", "×"]) ? false
                : word.starts(with: Array("是".utf8)) ? true : word.starts(with: Array("否".utf8)) ? false : nil
            #expect(RequiredCell.read(text) == expected, "\(text.debugDescription)")
        }
    }
}
