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
        try value.encode(to: NodeEncoder(node: root))
        var out = [UInt8](repeating: 0x20, count: indent)
        out.reserveCapacity(1 << 16)
        root.write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }
}

/// One value being encoded: containers hand out child nodes that are filled in later. Members
/// are kept in the order they were encoded and sorted once, when written; a node knows its key
/// and parent, so coding paths are only built when someone asks for one.
final class JSONNode {
    enum Kind { case empty, scalar, array, object }
    var kind = Kind.empty
    /// A scalar: a string's value (written quoted and escaped) or a literal's text (`12`, `true`,
    /// `null`).
    var scalar = ""
    /// Whether ``scalar`` is a string.
    var isString = false
    /// Array elements or object members, in the order they were encoded.
    var children: [JSONNode] = []
    /// The member name under which this node sits in its parent object.
    let key: String
    /// The position of this node in its parent array.
    let index: Int
    /// The node this one sits in (`unowned`: parents outlive their children here).
    private unowned let parent: JSONNode?
    private let parentIsArray: Bool

    init() {
        key = ""
        index = 0
        parent = nil
        parentIsArray = false
    }

    private init(parent: JSONNode, key: String, index: Int, inArray: Bool) {
        self.parent = parent
        self.key = key
        self.index = index
        parentIsArray = inArray
    }

    /// A new member under `key` (an object's later member with the same key replaces it).
    func member(_ key: String) -> JSONNode {
        let child = JSONNode(parent: self, key: key, index: 0, inArray: false)
        children.append(child)
        return child
    }

    /// A new element at the end of this array.
    func appendElement() -> JSONNode {
        let child = JSONNode(parent: self, key: "", index: children.count, inArray: true)
        children.append(child)
        return child
    }

    /// The coding path from the root to this node.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var node: JSONNode? = self
        while let current = node, let up = current.parent {
            path.append(current.parentIsArray ? IndexKey(current.index) as any CodingKey : NameKey(current.key))
            node = up
        }
        return path.reversed()
    }

    func makeObject() {
        if kind != .object { kind = .object; children = [] }
    }

    func makeArray() {
        if kind != .array { kind = .array; children = [] }
    }

    /// Makes this node the literal `text` (`12`, `true`, `null`).
    func set(_ text: String) {
        kind = .scalar
        scalar = text
        isString = false
    }

    /// Makes this node the string `value`.
    func set(string value: String) {
        kind = .scalar
        scalar = value
        isString = true
    }

    func write(into out: inout [UInt8], indent: Int) {
        switch kind {
        case .empty:
            // A value that encoded nothing: the encoder writes an empty object.
            Self.writeEmpty(open: 0x7B, close: 0x7D, indent: indent, into: &out)
        case .scalar:
            if isString {
                Self.writeString(scalar, into: &out)
            } else {
                out.append(contentsOf: scalar.utf8)
            }
        case .array:
            guard !children.isEmpty else {
                Self.writeEmpty(open: 0x5B, close: 0x5D, indent: indent, into: &out)
                return
            }
            out.append(0x5B)
            for (index, element) in children.enumerated() {
                if index > 0 { out.append(0x2C) }
                Self.newline(indent: indent + 2, into: &out)
                element.write(into: &out, indent: indent + 2)
            }
            Self.newline(indent: indent, into: &out)
            out.append(0x5D)
        case .object:
            guard !children.isEmpty else {
                Self.writeEmpty(open: 0x7B, close: 0x7D, indent: indent, into: &out)
                return
            }
            out.append(0x7B)
            for (index, member) in sortedMembers().enumerated() {
                if index > 0 { out.append(0x2C) }
                Self.newline(indent: indent + 2, into: &out)
                Self.writeString(member.key, into: &out)
                out.append(contentsOf: [0x20, 0x3A, 0x20])
                member.write(into: &out, indent: indent + 2)
            }
            Self.newline(indent: indent, into: &out)
            out.append(0x7D)
        }
    }

    /// The members in the encoder's key order, the last one encoded under a key winning.
    private func sortedMembers() -> [JSONNode] {
        // Stable: of members with one key, the last encoded ends up last.
        let sorted = children.enumerated().sorted { a, b in
            if a.element.key == b.element.key { return a.offset < b.offset }
            return Self.precedes(a.element.key, b.element.key)
        }.map(\.element)
        var unique: [JSONNode] = []
        unique.reserveCapacity(sorted.count)
        for member in sorted {
            if let last = unique.last, last.key == member.key {
                unique[unique.count - 1] = member
            } else {
                unique.append(member)
            }
        }
        return unique
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
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            for byte in text.utf8 { escape(byte, into: &out) }
        } else {
            out.append(contentsOf: text.utf8)
        }
        out.append(0x22)
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: out.append(contentsOf: [0x5C, 0x72])
        case 0x09: out.append(contentsOf: [0x5C, 0x74])
        case 0x08: out.append(contentsOf: [0x5C, 0x62])
        case 0x0C: out.append(contentsOf: [0x5C, 0x66])
        case ..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: out.append(byte)
        }
    }
}

/// A member name in coding paths.
private struct NameKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The `Encoder` that fills a ``JSONNode``.
private struct NodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey] { node.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedNodeContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node)
    }
}

/// How scalars are written.
private enum ScalarText {
    /// Sets `node` to a number as the encoder writes it (`2` for `2.0`); not-finite numbers
    /// are the encoder's error, with the node's coding path.
    static func set(_ value: Double, on node: JSONNode) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: node.codingPath, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        node.set(text)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey] { node.codingPath }

    private func child(_ key: Key) -> JSONNode { node.member(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { child(key).set("null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { child(key).set(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { child(key).set(string: value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try ScalarText.set(value, on: child(key)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try ScalarText.set(Double(value), on: child(key)) }
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
        try value.encode(to: NodeEncoder(node: child(key)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.member("super"))
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: child(key))
    }
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
    var codingPath: [any CodingKey] { node.codingPath }
    var count: Int { node.children.count }

    private func append() -> JSONNode { node.appendElement() }

    mutating func encodeNil() throws { append().set("null") }
    mutating func encode(_ value: Bool) throws { append().set(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { append().set(string: value) }
    mutating func encode(_ value: Double) throws { try ScalarText.set(value, on: append()) }
    mutating func encode(_ value: Float) throws { try ScalarText.set(Double(value), on: append()) }
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
        try value.encode(to: NodeEncoder(node: append()))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: append()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: append()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: append())
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey] { node.codingPath }

    mutating func encodeNil() throws { node.set("null") }
    mutating func encode(_ value: Bool) throws { node.set(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { node.set(string: value) }
    mutating func encode(_ value: Double) throws { try ScalarText.set(value, on: node) }
    mutating func encode(_ value: Float) throws { try ScalarText.set(Double(value), on: node) }
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
        try value.encode(to: NodeEncoder(node: node))
    }
}
