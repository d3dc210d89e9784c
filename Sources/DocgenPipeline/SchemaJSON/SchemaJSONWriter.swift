import APISchema

/// Writes the schema as JSON, byte for byte as Foundation's `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, straight into bytes: each type's
/// members are written in the encoder's key order (UTF-8 byte order), optional ones left out when
/// nil, as the synthesized `Codable` conformances encode them. Through `Encodable` the same output
/// took a tenth of `schema`'s time (Benchmarks/README.md). `SchemaJSONWriterTests` holds the two to
/// the same bytes: on the whole corpus, and on values with every optional member set (a test fails
/// when a type gains a member this writer does not know).
struct SchemaJSONWriter {
    /// The bytes written so far. (Room for 4 KiB first: an operation takes a few KiB, and a
    /// larger first buffer per operation spreads the bytes over more fresh pages, each a page
    /// fault: 32 KiB cost `schema` ~150 more of them over the corpus.)
    let sink = ByteSink(capacity: 1 << 12)

    /// An object being written: where it is, and whether it has a member yet.
    struct Object {
        let indent: Int
        var isEmpty = true
        #if DEBUG
        var lastKey: String?
        #endif
    }

    /// Starts a writer whose first line is indented by `indent` spaces.
    init(indent: Int = 0) {
        sink.append(repeating: 0x20, count: indent)
    }

    // MARK: Containers

    mutating func beginObject(indent: Int) -> Object {
        sink.append(0x7B)
        return Object(indent: indent)
    }

    /// Writes one of the schema's own member names and the separator; the caller then writes
    /// the value at `object.indent + 2`. The name is copied as it is (none needs an escape).
    mutating func key(_ key: StaticString, in object: inout Object) {
        #if DEBUG
        let name = key.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        checkOrder(name, in: &object)
        assert(!key.withUTF8Buffer { $0.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }, "a member name that needs escapes: \(name)")
        #endif
        beginMember(in: &object)
        sink.append(0x22)
        key.withUTF8Buffer { sink.append($0) }
        sink.append(0x22)
        sink.append(0x20, 0x3A, 0x20)
    }

    /// Writes a key from a document (a member of an example's JSON), escaped as any string is,
    /// and the separator.
    mutating func documentKey(_ key: String, in object: inout Object) {
        #if DEBUG
        checkOrder(key, in: &object)
        #endif
        beginMember(in: &object)
        string(key)
        sink.append(0x20, 0x3A, 0x20)
    }

    #if DEBUG
    private func checkOrder(_ key: String, in object: inout Object) {
        if let last = object.lastKey {
            assert(last.utf8.lexicographicallyPrecedes(key.utf8), "keys out of the encoder's order: \(last) before \(key)")
        }
        object.lastKey = key
    }
    #endif

    /// The comma after the previous member and the new member's line.
    private mutating func beginMember(in object: inout Object) {
        if !object.isEmpty { sink.append(0x2C) }
        object.isEmpty = false
        newline(indent: object.indent + 2)
    }

    mutating func end(_ object: Object) {
        if object.isEmpty { sink.append(0x0A) }
        newline(indent: object.indent)
        sink.append(0x7D)
    }

    /// An array of `elements`, each written by `element` at the indent it is given.
    mutating func array<T>(_ elements: [T], indent: Int, _ element: (inout SchemaJSONWriter, T, Int) throws -> Void) rethrows {
        sink.append(0x5B)
        if elements.isEmpty { sink.append(0x0A) }
        for index in elements.indices {
            if index > 0 { sink.append(0x2C) }
            newline(indent: indent + 2)
            try element(&self, elements[index], indent + 2)
        }
        newline(indent: indent)
        sink.append(0x5D)
    }

    mutating func strings(_ values: [String], indent: Int) {
        array(values, indent: indent) { writer, value, _ in writer.string(value) }
    }

    private mutating func newline(indent: Int) {
        sink.append(0x0A)
        sink.append(repeating: 0x20, count: indent)
    }

    // MARK: Scalars

    /// A string literal as the encoder writes it: `"` and `\` escaped, control characters as
    /// `\n`-style or `\u00XX` escapes, everything else (slashes and all non-ASCII) as is.
    mutating func string(_ text: String) {
        sink.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var run = 0
            while let found = Self.firstToEscape(in: bytes, from: run) {
                sink.append(UnsafeBufferPointer(rebasing: bytes[run..<found]))
                escape(bytes[found])
                run = found + 1
            }
            sink.append(UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        sink.append(0x22)
    }

    /// The offset of the first byte from `start` on that a JSON string must escape (a control
    /// character, `"` or `\`), looked for eight bytes at a time.
    static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // A byte is flagged when it is below 0x20, or equal to 0x22 or 0x5C (each test sets the
            // high bit of such a byte; a flagged word is then searched byte by byte).
            let below = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let flagged = (below | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highs
            if flagged != 0 { break }
            index += 8
        }
        while index < bytes.count {
            let byte = base[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return index }
            index += 1
        }
        return nil
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case 0x22: sink.append(0x5C, 0x22)
        case 0x5C: sink.append(0x5C, 0x5C)
        case 0x0A: sink.append(0x5C, 0x6E)
        case 0x0D: sink.append(0x5C, 0x72)
        case 0x09: sink.append(0x5C, 0x74)
        case 0x08: sink.append(0x5C, 0x62)
        case 0x0C: sink.append(0x5C, 0x66)
        default:
            // The other control characters (only they come here).
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { digits in
                sink.append(0x5C, 0x75, 0x30)
                sink.append(0x30, digits[Int(byte >> 4)], digits[Int(byte & 0xF)])
            }
        }
    }

    mutating func bool(_ value: Bool) {
        let word: StaticString = value ? "true" : "false"
        word.withUTF8Buffer { sink.append($0) }
    }

    /// An integer in decimal, as `String(value)` writes it.
    mutating func integer(_ value: Int) { integer(Int64(value)) }

    mutating func integer(_ value: Int64) {
        if value < 0 { sink.append(0x2D) }
        // The digits of the magnitude (as UInt64, so Int64.min has one), last first: at most 19,
        // in room for 24.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { sink.append(buffer[index]) }
        }
    }

    /// A number as the encoder writes a `Double` (`2` for `2.0`); not-finite numbers are the
    /// encoder's error.
    mutating func number(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        var digits = text
        digits.withUTF8 { sink.append($0) }
    }

    mutating func null() {
        let word: StaticString = "null"
        word.withUTF8Buffer { sink.append($0) }
    }
}
