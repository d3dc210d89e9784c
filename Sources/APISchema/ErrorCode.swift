/// An error code a page documents.
public struct ErrorCode: Sendable, Hashable, Codable {
    /// The code as written (`InvalidVpc.NotFound`, `29257`).
    public var code: String
    /// What it means.
    public var description: String
    /// Where the row is.
    public var source: SourceLocation?

    /// Creates an error code.
    public init(code: String, description: String, source: SourceLocation? = nil) {
        self.code = code
        self.description = description
        self.source = source
    }
}
