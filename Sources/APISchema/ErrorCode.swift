/// An error code a page documents.
public struct ErrorCode: Sendable, Hashable, Codable {
    /// The code as written (`InvalidVpc.NotFound`, `29257`).
    public var code: String
    /// The English name a table gives a numeric code (`错误代码 | 英文提示 | 错误描述`:
    /// `11056 | InstanceNotExists`): what the service sends as `codeDesc` beside the number.
    public var codeDesc: String?
    /// What it means.
    public var description: String
    /// Where the row is.
    public var source: SourceLocation?

    /// Creates an error code.
    public init(code: String, codeDesc: String? = nil, description: String, source: SourceLocation? = nil) {
        self.code = code
        self.codeDesc = codeDesc
        self.description = description
        self.source = source
    }
}
