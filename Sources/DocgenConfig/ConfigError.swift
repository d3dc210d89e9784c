import APISchema

/// A bad `docgen.yaml`, located. The message never quotes the file beyond a short, sanitised
/// excerpt (a key or value of at most ``ConfigError/excerptLimit`` characters): a configuration
/// file that is really a link to `/proc/self/environ` or a credentials file must not end up in
/// build logs.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong.
    public var message: String

    /// Creates an error at `location`.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `path:line:column: error: message`, the format compilers use.
    public var description: String { Diagnostic(.error, message, at: location).description }

    /// The longest excerpt of the file a message may quote.
    public static let excerptLimit = 40

    /// `text` made safe to show: control and format characters dropped, cut to ``excerptLimit``.
    public static func excerpt(_ text: String) -> String {
        let visible = text.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: false
            default: true
            }
        }
        var shown = String(String.UnicodeScalarView(visible.prefix(excerptLimit)))
        if visible.count > excerptLimit { shown += "…" }
        return "'" + shown + "'"
    }
}
