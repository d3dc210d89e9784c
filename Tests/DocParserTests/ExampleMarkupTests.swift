@testable import DocParser
import DocDialects
import Foundation
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
        var state: UInt64 = 3
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<4000).map { _ in (0..<(next() % 20)).map { _ in pieces[next() % pieces.count] }.joined() }
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
        var state: UInt64 = 9
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let pieces = ["a", "Z", "_", "1", ".", "-", "[", "]", " ", "中", "\u{301}", "\r\n", "，", "、", "。", "}", "`", "'", "\"", "“", "”", "é", "٣", "=", "$"]
        for _ in 0..<5000 {
            let text = (0..<(next() % 8)).map { _ in pieces[next() % pieces.count] }.joined()
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
        var state: UInt64 = 13
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<4000 {
            let caption = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
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
        var state: UInt64 = 19
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<1500 {
            let text = (0..<(next() % 14)).map { _ in pieces[next() % pieces.count] }.joined()
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
