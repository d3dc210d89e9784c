import DocText
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
        // (Only short tags can be common ones: hashing a long tag with Chinese in its title
        // would normalise it first.)
        if trimmed.utf8.count <= commonLength, let known = common[trimmed] { return known }
        return classify(trimmed)
    }

    /// Text without the closing tags with attributes in it (`必选 </font color=red>`, after an
    /// opening `<font color=red>`): CommonMark allows a closing tag no attributes, so cmark-gfm
    /// leaves them as text, but the writer meant a tag, dropped like any other. Nil when the text
    /// has none (the common case, found by one byte search).
    static func droppingClosingTagsWithAttributes(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard text.count > 4, ByteSearch.firstOffset(of: 0x3C, in: text) != nil else { return nil }
        var kept: [UInt8] = []
        var index = 0
        var dropped = false
        while index < text.count {
            if text[index] == 0x3C, index + 2 < text.count, text[index + 1] == 0x2F, let end = closingTagWithAttributes(text, at: index),
               parse(String(decoding: UnsafeBufferPointer(rebasing: text[index...end]), as: UTF8.self)) == .other {
                dropped = true
                index = end + 1
                continue
            }
            kept.append(text[index])
            index += 1
        }
        return dropped ? kept : nil
    }

    /// The index of the `>` ending a closing tag with attributes at `start` (`</font color=red>`):
    /// `</`, an ASCII name, a blank, then anything but `<`, `>` and line ends, for at most 64 bytes.
    private static func closingTagWithAttributes(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        var index = start + 2
        guard index < text.count, text[index].isASCIILetter else { return nil }
        while index < text.count, text[index].isASCIILetter || text[index].isASCIIDigit { index += 1 }
        guard index < text.count, text[index] == 0x20 || text[index] == 0x09 else { return nil }
        while index < text.count, index - start < 64 {
            switch text[index] {
            case 0x3E: return index
            case 0x3C, 0x0A, 0x0D: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// The tags the docs write most (`<br>` in nearly every cell), classified once.
    private static let common: [String: HTMLTag] = Dictionary(uniqueKeysWithValues: [
        "<br>", "<br/>", "<br />", "</br>", "<BR>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>",
        "</a>", "<b>", "</b>", "<strong>", "</strong>", "<code>", "</code>", "<td>", "</td>", "<tr>", "</tr>", "<div>", "</div>",
    ].map { ($0, classify($0)) })

    /// The length in bytes of the longest common tag.
    private static let commonLength = common.keys.map(\.utf8.count).max() ?? 0

    /// Reads the tag by its bytes, taking an ASCII byte for its Character only where it is a
    /// whole one (``Swift/String/isWholeCharacter(at:)``), as reading by Character would.
    private static func classify(_ tag: String) -> HTMLTag {
        let view = tag.utf8
        guard let last = view.indices.last, view[view.startIndex] == 0x3C, tag.isWholeCharacter(at: view.startIndex),
              last > view.startIndex, view[last] == 0x3E, tag.isWholeCharacter(at: last) else { return .notATag }
        var start = view.index(after: view.startIndex)
        func startsWith(_ byte: UInt8) -> Bool { start < last && view[start] == byte && tag.isWholeCharacter(at: start) }
        if startsWith(0x21) || startsWith(0x3F) { return .other }  // `<!…>`, `<?…>`
        let closing = startsWith(0x2F)
        if closing { start = view.index(after: start) }
        var name: [UInt8] = []
        var index = start
        while index < last, view[index].isASCIILetter || view[index].isASCIIDigit, tag.isWholeCharacter(at: index) {
            name.append(view[index] | 0x20)  // lower-cased (digits keep their value)
            index = view.index(after: index)
        }
        guard let first = name.first, first >= 0x61 else { return .notATag }
        switch String(decoding: name, as: UTF8.self) {
        case "br", "p", "li", "tr", "div", "ul", "ol": return .lineBreak
        case "a":
            if closing { return .closeLink }
            return .openLink(attribute("href", in: String(tag[start..<last])) ?? "")
        default: return .other
        }
    }

    /// The value of an attribute in a tag body, quoted with `"` or `'` or unquoted.
    static func attribute(_ name: String, in body: String) -> String? {
        guard let range = body.rangeOfBytes(name + "=", ignoringASCIICase: true) else { return nil }
        let view = body.utf8
        let start = range.upperBound
        guard start < view.endIndex else { return "" }
        let quote = view[start]
        if quote == 0x22 || quote == 0x27, body.isWholeCharacter(at: start) {
            let valueStart = view.index(after: start)
            return String(body[valueStart..<(body.firstWholeCharacter(quote, from: valueStart) ?? view.endIndex)])
        }
        // Unquoted: up to white space or `>`, by bytes while they are ASCII other than `\r`
        // (each one Character), by Character past any other.
        var end = start
        while end < view.endIndex, view[end] < 0x80, view[end] != 0x0D {
            let byte = view[end]
            // (A Character is white space by its first scalar; `>` must be one of its own.)
            if byte == 0x20 || (0x09...0x0C).contains(byte) || (byte == 0x3E && body.isWholeCharacter(at: end)) {
                return String(body[start..<end])
            }
            end = view.index(after: end)
        }
        guard end < view.endIndex else { return String(body[start..<end]) }
        return String(body[start...].prefix { !$0.isWhitespace && $0 != ">" })
    }
}
