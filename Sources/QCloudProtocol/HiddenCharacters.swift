/// Characters that text from outside (doc pages, server answers) must not carry into a doc
/// comment, a string literal or a terminal as they are: control characters (C0, DEL, C1), bidi
/// controls, line and paragraph separators, zero-width characters and byte-order marks. Shared by
/// the generator (comments, literals), the diagnostics and the runtime's printed errors.
public enum HiddenCharacters {
    /// Whether `scalar` is one of them.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `text` with each of them shown as `\u{…}`; with `newlinesAsSpaces`, CR and LF become spaces
    /// (one-line output such as diagnostics).
    public static func escaped(_ text: String, newlinesAsSpaces: Bool = false) -> String {
        // Most text has none of them: told by its bytes, and then returned as it is.
        guard mayHold(text.utf8) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if newlinesAsSpaces, scalar == "\n" || scalar == "\r" {
                out += " "
            } else if contains(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether UTF-8 bytes may hold one of them (a control byte, or the lead bytes of a C1
    /// control or of a hidden scalar from U+200B on); false only when they cannot.
    static func mayHold(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return true }
            // C2 80…C2 9F (C1 controls); E2 80 …, E2 81 … (U+2000…U+207F); EF BB BF (BOM).
            if previous == 0xC2, byte < 0xA0 { return true }
            if previous == 0xE2, byte == 0x80 || byte == 0x81 { return true }
            if previous == 0xEF, byte == 0xBB { return true }
            previous = byte
        }
        return false
    }
}
