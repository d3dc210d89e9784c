@testable import DocMarkdown
import TestSupport
import Testing

/// Inline text built from segments and tags read from bytes mean what their Character reading does.
@Suite struct InlineTextTests {
    static let pieces = SeededTexts.byteLevelPieces

    static func texts(_ count: Int, maxPieces: Int = 24) -> [String] { SeededTexts.byteLevelTexts(count, maxPieces: maxPieces) }

    /// The start of an HTML cell, taken by scalars where they are Characters of their own, is the
    /// first Characters up to a line break, as taken by Character.
    @Test func leadingCharactersAreCharacters() {
        let pieces = Self.pieces + ["，", "。", "、", "\u{302A}", "\u{FE0F}", "Ａ", "\u{FF5F}", "\u{3000}", "参数", "x"]
        var random = SeededTexts(seed: 31)
        for _ in 0..<6000 {
            let text = random.text(from: pieces, fewerThan: 20)
            for count in [0, 1, 5, 12] {
                let expected = String(text.prefix(count).prefix(while: { $0 != "\n" }))
                #expect(Array(HTMLTableReader.leadingCharacters(of: text, upTo: count).utf8) == Array(expected.utf8), "\(text.debugDescription) \(count)")
            }
        }
    }

    @Test func builderKeepsBothForms() {
        var random = SeededTexts(seed: 11)
        let words = Self.texts(200, maxPieces: 5)
        for _ in 0..<1000 {
            var segments: [InlineSegment] = []
            for _ in 0..<(random.next() % 6) {
                switch random.next() % 3 {
                case 0: segments.append(.text(words[random.next() % words.count]))
                case 1: segments.append(.link(text: words[random.next() % words.count], url: words[random.next() % words.count]))
                default: segments.append(.lineBreak)
                }
            }
            var text = ""
            var bare = ""
            for segment in segments {
                switch segment {
                case .text(let s):
                    text += s
                    bare += s
                case .link(let label, let url):
                    let trimmedURL = Substring(url).trimmingBlanks()
                    let trimmedLabel = Substring(label).trimmingBlanks()
                    text += trimmedURL.isEmpty || trimmedLabel.isEmpty ? label : "[\(trimmedLabel)](\(trimmedURL))"
                    bare += label
                case .lineBreak:
                    text += "\n"
                    bare += "\n"
                }
            }
            let built = InlineText(segments: segments)
            #expect(built.text == InlineText.fold(text), "\(segments)")
            #expect(built.bare == InlineText.fold(bare), "\(segments)")
        }
    }

    @Test func tagsReadByBytesMeanWhatTheySay() {
        let cases: [(String, HTMLTag)] = [
            ("<a href=\"https://x.com/a?b=1\">", .openLink("https://x.com/a?b=1")),
            ("<A HREF='y' title=\"z\">", .openLink("y")),
            ("<a title=\"t\" href=z>", .openLink("z")),
            ("<a href=z\ttitle=t>", .openLink("z")),
            ("<a title=x>", .openLink("")),
            ("<a href=>", .openLink("")),
            ("</a>", .closeLink),
            ("<br/>", .lineBreak),
            ("<LI class=\"x\">", .lineBreak),
            ("<!-- note -->", .other),
            ("<?xml?>", .other),
            ("<span>", .other),
            ("<h2>", .other),
            ("<公共请求参数>", .notATag),
            ("<1a>", .notATag),
            ("<>", .notATag),
            ("< a>", .notATag),
            ("<a", .notATag),
            ("<a href=\"中文\">", .openLink("中文")),
        ]
        for (tag, meaning) in cases {
            #expect(HTMLTag.parse(tag) == meaning, "\(tag)")
        }
    }
}

/// ``HTMLTag`` reads tags by bytes; held here to the reading by Character it replaced.
@Suite struct TagReadingTests {
    static func classifyByCharacter(_ raw: String) -> HTMLTag {
        let trimmed = Substring(raw).trimmingBlanks()
        guard trimmed.hasPrefix("<"), trimmed.hasSuffix(">") else { return .notATag }
        var body = trimmed.dropFirst().dropLast()
        if body.hasPrefix("!") || body.hasPrefix("?") { return .other }
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let name = String(body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
        guard !name.isEmpty, name.first?.isLetter == true else { return .notATag }
        switch name {
        case "br", "p", "li", "tr", "div", "ul", "ol": return .lineBreak
        case "a":
            if closing { return .closeLink }
            let body = String(body)
            guard let range = body.rangeOfBytes("href=", ignoringASCIICase: true) else { return .openLink("") }
            let rest = body[range.upperBound...]
            guard let first = rest.first else { return .openLink("") }
            if first == "\"" || first == "'" { return .openLink(String(rest.dropFirst().prefix { $0 != first })) }
            return .openLink(String(rest.prefix { !$0.isWhitespace && $0 != ">" }))
        default: return .other
        }
    }

    @Test func tagsReadAsByCharacter() {
        let pieces = ["<", ">", "/", "a", "A", "b", "r", "1", " ", "\t", "\r\n", "href=", "HREF=", "\"", "'", "x", "中", "\u{301}",
                      "\u{3000}", "!", "?", "=", "title=\"公共\"", "\u{600}"]
        var random = SeededTexts(seed: 5)
        // Where bytes and Characters part: a combining mark after `>`, `"`, `<`; `\r\n`; a prepended scalar.
        let edges = ["<a href=x>\u{301}y>", "<a href=\"x\"\u{301}y\">", "<\u{301}a href=x>", "<a href=x\r\ny>", "<a href=\u{600} x>",
                     "<a href=x\u{3000}y>", "<br\u{301}>", "<a>\u{301}"]
        let generated = (0..<6000).map { _ in
            "<" + random.text(from: pieces, fewerThan: 12) + (random.next() % 4 == 0 ? "" : ">")
        }
        for tag in edges + generated {
            #expect(HTMLTag.parse(tag) == Self.classifyByCharacter(tag), "\(tag.debugDescription)")
        }
    }
}
