/// A position in a source document: 1-based line and 1-based column (in UTF-8 bytes, as
/// cmark, compilers and editors count them).
public struct SourcePosition: Sendable, Hashable, Comparable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in UTF-8 bytes.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A parsed Markdown page: its top-level blocks in document order, with lists and block quotes
/// flattened into their children, and HTML tables already read into ``Table`` values.
public struct MarkdownDocument: Sendable, Hashable {
    /// Blocks in document order.
    public var blocks: [Block]
    /// The page's lines (line endings removed), for locating text that cmark does not position.
    public var lines: [String]

    /// Creates a document from blocks and lines.
    public init(blocks: [Block], lines: [String]) {
        self.blocks = blocks
        self.lines = lines
    }
}

/// One block of a page.
public struct Block: Sendable, Hashable {
    /// What the block is.
    public var kind: Kind
    /// Where the block starts.
    public var position: SourcePosition
    /// The last line the block covers.
    public var endLine: Int

    /// Creates a block.
    public init(kind: Kind, position: SourcePosition, endLine: Int) {
        self.kind = kind
        self.position = position
        self.endLine = endLine
    }

    /// The kinds of block the parser distinguishes.
    public enum Kind: Sendable, Hashable {
        /// An ATX or setext heading.
        case heading(level: Int, text: InlineText)
        /// A paragraph of text.
        case paragraph(InlineText)
        /// A fenced or indented code block: its info string and literal content.
        case code(info: String, literal: String)
        /// Raw HTML that is not a table (for example `<pre>` examples).
        case html(String)
        /// A table, from GFM pipe syntax or from an HTML `<table>`.
        case table(Table)
        /// A thematic break (`---`).
        case thematicBreak
    }
}

/// A table: the header row first, then the body rows.
public struct Table: Sendable, Hashable {
    /// Where the table came from.
    public enum Origin: String, Sendable, Hashable {
        /// A GitHub pipe table.
        case gfm
        /// An HTML `<table>` element.
        case html
    }

    /// All rows, the header first.
    public var rows: [TableRow]
    /// Pipe table or HTML table.
    public var origin: Origin

    /// Creates a table.
    public init(rows: [TableRow], origin: Origin) {
        self.rows = rows
        self.origin = origin
    }

    /// The header row, if the table has any row.
    public var header: TableRow? { rows.first }
    /// The rows after the header.
    public var body: ArraySlice<TableRow> { rows.dropFirst() }
}

/// A table row.
public struct TableRow: Sendable, Hashable {
    /// The row's cells, left to right.
    public var cells: [TableCell]
    /// Where the row starts.
    public var position: SourcePosition

    /// Creates a row.
    public init(cells: [TableCell], position: SourcePosition) {
        self.cells = cells
        self.position = position
    }
}

/// A table cell.
public struct TableCell: Sendable, Hashable {
    /// The cell's text.
    public var text: InlineText
    /// Where the cell's content starts.
    public var position: SourcePosition

    /// Creates a cell.
    public init(text: InlineText, position: SourcePosition) {
        self.text = text
        self.position = position
    }
}
