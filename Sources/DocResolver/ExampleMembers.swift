import APISchema
import DocDialects

/// Reconciles the output table with the example responses: members the table leaves out are
/// added (marked as seen only in the example), and where the example contradicts the table's
/// shape the example wins, so the real response decodes (the lint reports each contradiction).
enum ExampleMembers {
    /// The operation's output reconciled with its own example responses (not those of follow-up
    /// calls such as a task query).
    /// A wrapped response (`{"Response": …}`) is read inside its wrapper, and the envelope's own
    /// members there (`Error` of an error example) are not the action's.
    static func reconcile(_ operation: APISchema.Operation) -> [Field] {
        var fields = operation.output
        let envelope = Dialect.named(operation.dialect).envelope
        let skipped = envelope.wrapper == nil ? [] : envelope.members
        for (index, example) in operation.examples.enumerated() where index == 0 || example.action == nil || example.action == operation.action {
            if let response = example.response, let source = example.responseSource {
                fields = merge(fields, with: envelope.unwrapped(response), source: source, skipping: skipped)
            }
        }
        return fields
    }

    /// `field` (reconciled) with the structure reference removed wherever its members differ
    /// from `old` (as read): the shared type would not decode what the example shows.
    static func keepingRefs(_ field: Field, unchangedFrom old: Field) -> Field {
        guard field != old else { return field }
        var field = field
        if field.ref != nil, field.fields != old.fields || field.type != old.type { field.ref = nil }
        field.fields = field.fields.map { members in
            members.map { member in old.fields?.first { $0.name == member.name }.map { keepingRefs(member, unchangedFrom: $0) } ?? member }
        }
        if let item = field.item, let oldItem = old.item { field.item = keepingRefs(item, unchangedFrom: oldItem) }
        return field
    }

    static func merge(_ fields: [Field], with value: JSONValue, source: SourceLocation, skipping: Set<String> = []) -> [Field] {
        guard case .object(let members) = value else { return fields }
        var result = fields
        for member in members where result.contains(where: { $0.name == member.key }) || !skipping.contains(member.key) {
            if let index = result.firstIndex(where: { $0.name == member.key }) {
                result[index] = reconcile(result[index], with: member.value, source: source)
            } else {
                result.append(inferred(member.key, member.value, source: source))
            }
        }
        return result
    }

    /// A documented field adjusted to what the example shows.
    static func reconcile(_ documented: Field, with value: JSONValue, source: SourceLocation) -> Field {
        var field = reshaped(documented, with: value, source: source)
        // A table's field whose type the example overrides keeps that provenance.
        if documented.origin == nil, field.type != documented.type { field.origin = .exampleShape }
        return field
    }

    private static func reshaped(_ documented: Field, with value: JSONValue, source: SourceLocation) -> Field {
        var field = documented
        let members = field.fields ?? []
        switch (field.type, value) {
        case (_, .null):
            break
        case (.object, .object):
            let merged = merge(members, with: value, source: source)
            field.fields = merged.isEmpty ? nil : merged
        case (.object, .array(let elements)):
            // Members written without an index (`data.aclSet.vpcId`) describe the elements.
            var item = Field(name: "n", type: .object, required: true, fields: members.isEmpty ? nil : members, source: field.source)
            for element in elements.prefix(20) { item = reconcile(item, with: element, source: source) }
            field.type = .array
            field.fields = nil
            field.item = item
        case (.array, .array(let elements)):
            if var item = field.item {
                for element in elements.prefix(20) { item = reconcile(item, with: element, source: source) }
                field.item = item
            }
        case (.array, .object), (.array, .string), (.array, .number), (.array, .bool),
             (.object, .string), (.object, .number), (.object, .bool):
            // A list or an object in the docs, something else in the example: kept as raw JSON.
            field = raw(field)
        case (.integer, .bool):
            field.type = .boolean
            field.enum = nil
        case (.integer, .number(let text)) where text.contains(where: { ".eE".contains($0) }):
            field.type = .number
            field.enum = nil
        case (.integer, .string(let text)), (.number, .string(let text)):
            if Double(text) == nil { field.type = .string; field.enum = nil }
        case (.boolean, .string(let text)):
            if !["true", "false", "0", "1"].contains(text.lowercased()) { field.type = .string }
        case (.string, .object), (.string, .array), (.integer, .object), (.integer, .array), (.number, .object),
             (.number, .array), (.boolean, .object), (.boolean, .array), (.datetime, .object), (.datetime, .array),
             (.json, .object), (.json, .array):
            var replacement = inferred(field.name, value, source: source)
            replacement.description = field.description
            replacement.required = field.required
            replacement.source = field.source
            field = replacement
        default:
            break
        }
        return field
    }

    /// A member kept as raw JSON.
    static func raw(_ field: Field) -> Field {
        var field = field
        field.type = .object
        field.fields = nil
        field.item = nil
        field.enum = nil
        return field
    }

    static func inferred(_ name: String, _ value: JSONValue, source: SourceLocation) -> Field {
        var field = Field(name: name, type: .string, source: source)
        field.origin = .example
        switch value {
        case .string: field.type = .string
        case .number(let text): field.type = text.contains(where: { ".eE".contains($0) }) ? .number : .integer
        case .bool: field.type = .boolean
        case .null: field.type = .object
        case .object:
            field.type = .object
            let members = merge([], with: value, source: source)
            field.fields = members.isEmpty ? nil : members
        case .array(let elements):
            field.type = .array
            if let first = elements.first(where: { $0 != .null }) {
                var item = inferred("n", first, source: source)
                for element in elements.dropFirst().prefix(20) { item = reconcile(item, with: element, source: source) }
                field.item = item
            } else {
                field.item = Field(name: "n", type: .object, source: source)
            }
        }
        return field
    }
}
