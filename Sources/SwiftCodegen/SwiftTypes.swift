import APISchema

/// Swift spellings of schema types shared by the request and response builders.
enum SwiftTypes {
    /// The value type of a map (`map[string]int` → `Swift.Int`); structured or unknown values are
    /// kept as raw JSON.
    static func mapValue(_ field: Field) -> String {
        switch field.valueField?.type {
        case .integer: "Swift.Int"
        case .number: "Swift.Double"
        case .boolean: "Swift.Bool"
        case .string, .datetime, .json: "Swift.String"
        case .object, .array, .map, nil: "JSONPayload"
        }
    }
}
