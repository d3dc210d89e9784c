import Foundation

/// Writes an `Encodable` value as JSON, byte for byte as Foundation's `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, at a fraction of its cost (the
/// encoder was the largest single cost of `schema`; Benchmarks/README.md). The schema's output
/// format stays the encoder's: `PrettyJSONEncoderTests` compares the two on every corpus page and
/// on values chosen for their corner cases (key order, escapes, numbers, empty containers).
struct PrettyJSONEncoder {
    /// The JSON text of `value`, without a final newline; with `indent`, as the encoder writes it
    /// that deep inside a document (every line but blank ones indented by that many spaces).
    func encode<T: Encodable>(_ value: T, indent: Int = 0) throws -> String {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var out = [UInt8](repeating: 0x20, count: indent)
        out.reserveCapacity(1 << 16)
        root.write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }
}

/// One value being encoded: containers hand out child nodes that are filled in later.
final class JSONNode {
    enum Kind { case empty, scalar, array, object }
    var kind = Kind.empty
    /// The written text of a scalar (`"text"`, `12`, `true`, `null`).
    var scalar = ""
    var elements: [JSONNode] = []
    var members: [String: JSONNode] = [:]

    func makeObject() {
        if kind != .object { kind = .object; members = [:] }
    }

    func makeArray() {
        if kind != .array { kind = .array; elements = [] }
    }

    func set(_ text: String) {
        kind = .scalar
        scalar = text
    }

    func write(into out: inout [UInt8], indent: Int) {
        switch kind {
        case .empty:
            // A value that encoded nothing: the encoder writes an empty object.
            Self.writeEmpty(open: 0x7B, close: 0x7D, indent: indent, into: &out)
        case .scalar:
            out.append(contentsOf: scalar.utf8)
        case .array:
            guard !elements.isEmpty else {
                Self.writeEmpty(open: 0x5B, close: 0x5D, indent: indent, into: &out)
                return
            }
            out.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(0x2C) }
                Self.newline(indent: indent + 2, into: &out)
                element.write(into: &out, indent: indent + 2)
            }
            Self.newline(indent: indent, into: &out)
            out.append(0x5D)
        case .object:
            guard !members.isEmpty else {
                Self.writeEmpty(open: 0x7B, close: 0x7D, indent: indent, into: &out)
                return
            }
            out.append(0x7B)
            for (index, key) in members.keys.sorted(by: Self.precedes).enumerated() {
                if index > 0 { out.append(0x2C) }
                Self.newline(indent: indent + 2, into: &out)
                var text = ""
                Self.writeString(key, into: &text)
                out.append(contentsOf: text.utf8)
                out.append(contentsOf: [0x20, 0x3A, 0x20])
                members[key]?.write(into: &out, indent: indent + 2)
            }
            Self.newline(indent: indent, into: &out)
            out.append(0x7D)
        }
    }

    /// A line break and `indent` spaces.
    private static func newline(indent: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent))
    }

    /// `[]` or `{}` as the encoder writes them empty: with a blank line inside.
    private static func writeEmpty(open: UInt8, close: UInt8, indent: Int, into out: inout [UInt8]) {
        out.append(open)
        out.append(0x0A)
        newline(indent: indent, into: &out)
        out.append(close)
    }

    /// The encoder's key order: by UTF-8 bytes (code points), so `Bps` before `activeMsgNum`.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A string literal as the encoder writes it: `"` and `\` escaped, control characters as
    /// `\n`-style or `\u00XX` escapes, everything else (slashes and all non-ASCII) as is.
    static func writeString(_ text: String, into out: inout String) {
        out += "\""
        let needsEscape = text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        if !needsEscape {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}

/// The `Encoder` that fills a ``JSONNode``.
private struct NodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// How scalars are written.
private enum ScalarText {
    static func string(_ value: String) -> String {
        var out = ""
        JSONNode.writeString(value, into: &out)
        return out
    }

    static func double(_ value: Double, path: [any CodingKey]) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: path, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey]

    private func child(_ key: Key) -> JSONNode {
        let child = JSONNode()
        node.members[key.stringValue] = child
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).set("null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).set(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { child(key).set(ScalarText.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { child(key).set(try ScalarText.double(value, path: codingPath + [key])) }
    mutating func encode(_ value: Float, forKey key: Key) throws { child(key).set(try ScalarText.double(Double(value), path: codingPath + [key])) }
    mutating func encode(_ value: Int, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { child(key).set(String(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { child(key).set(String(value)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: NodeEncoder(node: child(key), codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = SuperKey()
        let child = JSONNode()
        node.members[key.stringValue] = child
        return NodeEncoder(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: child(key), codingPath: codingPath + [key])
    }
}

/// The key `superEncoder()` writes under, as the encoder names it.
private struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}

/// The key of an array element in coding paths.
private struct IndexKey: CodingKey {
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
    let index: Int
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int { node.elements.count }

    private func append() -> JSONNode {
        let child = JSONNode()
        node.elements.append(child)
        return child
    }

    mutating func encodeNil() throws { append().set("null") }
    mutating func encode(_ value: Bool) throws { append().set(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { append().set(ScalarText.string(value)) }
    mutating func encode(_ value: Double) throws { append().set(try ScalarText.double(value, path: codingPath + [IndexKey(count)])) }
    mutating func encode(_ value: Float) throws { append().set(try ScalarText.double(Double(value), path: codingPath + [IndexKey(count)])) }
    mutating func encode(_ value: Int) throws { append().set(String(value)) }
    mutating func encode(_ value: Int8) throws { append().set(String(value)) }
    mutating func encode(_ value: Int16) throws { append().set(String(value)) }
    mutating func encode(_ value: Int32) throws { append().set(String(value)) }
    mutating func encode(_ value: Int64) throws { append().set(String(value)) }
    mutating func encode(_ value: UInt) throws { append().set(String(value)) }
    mutating func encode(_ value: UInt8) throws { append().set(String(value)) }
    mutating func encode(_ value: UInt16) throws { append().set(String(value)) }
    mutating func encode(_ value: UInt32) throws { append().set(String(value)) }
    mutating func encode(_ value: UInt64) throws { append().set(String(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [IndexKey(count)]
        try value.encode(to: NodeEncoder(node: append(), codingPath: path))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(count)]
        return NodeEncoder(node: append(), codingPath: path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [IndexKey(count)]
        return NodeEncoder(node: append(), codingPath: path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [IndexKey(count)]
        return NodeEncoder(node: append(), codingPath: path)
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.set("null") }
    mutating func encode(_ value: Bool) throws { node.set(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.set(ScalarText.string(value)) }
    mutating func encode(_ value: Double) throws { node.set(try ScalarText.double(value, path: codingPath)) }
    mutating func encode(_ value: Float) throws { node.set(try ScalarText.double(Double(value), path: codingPath)) }
    mutating func encode(_ value: Int) throws { node.set(String(value)) }
    mutating func encode(_ value: Int8) throws { node.set(String(value)) }
    mutating func encode(_ value: Int16) throws { node.set(String(value)) }
    mutating func encode(_ value: Int32) throws { node.set(String(value)) }
    mutating func encode(_ value: Int64) throws { node.set(String(value)) }
    mutating func encode(_ value: UInt) throws { node.set(String(value)) }
    mutating func encode(_ value: UInt8) throws { node.set(String(value)) }
    mutating func encode(_ value: UInt16) throws { node.set(String(value)) }
    mutating func encode(_ value: UInt32) throws { node.set(String(value)) }
    mutating func encode(_ value: UInt64) throws { node.set(String(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
}
