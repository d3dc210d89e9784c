/// Blanks (whitespace, controls, NBSP, the zero-width space, the BOM) read from UTF-8 bytes:
/// what ``StringProtocol/trimmingBlanks()`` and the inline-text folding treat as blank.
package enum Blanks {
    /// The bytes of `bytes` without leading and trailing blanks: what
    /// ``StringProtocol/trimmingBlanks()`` keeps (``Unicode/Scalar/isTrimmableBlank``), read
    /// from the bytes (line breaks are blanks here, as they are there).
    package static func trimmed(_ bytes: [UInt8]) -> Range<Int> {
        bytes.withUnsafeBufferPointer { trimmed($0) }
    }

    /// ``trimmed(_:)-([UInt8])`` of bytes in place.
    package static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = buffer.count
        while start < end {
            let width = buffer[start] == 0x0A ? 1 : width(buffer, at: start)
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
            } else if end - start >= 3, width(buffer, at: end - 3) == 3 {
                end -= 3
            } else if end - start >= 2, width(buffer, at: end - 2) == 2 {
                end -= 2
            } else {
                break
            }
        }
        return start..<end
    }

    /// The length in bytes of the blank (``Unicode/Scalar/isTrimmableBlank``, other than a line break) that
    /// starts at `index`, or 0: ASCII blanks, U+0085 and U+00A0 (C2 …), U+1680 (E1 9A 80),
    /// U+2000…U+200B, U+2028, U+2029, U+202F (E2 80 …), U+205F (E2 81 9F), U+3000 (E3 80 80),
    /// U+FEFF (EF BB BF).
    @inline(__always)
    package static func width(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
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
}
