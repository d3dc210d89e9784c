import QCloudProtocol

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

    /// `path:line:column: severity: message`, as Xcode and SwiftPM show diagnostics. The text is
    /// kept on one line so that no document text can forge another diagnostic, and control,
    /// bidi and invisible characters are shown as `\u{…}` so none reaches the terminal.
    public var description: String {
        "\(Self.terminalSafe(location.description)): \(severity.rawValue): \(Self.terminalSafe(message))"
    }

    /// `text` on one line with control, bidi and invisible characters escaped.
    public static func terminalSafe(_ text: String) -> String {
        HiddenCharacters.escaped(text, newlinesAsSpaces: true)
    }
}
