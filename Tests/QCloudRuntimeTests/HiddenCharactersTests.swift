@testable import QCloudProtocol
import Testing

/// `HiddenCharacters.escaped` returns text with none of the hidden scalars as it is, told by a
/// byte scan; held here to the scalar-by-scalar definition on every scalar near the ranges and on
/// generated texts.
@Suite struct HiddenCharactersTests {
    static func reference(_ text: String, newlinesAsSpaces: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if newlinesAsSpaces, scalar == "\n" || scalar == "\r" {
                out += " "
            } else if HiddenCharacters.contains(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func escapesAsScalarByScalar() {
        let scalars = (0...0x3000).compactMap(Unicode.Scalar.init) + (0xFE00...0xFFFF).compactMap(Unicode.Scalar.init) + ["😀", "中"]
        for scalar in scalars {
            for text in ["\(scalar)", "a\(scalar)b", "中\(scalar)"] {
                #expect(HiddenCharacters.escaped(text, newlinesAsSpaces: true) == Self.reference(text, newlinesAsSpaces: true), "\(scalar.value)")
                #expect(HiddenCharacters.escaped(text) == Self.reference(text, newlinesAsSpaces: false), "\(scalar.value)")
            }
        }
    }
}
