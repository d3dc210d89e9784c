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
    /// Names a nested type may not take, or should not, because generated code refers to them.
    static let reservedTypeNames: Set<String> = ["Type", "Protocol", "Self", "Any", "Sendable", "Hashable", "Codable",
                                                 "Decodable", "Encodable", "Validatable", "ParameterEncodable",
                                                 "DocumentedValue", "CodingKeys", "Validator", "WireKey", "JSONPayload"]

    /// Splits a wire name into words at separators and case changes (`IKESet` → IKE, Set).
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(name)
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
        let parts = words(wire)
        guard let first = parts.first else { return "_\(hexName(wire))" }
        var name = lowerFirstWord(first) + parts.dropFirst().map(upperFirst).joined()
        if let start = name.first, start.isNumber { name = "_" + name }
        // A keyword gets `Value` appended rather than backticks: a member called `self` or `init`
        // would be unusable in initialisers and member access even when escaped.
        return keywords.contains(name) ? name + "Value" : name
    }

    /// `IKESet` → `IKESet`, `data` → `Data`, `privateIpAddressSet` → `PrivateIpAddressSet`.
    public static func typeName(_ wire: String) -> String {
        let parts = words(wire)
        guard !parts.isEmpty else { return "T\(hexName(wire))" }
        var name = parts.map(upperFirst).joined()
        if let start = name.first, start.isNumber { name = "T" + name }
        if reservedTypeNames.contains(name) || keywords.contains(name) { name += "Value" }
        return name
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
            lines.append(line.trimmingTrailingSpaces())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
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
