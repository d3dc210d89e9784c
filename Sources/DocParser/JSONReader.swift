import DocText
import DocMarkdown
import APISchema

/// A strict JSON parser that keeps member order and number spelling and reports where it
/// stopped (line and column within the text), so an invalid example response is reported at
/// its real place in the page.
struct JSONReader {
    /// Why a text is not JSON, and where.
    struct Failure: Error, Equatable {
        var message: String
        /// 0-based line within the text.
        var line: Int
        /// 1-based column in UTF-8 bytes.
        var column: Int
        /// The text is JSON, but past a bound of ``InputLimits`` (not a doc bug to repair).
        var isLimit = false
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    /// Deeper nesting than this is refused: each level becomes a nested Swift type.
    static let maximumDepth = InputLimits.exampleDepth

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// Parses a whole text as one JSON value.
    static func parse(_ text: String) -> Result<JSONValue, Failure> {
        var reader = JSONReader(text)
        do {
            reader.skipSpace()
            let value = try reader.value()
            reader.skipSpace()
            if reader.index < reader.bytes.count { throw reader.failure("unexpected text after the JSON value") }
            return .success(value)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", line: 0, column: 1))
        }
    }

    /// Repairs the mistakes the docs make (NBSP indentation, trailing commas, `...` lines) so an
    /// example can still be used; the caller reports that it was invalid.
    static func repaired(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cleaned = String(line).replacingNBSP()
            let trimmed = cleaned.trimmingBlanks()
            if trimmed == "..." || trimmed == "…" || trimmed == "……" || trimmed == "...," { continue }
            lines.append(cleaned)
        }
        var out = ""
        var pendingComma = false
        var inString = false
        var escaped = false
        var buffered = ""
        for ch in lines.joined(separator: "\n") {
            if inString {
                out.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
                continue
            }
            if pendingComma {
                if ch.isWhitespace { buffered.append(ch); continue }
                if ch != "}" && ch != "]" { out.append(",") }
                out += buffered
                buffered = ""
                pendingComma = false
            }
            if ch == "," { pendingComma = true; continue }
            if ch == "\"" { inString = true }
            out.append(ch)
        }
        if pendingComma { out += buffered }
        return out
    }

    // MARK: - Grammar

    private func failure(_ message: String) -> Failure {
        var line = 0
        var lineStart = 0
        for i in 0..<min(index, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return Failure(message: message, line: line, column: index - lineStart + 1)
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func value() throws -> JSONValue {
        guard index < bytes.count else { throw failure("the JSON ends early") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
            throw failure("a no-break space (U+00A0) where JSON allows only spaces, tabs and newlines")
        default:
            throw failure("unexpected character where a value should start")
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maximumDepth {
            var limit = failure("nesting deeper than \(Self.maximumDepth) levels")
            limit.isLimit = true
            throw limit
        }
    }

    private mutating func object() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [JSONValue.Member] = []
        try skipSpaceStrict()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            try skipSpaceStrict()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { throw failure("a trailing comma before '}'") }
                throw failure("expected a member name in double quotes")
            }
            let key = try string()
            try skipSpaceStrict()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
            index += 1
            try skipSpaceStrict()
            members.append(JSONValue.Member(key, try value()))
            try skipSpaceStrict()
            guard index < bytes.count else { throw failure("the JSON ends inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw failure("expected ',' or '}' in an object")
        }
    }

    private mutating func array() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var values: [JSONValue] = []
        try skipSpaceStrict()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(values) }
        while true {
            try skipSpaceStrict()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw failure("a trailing comma before ']'") }
            values.append(try value())
            try skipSpaceStrict()
            guard index < bytes.count else { throw failure("the JSON ends inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(values) }
            throw failure("expected ',' or ']' in an array")
        }
    }

    /// Skips JSON whitespace and reports a no-break space precisely.
    private mutating func skipSpaceStrict() throws {
        skipSpace()
        if index + 1 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xA0 {
            throw failure("a no-break space (U+00A0) where JSON allows only spaces, tabs and newlines")
        }
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("unexpected word where a value should start")
        }
        index += expected.count
    }

    private mutating func number() throws -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > digitsStart else { throw failure("a number without digits") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fraction = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > fraction else { throw failure("a number without digits after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            let exponent = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > exponent else { throw failure("a number without digits in its exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws -> String {
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw failure("the JSON ends inside a string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(character)).utf8))
                default:
                    index -= 1
                    throw failure("an invalid escape in a string")
                }
            case 0x00...0x1F:
                throw failure("a control character inside a string")
            default:
                out.append(byte)
                index += 1
            }
        }
        throw failure("the JSON ends inside a string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("a \\u escape with fewer than 4 hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("a \\u escape with a non-hex digit")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}

extension String {
    /// The string with every no-break space (U+00A0) replaced by a space.
    func replacingNBSP() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.value == 0xA0 ? " " : $0 }))
    }
}
