import APISchema

/// Writes the schema as JSON, byte for byte as Foundation's `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, straight into bytes: each type's
/// members are written in the encoder's key order (UTF-8 byte order), optional ones left out when
/// nil, as the synthesized `Codable` conformances encode them. Through `Encodable` the same output
/// took a tenth of `schema`'s time (Benchmarks/README.md). `SchemaJSONWriterTests` holds the two to
/// the same bytes: on the whole corpus, and on values with every optional member set (a test fails
/// when a type gains a member this writer does not know).
struct SchemaJSONWriter {
    /// The bytes written so far.
    private(set) var out: [UInt8] = []

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
        out.reserveCapacity(1 << 15)
        out.append(contentsOf: repeatElement(0x20, count: indent))
    }

    // MARK: Containers

    mutating func beginObject(indent: Int) -> Object {
        out.append(0x7B)
        return Object(indent: indent)
    }

    /// Writes `key` and the separator; the caller then writes the value at `object.indent + 2`.
    /// A key from a document (a member of an example's JSON) is escaped as any string is; the
    /// schema's own member names are copied as they are.
    mutating func key(_ key: String, in object: inout Object, fromDocument: Bool = false) {
        #if DEBUG
        if let last = object.lastKey {
            assert(last.utf8.lexicographicallyPrecedes(key.utf8), "keys out of the encoder's order: \(last) before \(key)")
        }
        object.lastKey = key
        #endif
        if !object.isEmpty { out.append(0x2C) }
        object.isEmpty = false
        newline(indent: object.indent + 2)
        if fromDocument {
            string(key)
        } else {
            assert(!key.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }, "a member name that needs escapes: \(key)")
            out.append(0x22)
            out.append(contentsOf: key.utf8)
            out.append(0x22)
        }
        out.append(0x20)
        out.append(0x3A)
        out.append(0x20)
    }

    mutating func end(_ object: Object) {
        if object.isEmpty { out.append(0x0A) }
        newline(indent: object.indent)
        out.append(0x7D)
    }

    /// An array of `elements`, each written by `element` at the indent it is given.
    mutating func array<T>(_ elements: [T], indent: Int, _ element: (inout SchemaJSONWriter, T, Int) throws -> Void) rethrows {
        out.append(0x5B)
        if elements.isEmpty { out.append(0x0A) }
        for (index, value) in elements.enumerated() {
            if index > 0 { out.append(0x2C) }
            newline(indent: indent + 2)
            try element(&self, value, indent + 2)
        }
        newline(indent: indent)
        out.append(0x5D)
    }

    mutating func strings(_ values: [String], indent: Int) {
        array(values, indent: indent) { writer, value, _ in writer.string(value) }
    }

    private mutating func newline(indent: Int) {
        out.append(0x0A)
        if indent <= Self.spaces.count {
            Self.spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<indent])) }
        } else {
            out.append(contentsOf: repeatElement(0x20, count: indent))
        }
    }

    /// Spaces to indent with (copied a slice at a time).
    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    // MARK: Scalars

    /// A string literal as the encoder writes it: `"` and `\` escaped, control characters as
    /// `\n`-style or `\u00XX` escapes, everything else (slashes and all non-ASCII) as is.
    mutating func string(_ text: String) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var run = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: bytes[run..<index])
                escape(byte)
                run = index + 1
            }
            out.append(contentsOf: bytes[run...])
        }
        out.append(0x22)
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])
        case 0x09: out.append(contentsOf: [0x5C, 0x74])
        case 0x08: out.append(contentsOf: [0x5C, 0x62])
        case 0x0C: out.append(contentsOf: [0x5C, 0x66])
        case ..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: out.append(byte)
        }
    }

    mutating func bool(_ value: Bool) { out.append(contentsOf: (value ? "true" : "false").utf8) }

    mutating func integer<T: BinaryInteger>(_ value: T) { out.append(contentsOf: String(value).utf8) }

    /// A number as the encoder writes a `Double` (`2` for `2.0`); not-finite numbers are the
    /// encoder's error.
    mutating func number(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }

    mutating func null() { out.append(contentsOf: "null".utf8) }
}
