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
    /// blank is one scalar, ``blankWidth(_:at:)``), and the text between blanks is copied a run
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
            let blank = blankWidth(bytes, at: index)
            if blank > 0 {
                pendingSpace = true
                index += blank
                continue
            }
            // A run of text up to the next blank or line break. (In valid UTF-8 a blank's lead
            // byte is never inside another character; cmark hands out valid UTF-8, and a string
            // is valid.)
            var end = index + 1
            while end < bytes.count, bytes[end] != 0x0A, blankWidth(bytes, at: end) == 0 { end += 1 }
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

    /// The bytes of `bytes` without leading and trailing blanks: what
    /// ``StringProtocol/trimmingBlanks()`` keeps (``Unicode/Scalar/isTrimmableBlank``), read
    /// from the bytes (line breaks are blanks here, as they are there).
    static func trimmedBlanks(_ bytes: [UInt8]) -> Range<Int> {
        bytes.withUnsafeBufferPointer { trimmedBlanks($0) }
    }

    /// ``trimmedBlanks(_:)-([UInt8])`` of bytes in place.
    static func trimmedBlanks(_ buffer: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = buffer.count
        while start < end {
            let width = buffer[start] == 0x0A ? 1 : blankWidth(buffer, at: start)
            guard width > 0 else { break }
            start += width
        }
        while end > start {
            // A blank's lead byte never continues another character, so the last one, two
            // or three bytes are a whole blank when they spell one.
            let last = buffer[end - 1]
            if last < 0x80 {
                guard last <= 0x20 || last == 0x7F else { break }
                end -= 1
            } else if end - start >= 3, blankWidth(buffer, at: end - 3) == 3 {
                end -= 3
            } else if end - start >= 2, blankWidth(buffer, at: end - 2) == 2 {
                end -= 2
            } else {
                break
            }
        }
        return start..<end
    }

    /// The length in bytes of the blank (``isFoldableBlank(_:)``, other than a line break) that
    /// starts at `index`, or 0: ASCII blanks, U+0085 and U+00A0 (C2 …), U+1680 (E1 9A 80),
    /// U+2000…U+200B, U+2028, U+2029, U+202F (E2 80 …), U+205F (E2 81 9F), U+3000 (E3 80 80),
    /// U+FEFF (EF BB BF).
    @inline(__always)
    private static func blankWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return (byte <= 0x20 || byte == 0x7F) && byte != 0x0A ? 1 : 0 }
        let count = bytes.count
        switch byte {
        case 0xC2:
            guard index + 1 < count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            return index + 2 < count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 { return (0x80...0x8B).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xEF:
            return index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default:
            return 0
        }
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
        let trimmedURL = InlineText.trimmedBlanks(url)
        let trimmedLabel = InlineText.trimmedBlanks(label)
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

extension String {
    /// ``StringProtocol/trimmingBlanks()``, read from the bytes; the string itself (no copy) when
    /// neither end has a blank, as most cells and descriptions do not.
    public func trimmingBlanks() -> String {
        var text = self
        return text.withUTF8 { bytes in
            let kept = InlineText.trimmedBlanks(bytes)
            if kept.count == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[kept]), as: UTF8.self)
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace (including NBSP and newlines).
    public func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isTrimmableBlank { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            if scalars[before].isTrimmableBlank { end = before } else { break }
        }
        return String(self[start..<end])
    }
}

extension Unicode.Scalar {
    /// Whitespace (newlines included), controls, the zero-width space and the BOM: what
    /// ``StringProtocol/trimmingBlanks()`` removes. Decided without Unicode property lookups.
    @inlinable
    public var isTrimmableBlank: Bool {
        switch value {
        case 0x00...0x20, 0x7F: true
        case 0x21...0x7E: false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
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
        rangeOfBytes(needle, ignoringASCIICase: true) != nil
    }

    /// The first range where `needle` occurs, compared byte for byte in UTF-8 (ASCII letters
    /// case-blind when `ignoringASCIICase`). Foundation's `range(of:)` goes through `NSString`
    /// and folds character clusters, which doc text never needs and which cost the parser more
    /// than cmark itself (Benchmarks/README.md).
    public func rangeOfBytes(_ needle: String, ignoringASCIICase: Bool = false) -> Range<String.Index>? {
        guard let offset = byteOffset(of: needle, ignoringASCIICase: ignoringASCIICase) else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs in the string, compared byte for byte in UTF-8 (no Unicode
    /// folding): much cheaper than Foundation's `contains`, which folds character clusters.
    public func containsBytes(_ needle: String) -> Bool {
        byteOffset(of: needle, ignoringASCIICase: false) != nil
    }

    /// Where `needle` first starts, in UTF-8 bytes: the one search behind ``rangeOfBytes(_:ignoringASCIICase:)``,
    /// ``containsBytes(_:)`` and ``containsIgnoringASCIICase(_:)``.
    private func byteOffset(of needle: String, ignoringASCIICase: Bool) -> Int? {
        var haystack = self
        var needle = needle
        // Native strings hand out their bytes without a copy.
        return haystack.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                if !ignoringASCIICase || !pattern.contains(where: \.isASCIILetter) { return ByteSearch.firstOffset(of: pattern, in: bytes) }
                return ByteSearch.firstOffsetIgnoringASCIICase(of: pattern, in: bytes)
            }
        }
    }
}

/// Byte search shared by the string helpers and the pattern prefilter.
public enum ByteSearch {
    /// Where `needle` first occurs in `bytes`, byte for byte (0 for an empty needle): memchr to
    /// each candidate first byte, memcmp for the rest.
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard bytes.count >= needle.count, let base = bytes.baseAddress, let needleBase = needle.baseAddress else { return nil }
        let last = bytes.count - needle.count
        var index = 0
        while index <= last {
            guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + found, needleBase, needle.count) == 0 { return found }
            index = found + 1
        }
        return nil
    }

    /// Where `needle` first occurs in `bytes` with ASCII letters compared case-blind (0 for an
    /// empty needle): memchr to each candidate first byte (in both cases when it is a letter).
    public static func firstOffsetIgnoringASCIICase(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard bytes.count >= needle.count, let base = bytes.baseAddress else { return nil }
        @inline(__always) func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        let last = bytes.count - needle.count
        let lower = fold(first)
        let upper = lower.isASCIILetter ? lower - 0x20 : lower
        // The next place each form of the first byte occurs at or after the search position.
        func next(_ byte: UInt8, from index: Int) -> Int? {
            guard index <= last, let hit = memchr(base + index, Int32(byte), last - index + 1) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        var nextLower = next(lower, from: 0)
        var nextUpper = upper == lower ? nil : next(upper, from: 0)
        while true {
            let candidate: Int
            switch (nextLower, nextUpper) {
            case (nil, nil): return nil
            case (let found?, nil): candidate = found
            case (nil, let found?): candidate = found
            case (let a?, let b?): candidate = min(a, b)
            }
            var offset = 1
            while offset < needle.count, fold(bytes[candidate + offset]) == fold(needle[offset]) { offset += 1 }
            if offset == needle.count { return candidate }
            if nextLower == candidate { nextLower = next(lower, from: candidate + 1) }
            if nextUpper == candidate { nextUpper = next(upper, from: candidate + 1) }
        }
    }
}
