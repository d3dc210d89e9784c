/// The whole schema `qcloud-docgen schema` prints: every operation read from the given pages.
public struct APIDocument: Sendable, Hashable, Codable {
    /// The version of this JSON format. Keys are only ever added, never renamed.
    public var formatVersion: Int
    /// The operations, one per page, sorted by service then action.
    public var operations: [Operation]
    /// The named structures the operations' fields refer to (``Field/ref``), when there are any.
    public var structures: [Structure]?

    /// Creates a document.
    public init(formatVersion: Int = 1, operations: [Operation], structures: [Structure]? = nil) {
        self.formatVersion = formatVersion
        self.operations = operations
        self.structures = structures?.isEmpty == true ? nil : structures
    }
}
