import DocText
import Foundation
import CCmarkGFM

/// Reads Markdown with cmark-gfm (and its table extension) into a ``MarkdownDocument``.
///
/// This type and ``HTMLTableReader`` are the only code in the project that touch C pointers:
/// the C tree is created, walked and freed inside ``read(_:)``, with cmark-gfm's own allocator.
public enum MarkdownReader {
    /// Registers the GFM extensions once per process.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses a page given as raw bytes (invalid UTF-8 is replaced, never trusted).
    public static func read(_ bytes: [UInt8]) -> MarkdownDocument {
        let lines = splitLines(bytes)
        // (A delimiter row with a blank cell repaired for cmark-gfm; the lines stay the page's.)
        return withTree(DelimiterRows.repaired(bytes) ?? bytes) { root in
            guard let root else { return MarkdownDocument(blocks: [], lines: lines) }
            var walker = BlockWalker(lines: lines)
            walker.walkChildren(of: root)
            return MarkdownDocument(blocks: walker.blocks, lines: lines)
        }
    }

    /// Parses with cmark-gfm and its table extension and frees the tree, building nothing: the
    /// floor the benchmarks compare the whole pipeline with. Returns the number of top-level nodes.
    public static func cmarkOnly(_ bytes: [UInt8]) -> Int {
        withTree(bytes) { root in root.map(BlockWalker.childCount(of:)) ?? 0 }
    }

    /// Parses `bytes` with cmark-gfm and its table extension and gives `body` the document node
    /// (nil when cmark-gfm cannot make a parser or a tree). The tree lives until `body` returns:
    /// nothing of it may be kept beyond.
    private static func withTree<T>(_ bytes: [UInt8], _ body: (OpaquePointer?) -> T) -> T {
        _ = registered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return body(nil) }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        guard let root = cmark_parser_finish(parser) else { return body(nil) }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Parses a page given as a string.
    public static func read(_ text: String) -> MarkdownDocument {
        read(Array(text.utf8))
    }

    /// Splits bytes into lines on LF, CR LF or CR, decoding each as UTF-8 with replacement.
    static func splitLines(_ bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [String] = []
            var start = 0
            var i = 0
            let count = buffer.count
            while i < count {
                let b = buffer[i]
                if b == 0x0A || b == 0x0D {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<i]), as: UTF8.self))
                    if b == 0x0D, i + 1 < count, buffer[i + 1] == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < count { lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<count]), as: UTF8.self)) }
            return lines
        }
    }
}

/// Walks cmark block nodes and turns them into ``Block`` values.
private struct BlockWalker {
    let lines: [String]
    var blocks: [Block] = []
    /// Lines up to which source has already been consumed by an HTML table that spanned blocks.
    var consumedThroughLine = 0

    init(lines: [String]) { self.lines = lines }

    mutating func walkChildren(of node: OpaquePointer) {
        var child = cmark_node_first_child(node)
        while let current = child {
            visit(current)
            child = cmark_node_next(current)
        }
    }

    mutating func visit(_ node: OpaquePointer) {
        let start = SourcePosition(
            line: Int(cmark_node_get_start_line(node)),
            column: max(1, Int(cmark_node_get_start_column(node))))
        let endLine = max(start.line, Int(cmark_node_get_end_line(node)))
        if start.line > 0, endLine <= consumedThroughLine { return }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            blocks.append(Block(kind: .heading(level: level, text: InlineCollector.text(of: node)),
                                position: start, endLine: endLine))
        case CMARK_NODE_PARAGRAPH:
            blocks.append(Block(kind: .paragraph(InlineCollector.text(of: node)), position: start, endLine: endLine))
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            blocks.append(Block(kind: .code(info: info, literal: literal), position: start, endLine: endLine))
        case CMARK_NODE_HTML_BLOCK:
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            visitHTML(literal, start: start, endLine: endLine)
        case CMARK_NODE_THEMATIC_BREAK:
            blocks.append(Block(kind: .thematicBreak, position: start, endLine: endLine))
        default:
            // The table extension's node types are registered at run time: known by name.
            if let name = cmark_node_get_type_string(node), strcmp(name, "table") == 0 {
                blocks.append(Block(kind: .table(tableFrom(node)), position: start, endLine: endLine))
            } else {
                // Block quotes, lists and items are flattened into their children.
                walkChildren(of: node)
            }
        }
    }

    /// An HTML block: tables are read with libxml2 (continuing over blank lines until
    /// `</table>`, since cmark ends an HTML block at a blank line); anything else stays raw.
    mutating func visitHTML(_ literal: String, start: SourcePosition, endLine: Int) {
        guard literal.containsIgnoringASCIICase("<table") else {
            blocks.append(Block(kind: .html(literal), position: start, endLine: endLine))
            return
        }
        var last = endLine
        if !literal.containsIgnoringASCIICase("</table") {
            var line = endLine + 1
            while line <= lines.count {
                let text = lines[line - 1]
                if text.trimmingBlanks().hasPrefix("#") { break }
                last = line
                if text.containsIgnoringASCIICase("</table") { break }
                line += 1
            }
        }
        let sourceLines = Array(lines[(start.line - 1)..<min(last, lines.count)])
        let html = sourceLines.joined(separator: "\n")
        // Text before `<table` on the first line (rare) stays a paragraph of its own.
        let tables = HTMLTableReader.tables(in: html, firstLine: start.line, lines: sourceLines)
        if tables.isEmpty {
            blocks.append(Block(kind: .html(literal), position: start, endLine: endLine))
        }
        for table in tables {
            let position = table.rows.first?.position ?? start
            blocks.append(Block(kind: .table(table), position: position, endLine: last))
        }
        consumedThroughLine = max(consumedThroughLine, last)
    }

    func tableFrom(_ node: OpaquePointer) -> Table {
        var rows: [TableRow] = []
        rows.reserveCapacity(Self.childCount(of: node))
        var row = cmark_node_first_child(node)
        while let currentRow = row {
            var cells: [TableCell] = []
            cells.reserveCapacity(Self.childCount(of: currentRow))
            var cell = cmark_node_first_child(currentRow)
            while let currentCell = cell {
                let position = SourcePosition(
                    line: Int(cmark_node_get_start_line(currentCell)),
                    column: max(1, Int(cmark_node_get_start_column(currentCell))))
                cells.append(TableCell(text: InlineCollector.text(of: currentCell), position: position))
                cell = cmark_node_next(currentCell)
            }
            let position = SourcePosition(
                line: Int(cmark_node_get_start_line(currentRow)),
                column: max(1, Int(cmark_node_get_start_column(currentRow))))
            rows.append(TableRow(cells: cells, position: position))
            row = cmark_node_next(currentRow)
        }
        return Table(rows: rows, origin: .gfm)
    }

    /// How many children a node has (rows of a table, cells of a row: room made once).
    static func childCount(of node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }
}

/// Collects the inline content of a cmark node into ``InlineText``: each node's bytes go
/// straight from cmark into an ``InlineBuilder``.
enum InlineCollector {
    /// A link opened by an inline `<a href>` tag, collecting its label until `</a>`.
    private struct OpenLink {
        var url: [UInt8]
        var label: [UInt8] = []
    }

    static func text(of node: OpaquePointer) -> InlineText {
        var builder = InlineBuilder()
        var openLink: OpenLink?
        collect(node, into: &builder, openLink: &openLink)
        if let link = openLink { builder.appendLink(label: link.label, url: link.url) }
        return builder.build()
    }

    /// The bytes of a C string cmark hands out (nil: none).
    private static func bytes(_ string: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let string else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(string).assumingMemoryBound(to: UInt8.self), count: strlen(string))
    }

    private static func appendText(_ text: UnsafeBufferPointer<UInt8>, to builder: inout InlineBuilder, openLink: inout OpenLink?) {
        if openLink != nil { openLink?.label.append(contentsOf: text) } else { builder.append(text) }
    }

    private static func collect(_ node: OpaquePointer, into builder: inout InlineBuilder, openLink: inout OpenLink?) {
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT:
                let text = bytes(cmark_node_get_literal(current))
                if let kept = HTMLTag.droppingClosingTagsWithAttributes(text) {
                    kept.withUnsafeBufferPointer { appendText($0, to: &builder, openLink: &openLink) }
                } else {
                    appendText(text, to: &builder, openLink: &openLink)
                }
            case CMARK_NODE_CODE:
                appendText(bytes(cmark_node_get_literal(current)), to: &builder, openLink: &openLink)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if openLink != nil { openLink?.label.append(0x20) } else { builder.appendLineBreak() }
            case CMARK_NODE_HTML_INLINE:
                let literal = bytes(cmark_node_get_literal(current))
                switch HTMLTag.parse(String(decoding: literal, as: UTF8.self)) {
                case .lineBreak:
                    if openLink != nil { openLink?.label.append(0x20) } else { builder.appendLineBreak() }
                case .openLink(let url):
                    if let link = openLink { builder.appendLink(label: link.label, url: link.url) }
                    openLink = OpenLink(url: Array(url.utf8))
                case .closeLink:
                    if let link = openLink { builder.appendLink(label: link.label, url: link.url) }
                    openLink = nil
                case .other:
                    break
                case .notATag:
                    appendText(literal, to: &builder, openLink: &openLink)
                }
            case CMARK_NODE_LINK:
                let url = Array(bytes(cmark_node_get_url(current)))
                var inner = InlineBuilder()
                var none: OpenLink?
                collect(current, into: &inner, openLink: &none)
                let label = inner.foldedBare()
                if openLink != nil { openLink?.label += label } else { builder.appendLink(label: label, url: url) }
            default:
                collect(current, into: &builder, openLink: &openLink)
            }
            child = cmark_node_next(current)
        }
    }
}
