/// Collects a request's parameters in API 2.0 form: nested members and array elements are
/// flattened into dotted names (`IKESet.exchangeMode`, `userGwCidrBlock.0`, `a.0.b`), 0-based.
public struct ParameterWriter: Sendable {
    /// The parameters in the order they were written.
    public private(set) var parameters: [(name: String, value: String)] = []
    /// The JSON kind of each parameter's value, in the same order (for API 3.0 JSON bodies).
    public private(set) var kinds: [ParameterKind] = []

    /// Creates an empty writer.
    public init() {}

    /// Sets one parameter.
    public mutating func set(_ name: String, _ value: String, kind: ParameterKind = .string) {
        parameters.append((name, value))
        kinds.append(kind)
    }

    /// Writes `value` under `name`, nested under `path` when one is given.
    public mutating func write<Value: ParameterEncodable>(_ value: Value?, _ name: String, under path: String) {
        guard let value else { return }
        value.encodeParameters(into: &self, at: path.isEmpty ? name : path + "." + name)
    }

    /// The parameters as a dictionary (names are unique by construction).
    public var dictionary: [String: String] {
        Dictionary(parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A value that can be written as API 2.0 request parameters.
/// The JSON kind of a parameter's value.
public enum ParameterKind: Sendable, Hashable {
    case string, number, boolean
    /// JSON text the runtime wrote itself (``JSONPayload``): embedded as it is.
    case json
}

public protocol ParameterEncodable: Sendable {
    /// Writes the value at `path` (a scalar writes one parameter; a struct one per member).
    func encodeParameters(into writer: inout ParameterWriter, at path: String)
}

extension String: ParameterEncodable {
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) { writer.set(path, self) }
}

extension Int: ParameterEncodable {
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) { writer.set(path, String(self), kind: .number) }
}

extension Int64: ParameterEncodable {
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) { writer.set(path, String(self), kind: .number) }
}

extension Double: ParameterEncodable {
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) {
        writer.set(path, self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self), kind: isFinite ? .number : .string)
    }
}

extension Bool: ParameterEncodable {
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) { writer.set(path, self ? "true" : "false", kind: .boolean) }
}

extension Array: ParameterEncodable where Element: ParameterEncodable {
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) {
        for (index, element) in enumerated() { element.encodeParameters(into: &writer, at: "\(path).\(index)") }
    }
}

/// Documented value lists are generated as string-backed structs; they encode their raw value.
public protocol DocumentedValue: RawRepresentable, ParameterEncodable, ParameterDecodable, Hashable, Codable, Sendable,
    CustomStringConvertible where RawValue == String {
    /// The values the docs list.
    static var documentedValues: [Self] { get }
}

extension DocumentedValue {
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) { writer.set(path, rawValue) }
    public var description: String { rawValue }
    /// Whether the docs list this value.
    public var isDocumented: Bool { Self.documentedValues.contains(self) }

    /// Values are equal when they are the same on the wire (`.undocumented("main") == .main`).
    /// Also spares every generated value list the derived `==` and `hash(into:)` of an enum.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the wire value.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let string = try? container.decode(String.self) {
            text = string
        } else if let number = try? container.decode(Int64.self) {
            text = String(number)
        } else {
            text = String(try container.decode(Double.self))
        }
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a value of \(Self.self)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Dictionary: ParameterEncodable where Key == String, Value: ParameterEncodable {
    /// A map writes one parameter per key, `path.key`, in key order (deterministic signatures).
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) {
        for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            self[key]?.encodeParameters(into: &writer, at: "\(path).\(key)")
        }
    }
}

extension ParameterWriter: CustomReflectable {
    /// What `dump`, `print` and debuggers show: the parameters' names, not their values (the
    /// writer does not know which members its operation marks secret; ``PreparedRequest`` does).
    public var customMirror: Mirror {
        Mirror(self, children: [("parameterNames", parameters.map(\.name))], displayStyle: .struct)
    }
}
