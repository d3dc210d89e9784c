import APISchema

/// One difference between two versions of an API, classified by what it does to code that
/// uses the generated SDK.
public struct Change: Sendable, Hashable, Codable {
    /// How a change affects users.
    public enum Kind: String, Sendable, Hashable, Codable, Comparable {
        /// Code written against the old API may stop compiling or working.
        case breaking
        /// New things; existing code keeps working.
        case additive
        /// Only descriptions, examples, links or defaults changed.
        case documentation

        private var rank: Int {
            switch self {
            case .breaking: 0
            case .additive: 1
            case .documentation: 2
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    /// The classification.
    public var kind: Kind
    /// The action.
    public var operation: String
    /// The wire path (`input.IKESet.dhGroupName`, `output.data.taskId`, `errors`, `rules`), or "" for the operation.
    public var path: String
    /// What changed, in words.
    public var message: String
    /// Where it was documented before.
    public var old: SourceLocation?
    /// Where it is documented now.
    public var new: SourceLocation?

    /// Creates a change.
    public init(_ kind: Kind, _ operation: String, _ path: String, _ message: String, old: SourceLocation?, new: SourceLocation?) {
        self.kind = kind
        self.operation = operation
        self.path = path
        self.message = message
        self.old = old
        self.new = new
    }

    /// `breaking: AddVpnConnEx input.IKESet.dhGroupName: enum value group24 removed (old.md:35 → new.md:35)`.
    public var line: String {
        let place = path.isEmpty ? operation : "\(operation) \(path)"
        let sides = "(\(old.map { "\($0.file):\($0.line)" } ?? "-") → \(new.map { "\($0.file):\($0.line)" } ?? "-"))"
        return "\(kind.rawValue): \(place): \(message) \(sides)"
    }
}
