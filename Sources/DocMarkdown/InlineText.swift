import DocText
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        var builder = InlineBuilder()
        for segment in segments {
            switch segment {
            case .text(let s): builder.append(s)
            case .link(let label, let url): builder.appendLink(label: Array(label.utf8), url: Array(url.utf8))
            case .lineBreak: builder.appendLineBreak()
            }
        }
        self = builder.build()
    }

    /// An empty text.
    public static let empty = InlineText(text: "", bare: "")

    /// Folds blanks (spaces, tabs, NBSP and other Unicode spaces) to single spaces, trims each line
    /// and drops empty lines.
    static func fold(_ s: String) -> String {
        var s = s
        return s.withUTF8 { foldedString($0) }
    }

    /// ``fold(_:)`` of UTF-8 bytes, as bytes.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            guard let base = out.baseAddress else { return }
            count = fold(bytes, into: base)
        }
    }

    /// ``fold(_:)`` of UTF-8 bytes, folded straight into the string's storage (invalid UTF-8
    /// repaired, as `String(decoding:as:)` does).
    static func foldedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            guard let base = out.baseAddress else { return 0 }
            return fold(bytes, into: base)
        }
    }

    /// Folds `bytes` into `out`, which has room for `bytes.count` (folding never lengthens a
    /// text), and returns how many bytes it wrote. A blank is recognised by its bytes (every
    /// blank is one scalar, ``Blanks.width(_:at:)``), and the text between blanks is copied a run
    /// at a time.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        var lineStart = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if count > lineStart {
                    out[count] = 0x0A
                    count += 1
                    lineStart = count
                }
                pendingSpace = false
                index += 1
                continue
            }
            let blank = Blanks.width(bytes, at: index)
            if blank > 0 {
                pendingSpace = true
                index += blank
                continue
            }
            // A run of text up to the next blank or line break. (In valid UTF-8 a blank's lead
            // byte is never inside another character; cmark hands out valid UTF-8, and a string
            // is valid.)
            var end = index + 1
            while end < bytes.count, bytes[end] != 0x0A, Blanks.width(bytes, at: end) == 0 { end += 1 }
            if pendingSpace && count > lineStart {
                out[count] = 0x20
                count += 1
            }
            pendingSpace = false
            if let source = bytes.baseAddress { (out + count).update(from: source + index, count: end - index) }
            count += end - index
            index = end
        }
        if count > 0, out[count - 1] == 0x0A { count -= 1 }
        return count
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

/// Inline content gathered as UTF-8 bytes in the two forms ``InlineText`` keeps, folded once at
/// the end: the Markdown and HTML readers append each piece's bytes as they walk, without making
/// a string of each piece. Appending segments to a builder and building is ``InlineText/init(segments:)``.
public struct InlineBuilder: Sendable {
    /// The text form (room for a typical cell from the start).
    private var text: [UInt8] = {
        var text: [UInt8] = []
        text.reserveCapacity(128)
        return text
    }()
    /// The bare form, once a link made the two differ (nil while they are the same).
    private var bare: [UInt8]?

    /// An empty builder.
    public init() {}

    /// Appends plain text.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        text.append(contentsOf: bytes)
        bare?.append(contentsOf: bytes)
    }

    /// Appends plain text.
    public mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Appends a line break.
    public mutating func appendLineBreak() {
        text.append(0x0A)
        bare?.append(0x0A)
    }

    /// Appends a link: `[label](url)` in the text form (the label as it is when either is
    /// blank), the label in the bare form.
    public mutating func appendLink(label: [UInt8], url: [UInt8]) {
        if bare == nil { bare = text }
        let trimmedURL = Blanks.trimmed(url)
        let trimmedLabel = Blanks.trimmed(label)
        if trimmedURL.isEmpty || trimmedLabel.isEmpty {
            text += label
        } else {
            text.append(0x5B)  // [
            text += label[trimmedLabel]
            text += [0x5D, 0x28]  // ](
            text += url[trimmedURL]
            text.append(0x29)  // )
        }
        bare?.append(contentsOf: label)
    }

    /// The inline text: both forms folded (once, when no link made them differ).
    public func build() -> InlineText {
        let folded = text.withUnsafeBufferPointer { InlineText.foldedString($0) }
        guard let bare else { return InlineText(text: folded, bare: folded) }
        return InlineText(text: folded, bare: bare.withUnsafeBufferPointer { InlineText.foldedString($0) })
    }

    /// The bare form folded, as bytes (what a link's label is made of).
    public func foldedBare() -> [UInt8] {
        (bare ?? text).withUnsafeBufferPointer { InlineText.fold($0) }
    }
}
