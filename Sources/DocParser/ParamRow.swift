import DocText
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

/// A required cell that is neither yes nor no (`filterType=1时必选`), and where it is: the rule
/// reader reads a condition in it as it would in the description. (Kept by the tree beside the
/// rows, ``FieldTree/requiredConditions``: a field of every row would cost a hostile page of
/// 110,000 rows 15% more memory for a cell few pages have.)
struct RequiredCondition {
    let text: String
    let location: SourceLocation
}

/// Reads the name cell: the leading parameter path, without bold markers or the notes some
/// pages put after it (`paramList.n (paramList 为数组…)`). Returns nil when the cell holds no name.
enum NameCell {
    static func path(_ raw: String) -> [String]? {
        if let plain = plainPath(raw) { return plain }
        // Scalar by scalar: every character this looks at is one scalar, and grapheme breaking
        // was the largest cost of reading a row.
        var text = raw.utf8.contains(where: { $0 == 0x2A || $0 == 0x60 })
            ? String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0 != "*" && $0 != "`" }))
            : raw
        text = text.trimmingBlanks()
        // `deadLetterPolicy:: maxReceiveCount` (cmq): `::` joins a member to its object, like `.`.
        if text.containsBytes("::") {
            text = text.replacingOccurrences(of: #"\s*::\s*"#, with: ".", options: .regularExpression)
        }
        var token = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isTrimmableBlank || endsName(scalar) { break }
            token.append(scalar)
        }
        while token.last == "." { token.removeLast() }
        while token.first == "." { token.removeFirst() }
        guard token.contains(where: { $0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return nil }
        // A name is made of identifier-like segments; a cell of prose is not a name.
        let segments = token.split(separator: ".", omittingEmptySubsequences: true).map { String(String.UnicodeScalarView($0)) }
        guard !segments.isEmpty else { return nil }
        if token.contains(where: isCJK) {
            // A CJK character in a name is accepted only for a single short name (fixtures of
            // hostile docs have them); prose such as `data.output结构` is not a name.
            if segments.count > 1 || text.unicodeScalars.count > token.count + 1 { return nil }
        }
        return segments.map { isArrayMarker($0) ? "n" : $0 }
    }

    /// The path of a cell that is only ASCII letters, digits, `_` and `.` (`vpcId`,
    /// `data.n.subnetId`), as ``path(_:)`` reads it, without its general steps; nil for any other
    /// cell.
    private static func plainPath(_ raw: String) -> [String]? {
        var hasNameByte = false
        var hasDot = false
        for byte in raw.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: hasNameByte = true
            case 0x2E: hasDot = true
            default: return nil
            }
        }
        guard hasNameByte else { return nil }
        // Most cells are one name (`vpcId`): the one segment is the cell itself.
        guard hasDot else { return [isArrayMarker(raw) ? "n" : raw] }
        return raw.utf8.split(separator: 0x2E).map { bytes in
            let segment = String(decoding: bytes, as: UTF8.self)
            return isArrayMarker(segment) ? "n" : segment
        }
    }

    /// Punctuation that ends the name in a name cell (`name（说明）`, `a,b`, `a|b`).
    private static func endsName(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "（", "(", "，", ",", "：", ":", ";", "；", "、", "|", "<", ">", "\"", "'", "[", "]", "{", "}", "【", "】": true
        default: false
        }
    }

    /// `n`, `N` and written indexes (`0`) mark an array element.
    static func isArrayMarker(_ segment: String) -> Bool {
        // (ASCII digits by their bytes: the Characters that are ASCII and numbers.)
        segment == "n" || segment == "N" || (!segment.isEmpty && segment.utf8.allSatisfy(\.isASCIIDigit))
    }

    static func isCJK(_ ch: Character) -> Bool {
        ch.unicodeScalars.first.map(isCJK) ?? false
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x9FFF, 0xF900...0xFAFF, 0x3000...0x303F, 0xFF00...0xFFEF: true
        default: false
        }
    }
}

/// Reads the required cell.
enum RequiredCell {
    static func read(_ raw: String) -> Bool? {
        // The cell without blanks and `*`, ASCII letters lowercased, as bytes; only its first
        // few characters matter (no yes/no word is longer than `required`), so a long
        // description is neither copied nor compared. At most 9 scalars of 4 bytes: the word is
        // kept on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { buffer -> Bool? in
            guard let base = buffer.baseAddress else { return nil }
            var length = 0
            var kept = 0
            var truncated = false
            for scalar in raw.unicodeScalars where !scalar.isTrimmableBlank && scalar != "*" {
                if kept == 9 { truncated = true; break }
                kept += 1
                // (The ASCII upper-case letters are A–Z: no property lookup needed.)
                let lowered = (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20) ?? scalar : scalar
                UTF8.encode(lowered) { base[length] = $0; length += 1 }
            }
            let word = UnsafeBufferPointer(start: base, count: length)
            if !truncated {
                if yesWords.contains(where: { $0.elementsEqual(word) }) { return true }
                if noWords.contains(where: { $0.elementsEqual(word) }) { return false }
            }
            if word.starts(with: Self.yes) { return true }
            if word.starts(with: Self.no) { return false }
            return nil
        }
    }

    private static let yes = Array("是".utf8)
    private static let no = Array("否".utf8)
    private static let yesWords: [[UInt8]] = ["是", "必选", "必填", "必须", "yes", "y", "true", "required", "√", "✓"].map { Array($0.utf8) }
    private static let noWords: [[UInt8]] = ["否", "可选", "非必选", "非必填", "no", "n", "false", "optional", "×"].map { Array($0.utf8) }
}
