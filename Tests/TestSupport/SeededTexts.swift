/// Generated test texts from a fixed seed, so a failure reproduces: a linear congruential
/// generator and texts joined from pieces.
public struct SeededTexts {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next number (31 bits).
    public mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33)
    }

    /// Fewer than `limit` pieces, each picked from `pieces`, joined.
    public mutating func text(from pieces: [String], fewerThan limit: Int) -> String {
        (0..<(next() % limit)).map { _ in pieces[next() % pieces.count] }.joined()
    }
}

extension SeededTexts {
    /// Pieces that make the byte and Character readings of a string differ: `\r\n` (one
    /// Character), combining marks and joiners, a prepended scalar, the other newline scalars,
    /// blanks of several widths, markup and Chinese text.
    public static let byteLevelPieces: [String] = [
        "a", "Z", "9", "中", "值", "&", "?", "<", ">", "/", ";", "=", "\"", "'", " ", "\t", "\n", "\r", "\r\n",
        "\u{301}", "\u{200D}", "\u{600}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{A0}", "\u{3000}",
        "\u{FEFF}", "\u{2003}", "😀", "&lt;", "&amp;", "&nbsp;", "<a href=\"x\">", "</a>", "<br>", "<p>", "b",
    ]

    /// `count` texts of ``byteLevelPieces`` from a fixed seed.
    public static func byteLevelTexts(_ count: Int, maxPieces: Int = 24) -> [String] {
        var random = SeededTexts(seed: 7)
        return (0..<count).map { _ in random.text(from: byteLevelPieces, fewerThan: maxPieces) }
    }
}
