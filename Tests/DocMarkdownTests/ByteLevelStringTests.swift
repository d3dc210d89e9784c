@testable import DocMarkdown
import Testing

/// The byte-level string helpers (splitting, whole-Character tests, blank trimming, inline
/// collection, tag reading) are there for speed; these hold each to its definition by Character
/// or scalar, on generated texts that mix what makes the two differ: `\r\n` (one Character),
/// combining marks and joiners after a separator, a prepended scalar before one, the other
/// newline scalars, blanks of several widths and Chinese text.
@Suite struct ByteLevelStringTests {
    static let pieces: [String] = [
        "a", "Z", "9", "中", "值", "&", "?", "<", ">", "/", ";", "=", "\"", "'", " ", "\t", "\n", "\r", "\r\n",
        "\u{301}", "\u{200D}", "\u{600}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{A0}", "\u{3000}",
        "\u{FEFF}", "\u{2003}", "😀", "&lt;", "&amp;", "&nbsp;", "<a href=\"x\">", "</a>", "<br>", "<p>", "b",
    ]

    /// Texts made of `pieces`, from a fixed seed.
    static func texts(_ count: Int, maxPieces: Int = 24) -> [String] {
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % maxPieces)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

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

    @Test func blankTrimmingIsTrimmingBlanks() {
        for text in Self.texts(3000, maxPieces: 8) {
            let bytes = Array(text.utf8)
            let kept = String(decoding: bytes[InlineText.trimmedBlanks(bytes)], as: UTF8.self)
            #expect(kept == text.trimmingBlanks(), "\(text.debugDescription)")
        }
    }

    /// ``InlineBuilder`` against the segment-by-segment definition of the two forms.
    @Test func builderKeepsBothForms() {
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let words = Self.texts(200, maxPieces: 5)
        for _ in 0..<1000 {
            var segments: [InlineSegment] = []
            for _ in 0..<(next() % 6) {
                switch next() % 3 {
                case 0: segments.append(.text(words[next() % words.count]))
                case 1: segments.append(.link(text: words[next() % words.count], url: words[next() % words.count]))
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
                    let trimmedURL = url.trimmingBlanks()
                    let trimmedLabel = label.trimmingBlanks()
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
