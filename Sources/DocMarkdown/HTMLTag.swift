import Foundation
/// The meaning of one inline HTML tag as far as plain text is concerned.
enum HTMLTag: Equatable {
    /// `<br>`, `<br/>`, `</br>` (an invalid tag the docs use as a break), `<p>`, `</p>`, `<li>`.
    case lineBreak
    /// `<a href="…">`.
    case openLink(String)
    /// `</a>`.
    case closeLink
    /// Any other tag: dropped from the text.
    case other
    /// Not a tag at all (for example `<公共请求参数>`): kept as text.
    case notATag

    /// Classifies a raw tag such as `<a href='x' title="y">`.
    static func parse(_ raw: String) -> HTMLTag {
        let trimmed = raw.trimmingBlanks()
        if let known = common[trimmed] { return known }
        return classify(trimmed)
    }

    /// The tags the docs write most (`<br>` in nearly every cell), classified once.
    private static let common: [String: HTMLTag] = Dictionary(uniqueKeysWithValues: [
        "<br>", "<br/>", "<br />", "</br>", "<BR>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>",
        "</a>", "<b>", "</b>", "<strong>", "</strong>", "<code>", "</code>", "<td>", "</td>", "<tr>", "</tr>", "<div>", "</div>",
    ].map { ($0, classify($0)) })

    private static func classify(_ trimmed: String) -> HTMLTag {
        guard trimmed.hasPrefix("<"), trimmed.hasSuffix(">") else { return .notATag }
        var body = trimmed.dropFirst().dropLast()
        if body.hasPrefix("!") || body.hasPrefix("?") { return .other }
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let name = String(body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
        guard !name.isEmpty, name.first?.isLetter == true else { return .notATag }
        switch name {
        case "br", "p", "li", "tr", "div", "ul", "ol": return .lineBreak
        case "a":
            if closing { return .closeLink }
            return .openLink(attribute("href", in: String(body)) ?? "")
        default: return .other
        }
    }

    /// The value of an attribute in a tag body, quoted with `"` or `'` or unquoted.
    static func attribute(_ name: String, in body: String) -> String? {
        guard let range = body.rangeOfBytes(name + "=", ignoringASCIICase: true) else { return nil }
        let rest = body[range.upperBound...]
        guard let first = rest.first else { return "" }
        if first == "\"" || first == "'" {
            let value = rest.dropFirst().prefix { $0 != first }
            return String(value)
        }
        return String(rest.prefix { !$0.isWhitespace && $0 != ">" })
    }
}
