import DocText
import APISchema
import DocDialects
import DocMarkdown

/// A service's error-code page (`私有网络错误码`): every error table on it, whatever its
/// sections are called. Its codes join the service's error enum.
public enum ErrorPage {
    /// The codes of every error table on the page, first occurrence kept, read in `dialect`.
    public static func parse(_ bytes: [UInt8], file: String, dialect: Dialect = .v2) -> (errors: [ErrorCode], diagnostics: [Diagnostic]) {
        let document = MarkdownReader.read(bytes)
        var tables = TableReader(file: file, lines: document.lines, dialect: dialect)
        for block in document.blocks {
            if case .table(let table) = block.kind { _ = tables.read(table, caption: nil, into: nil) }
        }
        var diagnostics = tables.diagnostics.filter { $0.severity != .note }
        if tables.errors.isEmpty {
            diagnostics.append(Diagnostic(.error, "no error-code table found on the error page", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return (tables.errors, diagnostics)
    }
}
