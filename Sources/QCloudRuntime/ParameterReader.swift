/// Reads API 2.0 request parameters (`IKESet.exchangeMode`, `userGwCidrBlock.0`) back into
/// generated request types: what a test server checks, and how doc examples are replayed.
/// It never stops at the first problem: it records every missing, unreadable and unknown name.
public struct ParameterReader: Sendable {
    private let values: [String: String]
    private var consumed: Set<String> = []
    /// Required parameters that are absent, in reading order.
    public private(set) var missing: [String] = []
    /// Parameters whose text does not read as the documented type.
    public private(set) var invalid: [String] = []
    /// When set, nothing is recorded (used while building placeholders).
    var muted = false

    /// Reads `parameters`; a repeated name keeps its first value.
    public init(_ parameters: [(name: String, value: String)]) {
        var values: [String: String] = [:]
        for (name, value) in parameters where values[name] == nil { values[name] = value }
        self.values = values
    }

    /// The names no member read (undocumented parameters), sorted.
    public var unused: [String] { values.keys.filter { !consumed.contains($0) }.sorted() }

    /// The raw text at `path`, marking it as read.
    public mutating func text(at path: String) -> String? {
        guard let value = values[path] else { return nil }
        consumed.insert(path)
        return value
    }

    /// The numeric indexes written under `path` (`path.0`, `path.1.x`), in numeric order. The
    /// docs count from 0 and sometimes from 1; both read, and encoding writes from 0.
    public func indexes(under path: String) -> [Int] {
        let prefix = path + "."
        var found: Set<Int> = []
        for key in values.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if let index = Int(rest.prefix { $0 != "." }), index >= 0 { found.insert(index) }
        }
        return found.sorted()
    }

    /// The first name segments written under `path` (`path.a`, `path.b.x` → a, b), sorted.
    public func keys(under path: String) -> [String] {
        let prefix = path + "."
        var found: Set<String> = []
        for key in values.keys where key.hasPrefix(prefix) {
            let segment = key.dropFirst(prefix.count).prefix { $0 != "." }
            if !segment.isEmpty { found.insert(String(segment)) }
        }
        return found.sorted()
    }

    /// Whether any parameter lies at or below `path`.
    public func hasValue(at path: String) -> Bool {
        if path.isEmpty { return !values.isEmpty }
        if values[path] != nil { return true }
        let prefix = path + "."
        return values.keys.contains { $0.hasPrefix(prefix) }
    }

    /// Records an unreadable value.
    public mutating func reportInvalid(_ path: String) {
        if !muted { invalid.append(path) }
    }

    /// A required member: its value, or a placeholder after recording it as missing.
    public mutating func required<Value: ParameterDecodable>(_ type: Value.Type, _ path: String) -> Value {
        if let value = Value.read(from: &self, at: path) { return value }
        if !muted, !invalid.contains(path) { missing.append(path) }
        var quiet = self
        quiet.muted = true
        return Value.placeholder(from: &quiet, at: path)
    }

    /// An optional member.
    public mutating func optional<Value: ParameterDecodable>(_ type: Value.Type, _ path: String) -> Value? {
        Value.read(from: &self, at: path)
    }
}

/// A value that can be read back from request parameters.
public protocol ParameterDecodable: Sendable {
    /// The value at `path`, or nil when there is none (or it cannot be read, which is recorded).
    static func read(from reader: inout ParameterReader, at path: String) -> Self?
    /// A stand-in for a missing required value.
    static func placeholder(from reader: inout ParameterReader, at path: String) -> Self
}

/// Scalars read from one parameter's text.
public protocol ParameterScalar: ParameterDecodable {
    /// Parses the text.
    init?(parameterText: String)
    /// The stand-in for a missing value.
    static var placeholderValue: Self { get }
}

extension ParameterScalar {
    public static func read(from reader: inout ParameterReader, at path: String) -> Self? {
        guard let text = reader.text(at: path) else { return nil }
        guard let value = Self(parameterText: text) else {
            reader.reportInvalid(path)
            return nil
        }
        return value
    }

    public static func placeholder(from reader: inout ParameterReader, at path: String) -> Self { placeholderValue }
}

extension String: ParameterScalar {
    public init?(parameterText: String) { self = parameterText }
    public static var placeholderValue: String { "" }
}

extension Int: ParameterScalar {
    public init?(parameterText: String) { self.init(parameterText) }
    public static var placeholderValue: Int { 0 }
}

extension Double: ParameterScalar {
    public init?(parameterText: String) { self.init(parameterText) }
    public static var placeholderValue: Double { 0 }
}

extension Bool: ParameterScalar {
    public init?(parameterText: String) {
        switch parameterText.lowercased() {
        case "true", "1": self = true
        case "false", "0": self = false
        default: return nil
        }
    }
    public static var placeholderValue: Bool { false }
}

extension JSONPayload: ParameterScalar {
    public init?(parameterText: String) {
        guard let value = try? JSONPayload(jsonText: parameterText) else { return nil }
        self = value
    }
    public static var placeholderValue: JSONPayload { .null }
}

extension Array: ParameterDecodable where Element: ParameterDecodable {
    /// The elements at `path.i`, in index order.
    public static func read(from reader: inout ParameterReader, at path: String) -> [Element]? {
        let indexes = reader.indexes(under: path)
        guard !indexes.isEmpty else { return nil }
        return indexes.compactMap { Element.read(from: &reader, at: "\(path).\($0)") }
    }

    public static func placeholder(from reader: inout ParameterReader, at path: String) -> [Element] { [] }
}

extension Dictionary: ParameterDecodable where Key == String, Value: ParameterDecodable {
    /// The values at `path.key`, for every key written under `path`.
    public static func read(from reader: inout ParameterReader, at path: String) -> [String: Value]? {
        let keys = reader.keys(under: path)
        guard !keys.isEmpty else { return nil }
        var result: [String: Value] = [:]
        for key in keys { result[key] = Value.read(from: &reader, at: "\(path).\(key)") }
        return result
    }

    public static func placeholder(from reader: inout ParameterReader, at path: String) -> [String: Value] { [:] }
}

extension DocumentedValue {
    public static func read(from reader: inout ParameterReader, at path: String) -> Self? {
        reader.text(at: path).flatMap(Self.init(rawValue:))
    }

    public static func placeholder(from reader: inout ParameterReader, at path: String) -> Self {
        Self(rawValue: "") ?? documentedValues[0]
    }
}

/// Generated structs read their members with an initialiser.
public protocol ParameterStruct: ParameterDecodable {
    /// Reads every member under `path`.
    init(parameters reader: inout ParameterReader, at path: String)
}

extension ParameterStruct {
    public static func read(from reader: inout ParameterReader, at path: String) -> Self? {
        guard reader.hasValue(at: path) else { return nil }
        return Self(parameters: &reader, at: path)
    }

    public static func placeholder(from reader: inout ParameterReader, at path: String) -> Self {
        Self(parameters: &reader, at: path)
    }

    /// Reads a whole request from its parameters.
    public init(parameters: [(name: String, value: String)]) throws {
        var reader = ParameterReader(parameters)
        self.init(parameters: &reader, at: "")
        if !reader.missing.isEmpty || !reader.invalid.isEmpty {
            throw ParameterDecodingError(missing: reader.missing, invalid: reader.invalid)
        }
    }
}

/// Parameters that do not make a valid request value.
public struct ParameterDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Required parameters that are absent.
    public var missing: [String]
    /// Parameters whose text is not of the documented type.
    public var invalid: [String]

    public var description: String {
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
        if !invalid.isEmpty { parts.append("unreadable " + invalid.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }
}
