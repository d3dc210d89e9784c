@testable import DocMarkdown
import Testing

/// `InlineText.fold` works on bytes for speed; these hold it to its definition on scalars: each
/// line's runs of blanks (`isFoldableBlank`) become one space, lines are trimmed, empty lines go.
@Suite struct BlankFoldingTests {
    /// The definition, scalar by scalar.
    static func reference(_ text: String) -> String {
        // Lines split at the scalar U+000A (a `\r\n` pair is one Character but two scalars).
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var out = String.UnicodeScalarView()
            var pending = false
            for scalar in line {
                if InlineText.isFoldableBlank(scalar) {
                    pending = true
                } else {
                    if pending && !out.isEmpty { out.append(" ") }
                    pending = false
                    out.append(scalar)
                }
            }
            return String(out)
        }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// Every blank the folding knows, characters that share their lead bytes, and text.
    static let pieces = [
        " ", "\t", "\u{0}", "\u{B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200B}", "\u{2028}",
        "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\n", "\r",
        "\u{A9}", "\u{1681}", "\u{200C}", "\u{2030}", "\u{2060}", "\u{3001}", "、", "“", "\u{FEFE}", "😀", "e\u{301}",
        "a", "取值", "Value", "1",
    ]

    @Test func foldingMatchesItsDefinition() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 12)
            let text = (0..<length).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            #expect(InlineText.fold(text) == Self.reference(text), "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test func examples() {
        #expect(InlineText.fold("  a \u{3000}\u{A0} b  \n\n \t c\u{FEFF}\n") == "a b\nc")
        #expect(InlineText.fold("取值、“a”\u{2028}") == "取值、“a”")
        #expect(InlineText.fold("") == "")
    }
}

/// A small deterministic generator, so a failure reproduces.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
