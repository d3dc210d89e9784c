import APISchema
import DocgenFind

/// Doc-comment lines: the page's Chinese description, then the wire name, the constraints and
/// where in the page the field is documented.
enum DocComment {
    /// The texts to show for a Chinese text and its English twin's, in `language`.
    static func texts(_ zh: String?, _ en: String?, language: ModuleSpec.DocLanguage) -> [String] {
        let zh = zh.flatMap { $0.isEmpty ? nil : $0 }, en = en.flatMap { $0.isEmpty ? nil : $0 }
        switch language {
        case .zh: return zh.map { [$0] } ?? []
        case .en: return (en ?? zh).map { [$0] } ?? []
        case .both: return [zh, en].compactMap { $0 }
        }
    }

    /// The description lines of a field in `language`, a blank line between the two languages.
    static func descriptionLines(for field: Field, language: ModuleSpec.DocLanguage) -> [String] {
        var lines: [String] = []
        for text in texts(field.description, field.descriptionEn, language: language) {
            if !lines.isEmpty { lines.append("") }
            lines += SwiftNaming.docLines(text)
        }
        return lines
    }

    static func lines(for field: Field, language: ModuleSpec.DocLanguage = .both) -> [String] {
        var lines = descriptionLines(for: field, language: language)
        var facts = ["Wire name `\(field.name)`", field.required ? "required" : "optional"]
        facts += constraintFacts(field.type == .array ? (field.item ?? field) : field)
        if field.type == .array, let max = field.maxItems { facts.append("at most \(max) elements") }
        if !lines.isEmpty { lines.append("") }
        lines += SwiftNaming.docLines(facts.joined(separator: "; ") + ".")
        lines.append("Documented at \(locationText(field.source)).")
        return lines + errataLines(field)
    }

    /// What docgen.yaml corrected about the field, with each reason.
    static func errataLines(_ field: Field) -> [String] {
        (field.errata ?? []).flatMap { SwiftNaming.docLines("Corrected in docgen.yaml: \($0)") }
    }

    /// What the doc comment of a member only the example response shows says.
    static let exampleOnlyNote = "Not in the output table: seen only in the page's example response."

    static func typeLines(for field: Field) -> [String] {
        var lines = SwiftNaming.docLines(field.origin == .example ? exampleOnlyNote : field.description)
        if !lines.isEmpty { lines.append("") }
        lines.append("The members of `\(SwiftNaming.docLines(field.name).joined())` (\(locationText(field.source))).")
        return lines
    }

    static func constraintFacts(_ field: Field) -> [String] {
        var facts: [String] = []
        if let values = field.enum, !values.isEmpty {
            facts.append("one of " + values.map { "`\($0.value)`" }.joined(separator: ", "))
        }
        if let value = field.default { facts.append("default `\(value)`") }
        if field.minimum != nil || field.maximum != nil {
            facts.append("range \(number(field.minimum) ?? "…")...\(number(field.maximum) ?? "…")")
        }
        if let min = field.minLength { facts.append("at least \(min) characters") }
        if let max = field.maxLength { facts.append("at most \(max) characters") }
        return facts
    }

    static func number(_ value: Double?) -> String? {
        guard let value else { return nil }
        return value == value.rounded() && abs(value) < 9e15 ? String(Int64(value)) : String(value)
    }

    static func locationText(_ source: SourceLocation) -> String {
        SwiftNaming.docLines("\(source.file):\(source.line)").joined()
    }
}
