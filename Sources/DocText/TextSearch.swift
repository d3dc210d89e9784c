// Trimming and searching strings by their UTF-8 bytes, as doc text is compared as written.

extension String {
    /// ``StringProtocol/trimmingBlanks()``, read from the bytes; the string itself (no copy) when
    /// neither end has a blank, as most cells and descriptions do not.
    public func trimmingBlanks() -> String {
        var text = self
        return text.withUTF8 { bytes in
            let kept = Blanks.trimmed(bytes)
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
