/// Text with its markup removed: HTML tags are stripped, entities decoded, `<br>` turned into
/// line breaks, runs of blanks folded to one space, and links kept in two forms.
public struct InlineText: Sendable, Hashable {
    /// The text with links written as Markdown links (`[text](url)`).
    public var text: String
    /// The text with links reduced to their visible text.
    public var bare: String

    /// Creates inline text from its two forms.
    public init(text: String, bare: String) {
        self.text = text
        self.bare = bare
    }

    /// Builds inline text from a sequence of segments.
    public init(segments: [InlineSegment]) {
        var text = ""
        var bare = ""
        for segment in segments {
            switch segment {
            case .text(let s):
                text += s
                bare += s
            case .link(let label, let url):
                let trimmedURL = url.trimmingBlanks()
                let trimmedLabel = label.trimmingBlanks()
                if trimmedURL.isEmpty || trimmedLabel.isEmpty {
                    text += label
                } else {
                    text += "[\(trimmedLabel)](\(trimmedURL))"
                }
                bare += label
            case .lineBreak:
                text += "\n"
                bare += "\n"
            }
        }
        self.text = InlineText.fold(text)
        self.bare = InlineText.fold(bare)
    }

    /// An empty text.
    public static let empty = InlineText(text: "", bare: "")

    /// Folds blanks (spaces, tabs, NBSP and other Unicode spaces) to single spaces, trims each line
    /// and drops empty lines.
    static func fold(_ s: String) -> String {
        // Works on Unicode scalars: blanks are single scalars, and this avoids grapheme breaking.
        var lines: [String] = []
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func endLine() {
            if !out.isEmpty { lines.append(String(out)) }
            out = String.UnicodeScalarView()
            pendingSpace = false
        }
        for scalar in s.unicodeScalars {
            if scalar == "\n" {
                endLine()
            } else if isFoldableBlank(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        endLine()
        return lines.joined(separator: "\n")
    }

    /// Spaces, tabs, NBSP, zero-width and other Unicode spaces, controls other than newline.
    static func isFoldableBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x00...0x09, 0x0B...0x1F, 0x7F: return true
        case 0x21...0x7E: return false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}

/// A piece of inline content before it is folded into ``InlineText``.
public enum InlineSegment: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// A link with its visible text and target.
    case link(text: String, url: String)
    /// A hard or soft line break, or `<br>`.
    case lineBreak
}

extension Character {
    /// Spaces, tabs, NBSP, the zero-width and other Unicode spaces, and control characters other
    /// than the newline: all shown as (at most) one space.
    var isFoldableBlank: Bool {
        if self == "\n" { return false }
        if isWhitespace { return true }
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x200B, 0xFEFF: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace (including NBSP and newlines).
    public func trimmingBlanks() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace || self[start].isFoldableBlank { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            if self[before].isWhitespace || self[before].isFoldableBlank { end = before } else { break }
        }
        return String(self[start..<end])
    }
}

extension String {
    /// Whether `other` occurs in the string, byte for byte in UTF-8 (``containsBytes(_:)``). This
    /// overload is chosen over Foundation's `contains(_:)` for a `String` argument wherever
    /// DocMarkdown is imported: Foundation's goes through `NSString` and folds character
    /// clusters, and was the parser's largest single cost (Benchmarks/README.md). Doc text is
    /// compared as written, so the folding bought nothing.
    @inlinable
    public func contains(_ other: String) -> Bool { containsBytes(other) }

    /// Whether `needle` occurs in the string, ignoring the case of ASCII letters only
    /// (`May return NULL` for `may return null`), byte for byte otherwise.
    public func containsIgnoringASCIICase(_ needle: String) -> Bool {
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        let pattern = needle.utf8.map(lower)
        guard !pattern.isEmpty else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        while index <= bytes.count - pattern.count {
            var offset = 0
            while offset < pattern.count, lower(bytes[index + offset]) == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
            index += 1
        }
        return false
    }

    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8 (no Unicode
    /// folding): much cheaper than Foundation's `contains`, which folds character clusters.
    public func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var found = false
        utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= pattern.count else { return }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var matched = true
                    for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                        matched = false
                        break
                    }
                    if matched {
                        found = true
                        return
                    }
                }
                index += 1
            }
        } ?? { found = Array(utf8).firstRange(of: pattern) != nil }()
        return found
    }
}
