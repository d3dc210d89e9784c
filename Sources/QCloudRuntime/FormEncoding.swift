import Foundation

/// `application/x-www-form-urlencoded` with every reserved character escaped.
public enum FormEncoding {
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `a=1&b=x%2Fy`.
    public static func encode(_ parameters: [(name: String, value: String)]) -> String {
        parameters.map { escape($0.name) + "=" + escape($0.value) }.joined(separator: "&")
    }

    /// Percent-escapes everything but unreserved characters.
    public static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// Reads a form or query string back (for servers and tests).
    public static func decode(_ form: String) -> [(name: String, value: String)] {
        form.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first else { return nil }
            let value = parts.count > 1 ? String(parts[1]) : ""
            func unescape(_ s: String) -> String { (s.replacingOccurrences(of: "+", with: " ")).removingPercentEncoding ?? s }
            return (unescape(String(name)), unescape(value))
        }
    }
}
