/// The whole schema `qcloud-docgen schema` prints: every operation read from the given pages.
public struct APIDocument: Sendable, Hashable, Codable {
    /// The version of this JSON format. Keys are only ever added, never renamed.
    public var formatVersion: Int
    /// The operations, one per page, sorted by service then action.
    public var operations: [Operation]

    /// Creates a document.
    public init(formatVersion: Int = 1, operations: [Operation]) {
        self.formatVersion = formatVersion
        self.operations = operations
    }
}
