import DocText

/// One way the docs write a constraint, as a line of a table: the pattern that reads it and a
/// sentence from a real page that it reads.
///
/// Every constraint phrasing lives in this folder, a file per kind (values, defaults, ranges,
/// lengths, item counts, rules, and sentences that state nothing to check); a table whose lines
/// need more columns (``ItemPhrasing``'s order of value and meaning, ``NonConstraintPhrasing``'s
/// reason) keeps the pattern and the example as its first two. `PhrasingTableTests` holds every
/// line to its example.
struct Phrasing: PhrasingLine {
    /// What the line reads, its groups as the reader that uses it says.
    let pattern: Pattern
    /// A sentence from a real page the pattern matches.
    let example: String

    init(_ expression: String, example: String) {
        pattern = Pattern(expression)
        self.example = example
    }
}

/// A line of a phrasing table: a pattern and a sentence it reads.
protocol PhrasingLine: Sendable {
    var pattern: Pattern { get }
    var example: String { get }
}
