import QCloudProtocol

/// Swift names for wire names, and Swift literals for document text. Every identifier this
/// returns is valid Swift; document text can never leave a comment or a string literal.
public enum SwiftNaming {
    /// Words Swift reserves, and contextual keywords that read badly as names: a name that would
    /// be one gets `Value` appended.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "Any", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "await", "async", "some", "any", "consume", "borrowing", "consuming", "package",
    ]
    /// Keywords a member cannot be named even in backticks: `x.init`, `x.self` mean other things,
    /// and `inout` and `associatedtype` are refused as labels (checked with swiftc over every keyword).
    static let unusableMemberNames: Set<String> = ["self", "Self", "init", "inout", "associatedtype", "super", "Any"]
    /// Names a nested type may not take, or should not: ones generated code refers to, and the
    /// standard library's and Foundation's, which a nested type would shadow in every extension
    /// of its parent (`AddVpnConnExResponse.Data` hid Foundation's `Data`).
    static let reservedTypeNames: Set<String> = ["Type", "Protocol", "Self", "Any", "Sendable", "Hashable", "Codable",
                                                 "Decodable", "Encodable", "Validatable", "ParameterEncodable",
                                                 "DocumentedValue", "CodingKeys", "Validator", "WireKey", "JSONPayload",
                                                 "Data", "Date", "URL", "UUID", "Decimal", "String", "Int", "Double", "Float",
                                                 "Bool", "Array", "Dictionary", "Set", "Optional", "Error", "Result", "Character",
                                                 "Range", "Never", "Void", "Task", "Duration", "Locale", "TimeZone", "Calendar",
                                                 "Operation", "Thread", "Bundle", "Notification", "Measurement", "Unit",
                                                 "Encoder", "Decoder", "Equatable", "Comparable", "Identifiable", "Collection",
                                                 "Sequence"]

    /// The words of a wire name (``words(_:)``), a SCREAMING_SNAKE, kebab or dotted name of capitals
    /// (`NOTIFY_AND_MANUAL_RENEW`, `POSTPAID-BY-HOUR`) read as ordinary words (`Notify`, `And`, …):
    /// its capitals say nothing about acronyms. A single word of capitals (`TCP`, `IKESet`) keeps them.
    static func nameWords(_ name: String) -> [String] {
        let parts = words(name)
        let separated = name.contains { $0 == "_" || $0 == "-" || $0 == "." || $0 == " " }
        guard separated, parts.count > 1, !name.contains(where: \.isLowercase) else { return parts }
        return parts.map { $0.prefix(1) + $0.dropFirst().lowercased() }
    }

    /// Splits a wire name into words at separators and case changes (`IKESet` → IKE, Set).
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(visible(name))
        for (index, ch) in characters.enumerated() {
            guard ch.isASCII, ch.isLetter || ch.isNumber else {
                if !current.isEmpty { words.append(current); current = "" }
                continue
            }
            if let last = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let boundary = (last.isLowercase && ch.isUppercase)
                    || (last.isUppercase && ch.isUppercase && next?.isLowercase == true && current.count > 1)
                if boundary { words.append(current); current = "" }
            }
            current.append(ch)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `vpcId` → `vpcId`, `IKESet` → `ikeSet`, `IPsecSet` → `ipsecSet`, `3des-cbc` → `_3desCbc`,
    /// `default` → `defaultValue`.
    public static func propertyName(_ wire: String) -> String {
        let name = baseName(wire)
        // A keyword gets `Value` appended here (case names, method names); stored members keep
        // it in backticks where Swift allows (``memberName(_:)``).
        return keywords.contains(name) ? name + "Value" : name
    }

    /// The camel-case name before keywords are dealt with.
    private static func baseName(_ wire: String) -> String {
        let parts = nameWords(wire)
        guard let first = parts.first else { return "_\(hexName(wire))" }
        var name = lowerFirstWord(first) + parts.dropFirst().map(upperFirst).joined()
        if let start = name.first, start.isNumber { name = "_" + name }
        return name
    }

    /// A stored member's name: ``propertyName(_:)``, except that a keyword Swift accepts in
    /// backticks keeps its wire spelling (`` `protocol` ``, `` `default` ``), as the wire's meaning
    /// reads best; only ``unusableMemberNames`` get `Value` appended.
    public static func memberName(_ wire: String) -> String {
        let name = baseName(wire)
        if keywords.contains(name) { return unusableMemberNames.contains(name) ? name + "Value" : "`\(name)`" }
        return name
    }

    /// `IKESet` → `IKESet`, `data` → `DataValue` (not Foundation's name), `privateIpAddressSet` → `PrivateIpAddressSet`.
    public static func typeName(_ wire: String, suffix: String = "") -> String {
        let parts = nameWords(wire)
        guard !parts.isEmpty else { return "T\(hexName(wire))" + suffix }
        var name = parts.map(upperFirst).joined() + suffix
        if let start = name.first, start.isNumber { name = "T" + name }
        if reservedTypeNames.contains(name) || keywords.contains(name) { name += "Value" }
        return name
    }

    /// `text` without the characters a reader cannot see (controls, zero-width and bidi format
    /// characters, variation selectors), which would otherwise join the letter before them into
    /// one non-ASCII Character, or make two names that look the same.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII }) || text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if HiddenCharacters.contains(scalar) || scalar.properties.isVariationSelector { continue }
            switch scalar.properties.generalCategory {
            case .format, .control: continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// A name without backticks (for building other names).
    static func bare(_ name: String) -> String { name.replacingBackticks() }

    /// Lower-cases the leading run of capitals: `IKE` → `ike`, `IPsec` → `ipsec`, `Vpc` → `vpc`.
    private static func lowerFirstWord(_ word: String) -> String {
        let run = word.prefix { $0.isUppercase }
        return run.lowercased() + word.dropFirst(run.count)
    }

    private static func upperFirst(_ word: String) -> String {
        if word.count > 1, word.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return word }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// A stable identifier for names with no ASCII letters or digits (`名称` → `u540d_u79f0`).
    private static func hexName(_ wire: String) -> String {
        wire.unicodeScalars.prefix(8).map { "u" + String($0.value, radix: 16) }.joined(separator: "_")
    }

    /// A Swift string literal that reads back as `text` exactly.
    public static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if HiddenCharacters.contains(scalar) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The longest description copied into a doc comment.
    static let maximumDocLength = 4000

    /// Doc-comment lines for untrusted text: one `///` line per line of text, control and
    /// bidi characters dropped, so nothing can end the comment or hide code.
    public static func docLines(_ text: String) -> [String] {
        var lines: [String] = []
        // Doc comments keep the first few thousand characters; the schema keeps all of it.
        let text = text.count > maximumDocLength ? String(text.prefix(maximumDocLength)) + "…" : text
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            var line = ""
            for scalar in raw.unicodeScalars {
                if HiddenCharacters.contains(scalar) { line.unicodeScalars.append(" ") } else { line.unicodeScalars.append(scalar) }
            }
            line = line.trimmingTrailingSpaces()
            // A line of dashes or stars alone (a cell's `-` for "none") would be an empty list
            // item or a rule in DocC: it says nothing, and goes.
            if !line.isEmpty, line.allSatisfy({ "-*+_=—–~ ".contains($0) }) { line = "" }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }
}

extension String {
    func replacingBackticks() -> String { filter { $0 != "`" } }
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
