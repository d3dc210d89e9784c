import Foundation

/// A JSON value: what a `json` parameter (a string that carries JSON, like `spdAcl`) holds, and
/// what response members the docs do not describe decode to.
public enum JSONPayload: Sendable, Hashable, Codable, ParameterEncodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONPayload])
    case object([String: JSONPayload])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONPayload].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONPayload].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 9e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The compact JSON text, keys sorted so the same value always gives the same text.
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses JSON text.
    public init(jsonText: String) throws {
        self = try JSONDecoder().decode(JSONPayload.self, from: Data(jsonText.utf8))
    }

    /// On the wire a JSON parameter is one string parameter holding the JSON text.
    public func encodeParameters(into writer: inout ParameterWriter, at path: String) {
        writer.set(path, jsonText, kind: .json)
    }
}
