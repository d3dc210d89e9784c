/// A place in a doc page.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The page's path as given on the command line.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (UTF-8 bytes), when known.
    public var column: Int?

    /// Creates a location.
    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and SwiftPM understand.
    public var description: String { "\(file):\(line):\(column ?? 1)" }
}
