/// Decoding helpers for responses, lenient where the docs are loose: numbers written as
/// strings (`"code": "0"`), booleans written as 0/1, strings written as numbers.
extension KeyedDecodingContainer {
    /// A member the structure requires: its value, or an error naming the key when it is missing
    /// or null.
    public func present<Value>(_ value: Value?, _ key: Key) throws -> Value {
        guard let value else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "a required member is missing or null"))
        }
        return value
    }

    /// An integer given as a number or as a numeric string.
    public func lenientInt(_ key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Int.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key), let value = Int(text.trimmingSpaces) { return value }
        if let value = try? decode(Double.self, forKey: key), value == value.rounded(), abs(value) < 9e15 { return Int(value) }
        throw DecodingError.typeMismatch(Int.self, .init(codingPath: codingPath + [key], debugDescription: "expected an integer"))
    }

    /// A decimal number given as a number or as a numeric string.
    public func lenientDouble(_ key: Key) throws -> Double? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Double.self, forKey: key) { return value }
        if let text = try? decode(String.self, forKey: key), let value = Double(text.trimmingSpaces) { return value }
        throw DecodingError.typeMismatch(Double.self, .init(codingPath: codingPath + [key], debugDescription: "expected a number"))
    }

    /// A string, also accepting a number or a boolean written without quotes.
    public func lenientString(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(String.self, forKey: key) { return value }
        if let value = try? decode(Int64.self, forKey: key) { return String(value) }
        if let value = try? decode(Double.self, forKey: key) { return String(value) }
        if let value = try? decode(Bool.self, forKey: key) { return String(value) }
        throw DecodingError.typeMismatch(String.self, .init(codingPath: codingPath + [key], debugDescription: "expected a string"))
    }

    /// A boolean, also accepting 0/1 and "true"/"false".
    public func lenientBool(_ key: Key) throws -> Bool? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let value = try? decode(Bool.self, forKey: key) { return value }
        if let value = try? decode(Int.self, forKey: key) { return value != 0 }
        if let text = try? decode(String.self, forKey: key) {
            switch text.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: break
            }
        }
        throw DecodingError.typeMismatch(Bool.self, .init(codingPath: codingPath + [key], debugDescription: "expected a boolean"))
    }

    /// Any other decodable value, nil when absent or null, or when an empty list stands where
    /// an object is expected or an empty object where a list is (PHP services write an empty
    /// map as `[]`, and the docs show both).
    public func lenient<Value: Decodable>(_ type: Value.Type, _ key: Key) throws -> Value? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        do {
            return try decode(type, forKey: key)
        } catch let error as DecodingError {
            guard case .typeMismatch = error, let payload = try? decode(JSONPayload.self, forKey: key) else { throw error }
            switch payload {
            case .array(let elements) where elements.isEmpty: return nil
            case .object(let members) where members.isEmpty: return nil
            default: throw error
            }
        }
    }
}

/// One scalar decoded leniently, for arrays of scalars.
private struct LenientScalar: Decodable {
    let payload: JSONPayload
    init(from decoder: any Decoder) throws { payload = try JSONPayload(from: decoder) }

    var string: String? {
        switch payload {
        case .string(let value): return value
        case .number(let value): return value == value.rounded() && abs(value) < 9e15 ? String(Int64(value)) : String(value)
        case .bool(let value): return String(value)
        default: return nil
        }
    }
    var double: Double? {
        switch payload {
        case .number(let value): return value
        case .string(let text): return Double(text.trimmingSpaces)
        default: return nil
        }
    }
    var bool: Bool? {
        switch payload {
        case .bool(let value): return value
        case .number(let value): return value != 0
        case .string(let text): return ["true", "1"].contains(text.lowercased()) ? true : ["false", "0"].contains(text.lowercased()) ? false : nil
        default: return nil
        }
    }
}

extension KeyedDecodingContainer {
    private func lenientElements<T>(_ key: Key, _ type: T.Type, _ convert: (LenientScalar) -> T?) throws -> [T]? {
        guard let scalars = try lenient([LenientScalar].self, key) else { return nil }
        return try scalars.enumerated().map { index, scalar in
            guard let value = convert(scalar) else {
                throw DecodingError.typeMismatch(T.self, .init(codingPath: codingPath + [key], debugDescription: "element \(index) is not a \(T.self)"))
            }
            return value
        }
    }

    /// Strings, also accepting numbers and booleans written without quotes.
    public func lenientStrings(_ key: Key) throws -> [String]? { try lenientElements(key, String.self) { $0.string } }
    /// Integers, also accepting numeric strings.
    public func lenientInts(_ key: Key) throws -> [Int]? {
        try lenientElements(key, Int.self) { $0.double.flatMap { $0 == $0.rounded() && abs($0) < 9e15 ? Int($0) : nil } }
    }
    /// Numbers, also accepting numeric strings.
    public func lenientDoubles(_ key: Key) throws -> [Double]? { try lenientElements(key, Double.self) { $0.double } }
    /// Booleans, also accepting 0/1 and "true"/"false".
    public func lenientBools(_ key: Key) throws -> [Bool]? { try lenientElements(key, Bool.self) { $0.bool } }
}

/// A coding key made from any string: generated types use it for wire names.
public struct WireKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int? { nil }
    /// Creates a key from a wire name.
    public init(_ name: String) { stringValue = name }
    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
