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
        if trimmed.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return classifyASCII(Array(trimmed.utf8)) }
        guard trimmed.hasPrefix("<"), trimmed.hasSuffix(">") else { return .notATag }
        var body = trimmed.dropFirst().dropLast()
        if body.hasPrefix("!") || body.hasPrefix("?") { return .other }
        let closing = body.hasPrefix("/")
        if closing { body = body.dropFirst() }
        let name = String(body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
        guard !name.isEmpty, name.first?.isLetter == true else { return .notATag }
        return meaning(ofName: name, closing: closing) { attribute("href", in: String(body)) }
    }

    /// ``classify(_:)`` of an ASCII tag without `\r` (where every byte is a Character), by its bytes.
    private static func classifyASCII(_ tag: [UInt8]) -> HTMLTag {
        guard tag.count >= 2, tag[0] == 0x3C, tag[tag.count - 1] == 0x3E else { return .notATag }
        var body = tag[1..<(tag.count - 1)]
        if body.first == 0x21 || body.first == 0x3F { return .other }  // ! ?
        let closing = body.first == 0x2F
        if closing { body = body.dropFirst() }
        let name = body.prefix { isASCIILetter($0) || (0x30...0x39).contains($0) }.map { $0 | 0x20 }
        guard let first = name.first, isASCIILetter(first) else { return .notATag }
        return meaning(ofName: String(decoding: name, as: UTF8.self), closing: closing) { attributeASCII("href", in: Array(body)) }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// What a tag named `name` (lower-cased) means; `href` gives an opening `a` tag's target.
    private static func meaning(ofName name: String, closing: Bool, href: () -> String?) -> HTMLTag {
        switch name {
        case "br", "p", "li", "tr", "div", "ul", "ol": return .lineBreak
        case "a":
            if closing { return .closeLink }
            return .openLink(href() ?? "")
        default: return .other
        }
    }

    /// ``attribute(_:in:)`` of an ASCII tag body without `\r`, by its bytes.
    private static func attributeASCII(_ name: String, in body: [UInt8]) -> String? {
        let key = Array((name + "=").utf8).map { $0 | 0x20 }
        guard body.count >= key.count else { return nil }
        // The first occurrence, ASCII letters compared case-blind (the key is letters and `=`).
        guard let start = (0...(body.count - key.count)).first(where: { offset in
            key.indices.allSatisfy { body[offset + $0] | (isASCIILetter(body[offset + $0]) ? 0x20 : 0) == key[$0] }
        }) else { return nil }
        let rest = body[(start + key.count)...]
        guard let first = rest.first else { return "" }
        if first == 0x22 || first == 0x27 {
            return String(decoding: rest.dropFirst().prefix { $0 != first }, as: UTF8.self)
        }
        // Up to a blank (ASCII white space) or `>`.
        return String(decoding: rest.prefix { !(0x09...0x0D).contains($0) && $0 != 0x20 && $0 != 0x3E }, as: UTF8.self)
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
