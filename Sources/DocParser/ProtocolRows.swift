import DocText
import APISchema
import DocDialects

extension PageParser {
    /// Drops the input rows that are protocol constants in the page's dialect (`Action`,
    /// `Version`, `Region` on API 3.0 pages; `Version` on V3 pages) and returns the API version
    /// they name (`公共参数，本接口取值：2017-03-12`), else the one the example sends
    /// (`Version=2017-03-12`). A `Version` row that names no version stays a parameter the caller
    /// sets, with a warning: the page does not say what to send.
    mutating func takeProtocolRows(from fields: inout [Field], sentVersion: String?) -> String? {
        guard !dialect.protocolRows.isEmpty else { return nil }
        let fromExample = sentVersion.flatMap { dialect.versionPattern.firstMatch(in: $0)?[1] }
        var version: String?
        var undated: Field?
        fields.removeAll { field in
            guard dialect.protocolRows.contains(field.name) else { return false }
            guard field.name == "Version" else { return true }
            if let named = dialect.versionPattern.firstMatch(in: field.description)?[1] ?? fromExample {
                version = named
                return true
            }
            undated = field
            return false
        }
        if let undated {
            diagnostics.append(Diagnostic(.warning, "the page documents 'Version' without naming the API version; it stays a parameter the caller sets", at: undated.source))
        }
        return version
    }
}
