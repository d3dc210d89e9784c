/// A line diff of two texts, for stale goldens and `check --diff`: the changed lines with a
/// little context, `-` for the old text and `+` for the new, cut after `limit` lines.
public enum TextDiff {
    /// The diff of `old` and `new`; empty when they are equal.
    public static func lines(_ old: String, _ new: String, context: Int = 2, limit: Int = 80) -> [String] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Common prefix and suffix first: generated files usually differ in a few places.
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        if start == endA && start == endB { return [] }
        let middle = edits(Array(a[start..<endA]), Array(b[start..<endB]))
        var out = ["@@ line \(start + 1) @@"]
        out += a[max(0, start - context)..<start].map { "  " + $0 }
        out += middle
        out += a[endA..<min(a.count, endA + context)].map { "  " + $0 }
        if out.count > limit { out = Array(out.prefix(limit)) + ["… (\(out.count - limit) more lines)"] }
        return out
    }

    /// `-`/`+`/` ` lines from a longest-common-subsequence table (small middles only; a large
    /// one is shown as all removed then all added, which is still a correct diff).
    private static func edits(_ a: [String], _ b: [String]) -> [String] {
        guard a.count * b.count <= 4_000_000 else { return a.map { "- " + $0 } + b.map { "+ " + $0 } }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                out.append("  " + a[i]); i += 1; j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                out.append("+ " + b[j]); j += 1
            } else {
                out.append("- " + a[i]); i += 1
            }
        }
        return out
    }
}
