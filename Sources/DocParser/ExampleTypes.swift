import DocText
import APISchema

/// The output types a page's own example response settles. Where the example contradicts a
/// scalar type of the output table in a way no single value could (a list where the table says
/// one value, a word where it says a number), the field takes the example's type, as a reader of
/// the page does (the lint still reports the contradiction). A number where the table says
/// string, or `"1"` where it says integer, keeps the table's type: both read as it.
enum ExampleTypes {
    /// `fields` with the types `value` (the unwrapped example response) settles.
    static func retyped(_ fields: [Field], by value: JSONValue) -> [Field] {
        guard case .object(let members) = value else { return fields }
        return fields.map { field in
            guard let member = members.first(where: { $0.key == field.name }) else { return field }
            return retyped(field, by: member.value)
        }
    }

    static func retyped(_ field: Field, by value: JSONValue) -> Field {
        var field = field
        switch (field.type, value) {
        case (.object, .object):
            field.fields = field.fields.map { retyped($0, by: value) }
        case (.object, .array(let elements)):
            // `aclSet | Array` with `aclSet.vpcId` written without an index, and `"aclSet": [{…}]`:
            // the members are each element's.
            guard let members = field.fields, !members.isEmpty, elements.contains(where: { $0 != .null }),
                  elements.allSatisfy({ if case .object = $0 { return true }; return $0 == .null }) else { return field }
            var item = Field(name: "n", type: .object, required: true, fields: members, source: field.source)
            item.ref = field.ref
            field.ref = nil
            field.type = .array
            field.fields = nil
            field.item = item
            if field.origin == nil { field.origin = .exampleShape }
        case (.array, .array(let elements)):
            if let item = field.item, let first = elements.first(where: { $0 != .null }) { field.item = retyped(item, by: first) }
        case (.string, .array(let elements)), (.integer, .array(let elements)), (.number, .array(let elements)),
             (.boolean, .array(let elements)), (.datetime, .array(let elements)):
            // `succInsList | Int` with `"succInsList": ["ins-1"]`: a list of the example's values.
            let kinds = Set(elements.compactMap(scalarType))
            guard kinds.count <= 1, elements.allSatisfy({ scalarType($0) != nil }) else { return field }
            var item = field
            item.name = "n"
            item.required = true
            item.description = ""
            item.documentedType = nil
            if let kind = kinds.first, kind != item.type {
                item = Field(name: "n", type: kind, required: true, source: field.source)
            }
            field.type = .array
            field.item = item
            field.enum = nil
            field.default = nil
            field.minimum = nil
            field.maximum = nil
            field.minLength = nil
            field.maxLength = nil
        case (.integer, .string(let text)), (.number, .string(let text)):
            // `clusterId | Int` with `"clusterId": "cls-xxxx"`: a string.
            guard Double(text) == nil, !text.isEmpty else { return field }
            field.type = .string
            field.enum = nil
            field.minimum = nil
            field.maximum = nil
        default:
            break
        }
        return field
    }

    /// The type of a scalar example value; nil for objects, arrays and null.
    private static func scalarType(_ value: JSONValue) -> FieldType? {
        switch value {
        case .string: .string
        case .number(let text): text.contains(where: { ".eE".contains($0) }) ? .number : .integer
        case .bool: .boolean
        case .null, .array, .object: nil
        }
    }
}
