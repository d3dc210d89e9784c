import APISchema
import DocMarkdown

/// One parameter row of a table, before the rows are assembled into a tree.
struct ParamRow {
    /// The name split at dots; array markers (`n`, `N`, `0`) are written `n`.
    var path: [String]
    /// The type cell as written.
    var typeText: String
    /// What the type cell means.
    var spelling: TypeSpelling
    /// The required cell, when the table has one and it says yes or no.
    var required: Bool?
    /// The description cell.
    var description: InlineText
    /// The name cell's location.
    var location: SourceLocation
    /// The type cell's location.
    var typeLocation: SourceLocation
    /// The description cell's location.
    var descriptionLocation: SourceLocation

    /// `a.n.b`: the path as the docs write it.
    var dottedPath: String { path.joined(separator: ".") }
}

/// Reads the name cell: the leading parameter path, without bold markers or the notes some
/// pages put after it (`paramList.n (paramList 为数组…)`). Returns nil when the cell holds no name.
enum NameCell {
    static func path(_ raw: String) -> [String]? {
        var text = raw.filter { $0 != "*" && $0 != "`" }
        text = text.trimmingBlanks()
        // `deadLetterPolicy:: maxReceiveCount` (cmq): `::` joins a member to its object, like `.`.
        if text.contains("::") {
            text = text.replacingOccurrences(of: #"\s*::\s*"#, with: ".", options: .regularExpression)
        }
        var token = ""
        for ch in text {
            if ch.isWhitespace || "（(，,：:;；、|<>\"'[]{}【】".contains(ch) { break }
            token.append(ch)
        }
        while token.hasSuffix(".") { token.removeLast() }
        while token.hasPrefix(".") { token.removeFirst() }
        guard !token.isEmpty, token.contains(where: { $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        // A name is made of identifier-like segments; a cell of prose is not a name.
        let segments = token.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        guard !segments.isEmpty else { return nil }
        for segment in segments where segment.contains(where: { isCJK($0) }) {
            // A CJK character in a name is accepted only for a single short name (fixtures of
            // hostile docs have them); prose such as `data.output结构` is not a name.
            if segments.count > 1 || text.count > token.count + 1 { return nil }
        }
        return segments.map { isArrayMarker($0) ? "n" : $0 }
    }

    /// `n`, `N` and written indexes (`0`) mark an array element.
    static func isArrayMarker(_ segment: String) -> Bool {
        segment == "n" || segment == "N" || (!segment.isEmpty && segment.allSatisfy(\.isASCII) && segment.allSatisfy(\.isNumber))
    }

    static func isCJK(_ ch: Character) -> Bool {
        guard let scalar = ch.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3400...0x9FFF, 0xF900...0xFAFF, 0x3000...0x303F, 0xFF00...0xFFEF: return true
        default: return false
        }
    }
}

/// Reads the required cell.
enum RequiredCell {
    static func read(_ raw: String) -> Bool? {
        let text = raw.filter { !$0.isWhitespace && $0 != "*" }.lowercased()
        switch text {
        case "是", "必选", "必填", "必须", "yes", "y", "true", "required", "√", "✓": return true
        case "否", "可选", "非必选", "非必填", "no", "n", "false", "optional", "×": return false
        default:
            if text.hasPrefix("是") { return true }
            if text.hasPrefix("否") { return false }
            return nil
        }
    }
}
