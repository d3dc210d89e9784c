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
