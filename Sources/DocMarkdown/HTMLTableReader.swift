import DocText
import CLibXML2
import Foundation

/// Reads `<table>` elements out of an HTML fragment with libxml2's tolerant HTML parser, which
/// closes the `<td>` and `<tr>` elements the docs leave open.
public enum HTMLTableReader {
    /// The tables in `html`, in document order. `firstLine` is the page line the fragment starts
    /// on; `lines` are the fragment's own lines, used to give each cell a column.
    public static func tables(in html: String, firstLine: Int, lines: [String]) -> [Table] {
        let bytes = Array(html.utf8)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return [] }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), "page.html", "UTF-8", options)
            }
        }
        guard let document = parsed else { return [] }
        defer { xmlFreeDoc(document) }
        var context = Context(firstLine: firstLine, lines: lines)
        var tables: [Table] = []
        var node = xmlDocGetRootElement(document).map { UnsafeMutablePointer<xmlNode>($0) }
        // The fragment may have several top-level elements: visit each sibling.
        while let current = node {
            collectTables(current, into: &tables, context: &context)
            node = current.pointee.next
        }
        return tables
    }

    private struct Context {
        let firstLine: Int
        let lines: [String]
    }

    private static func name(of node: UnsafeMutablePointer<xmlNode>) -> String {
        guard node.pointee.type == XML_ELEMENT_NODE, let raw = node.pointee.name else { return "" }
        return String(cString: raw).lowercased()
    }

    private static func collectTables(_ node: UnsafeMutablePointer<xmlNode>, into tables: inout [Table],
                                      context: inout Context) {
        if name(of: node) == "table" {
            var rows: [TableRow] = []
            collectRows(node, into: &rows, context: context)
            tables.append(Table(rows: rows, origin: .html))
            return
        }
        var child = node.pointee.children
        while let current = child {
            collectTables(current, into: &tables, context: &context)
            child = current.pointee.next
        }
    }

    private static func collectRows(_ node: UnsafeMutablePointer<xmlNode>, into rows: inout [TableRow],
                                    context: Context) {
        var child = node.pointee.children
        while let current = child {
            switch name(of: current) {
            case "tr":
                var cells: [TableCell] = []
                collectCells(current, into: &cells, context: context)
                if !cells.isEmpty {
                    rows.append(TableRow(cells: cells, position: cells[0].position))
                }
            case "table":
                break  // a nested table is not part of this one
            default:
                collectRows(current, into: &rows, context: context)
            }
            child = current.pointee.next
        }
    }

    private static func collectCells(_ node: UnsafeMutablePointer<xmlNode>, into cells: inout [TableCell],
                                     context: Context) {
        var child = node.pointee.children
        while let current = child {
            switch name(of: current) {
            case "td", "th":
                var segments: [InlineSegment] = []
                collectInline(current, into: &segments)
                let text = InlineText(segments: segments)
                let line = context.firstLine + max(0, Int(xmlGetLineNo(current)) - 1)
                let column = columnOf(text.bare, onPageLine: line, context: context)
                cells.append(TableCell(text: text, position: SourcePosition(line: line, column: column)))
            case "tr", "table":
                break
            default:
                collectCells(current, into: &cells, context: context)
            }
            child = current.pointee.next
        }
    }

    /// The byte column where a cell's text starts on its line, or 1 when it cannot be found.
    private static func columnOf(_ text: String, onPageLine line: Int, context: Context) -> Int {
        let index = line - context.firstLine
        guard index >= 0, index < context.lines.count else { return 1 }
        let source = context.lines[index]
        // (The first 12 Characters of the first line: cut to 12 first, so a long cell is not
        // walked Character by Character to its end.)
        let probe = leadingCharacters(of: text, upTo: 12)
        if !probe.isEmpty, let range = source.rangeOfBytes(probe) {
            return source.utf8.distance(from: source.startIndex, to: range.lowerBound) + 1
        }
        let leading = source.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
        return leading + 1
    }

    /// `String(text.prefix(count).prefix(while: { $0 != "\n" }))`, by scalars where each one
    /// is a Character of its own (``Unicode/Scalar/isPlainCharacter``). Any other scalar before
    /// the cut (or right after it) leaves it to the walk by Character.
    static func leadingCharacters(of text: String, upTo count: Int) -> String {
        let scalars = text.unicodeScalars
        var taken = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "\n" { break }
            guard scalars[index].isPlainCharacter else { return String(text.prefix(count).prefix(while: { $0 != "\n" })) }
            if taken == count { break }
            taken += 1
            index = scalars.index(after: index)
        }
        return String(scalars[..<index])
    }

    private static func collectInline(_ node: UnsafeMutablePointer<xmlNode>, into segments: inout [InlineSegment]) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = xmlNodeGetContent(current) {
                    segments.append(.text(String(cString: content)))
                    docgen_xml_free(content)
                }
            case XML_ELEMENT_NODE:
                switch name(of: current) {
                case "br", "p", "li", "div":
                    segments.append(.lineBreak)
                    collectInline(current, into: &segments)
                case "a":
                    var inner: [InlineSegment] = []
                    collectInline(current, into: &inner)
                    var href = ""
                    if let value = xmlGetProp(current, "href") {
                        href = String(cString: value)
                        docgen_xml_free(value)
                    }
                    segments.append(.link(text: InlineText(segments: inner).bare, url: href))
                case "td", "th", "tr", "table":
                    break
                default:
                    collectInline(current, into: &segments)
                }
            default:
                break
            }
            child = current.pointee.next
        }
    }
}
