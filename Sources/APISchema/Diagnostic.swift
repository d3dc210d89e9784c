/// A finding about a page: an error stops generation, a warning or note does not.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious.
    public var severity: Severity
    /// What is wrong, in one line.
    public var message: String
    /// Where.
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `path:line:column: severity: message`, as Xcode and SwiftPM show diagnostics. The message
    /// is kept on one line so that no document text can forge another diagnostic.
    public var description: String {
        let oneLine = message.map { $0.isNewline ? " " : String($0) }.joined()
        return "\(location): \(severity.rawValue): \(oneLine)"
    }
}
