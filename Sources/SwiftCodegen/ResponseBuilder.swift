import APISchema

/// Builds the response struct view: every member optional and decoded leniently; members the
/// output table leaves out but the example response shows are added and marked as such.
struct ResponseBuilder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    static let exampleOnlyNote = "Not in the output table: seen only in the page's example response."

    mutating func build(_ operation: APISchema.Operation) -> StructView {
        var fields = operation.output
        for (index, example) in operation.examples.enumerated() where index == 0 || example.action == nil || example.action == operation.action {
            if let response = example.response, let source = example.responseSource {
                fields = ExampleFields.merge(fields, with: response, source: source)
            }
        }
        return structView(name: operation.action + "Response", fields: fields, doc: ["The response of `\(operation.action)`."])
    }

    private mutating func structView(name: String, fields: [Field], doc: [String]) -> StructView {
        var names = NameTable(file: file)
        var typeNames: Set<String> = [name]
        var properties: [PropertyView] = []
        var valueLists: [ValueListView] = []
        var nested: [StructView] = []
        for field in fields {
            let swiftName = names.claim(SwiftNaming.propertyName(field.name), for: field)
            let key = "WireKey(\(SwiftNaming.literal(field.name)))"
            let (type, call) = typeAndDecoder(field, key: key, typeNames: &typeNames, valueLists: &valueLists, nested: &nested)
            properties.append(PropertyView(doc: docLines(field), swiftName: swiftName, label: swiftName, swiftType: type,
                                           optional: true, wireLiteral: SwiftNaming.literal(field.name), decodeCall: call, last: false))
        }
        diagnostics += names.diagnostics
        let marked = properties.markingLast { property, last in
            var property = property
            property.last = last
            return property
        }
        return StructView(doc: doc, name: name, properties: marked, hasProperties: !marked.isEmpty, checks: [],
                          valueLists: valueLists, nested: nested)
    }

    private func docLines(_ field: Field) -> [String] {
        var lines = SwiftNaming.docLines(field.description)
        if field.description != Self.exampleOnlyNote {
            let facts = DocComment.constraintFacts(field.type == .array ? (field.item ?? field) : field)
            if !lines.isEmpty { lines.append("") }
            lines += SwiftNaming.docLines((["Wire name `\(field.name)`"] + facts).joined(separator: "; ") + ".")
            lines.append("Documented at \(DocComment.locationText(field.source)).")
        }
        return lines
    }

    private mutating func typeAndDecoder(_ field: Field, key: String, typeNames: inout Set<String>,
                                         valueLists: inout [ValueListView], nested: inout [StructView]) -> (String, String) {
        switch field.type {
        case .string, .datetime:
            if let values = field.enum, !values.isEmpty {
                let name = typeNames.claim(SwiftNaming.typeName(field.name) + "Value")
                valueLists.append(ValueListBuilder.view(name: name, values: values, doc: ["The values `\(field.name)` takes."]))
                return (name, "lenient(\(name).self, \(key))")
            }
            return ("Swift.String", "lenientString(\(key))")
        case .json: return ("Swift.String", "lenientString(\(key))")
        case .integer: return ("Swift.Int", "lenientInt(\(key))")
        case .number: return ("Swift.Double", "lenientDouble(\(key))")
        case .boolean: return ("Swift.Bool", "lenientBool(\(key))")
        case .object:
            guard let members = field.fields, !members.isEmpty else { return ("JSONPayload", "lenient(JSONPayload.self, \(key))") }
            let name = typeNames.claim(SwiftNaming.typeName(field.name))
            nested.append(structView(name: name, fields: members, doc: DocComment.typeLines(for: field)))
            return (name, "lenient(\(name).self, \(key))")
        case .array:
            let element: String
            if let item = field.item, item.type == .object, let members = item.fields, !members.isEmpty {
                element = typeNames.claim(SwiftNaming.typeName(field.name) + "Item")
                nested.append(structView(name: element, fields: members, doc: DocComment.typeLines(for: field)))
            } else {
                // Scalar elements decode leniently too (`"dealIds": [123]` for strings).
                switch field.item?.type {
                case .integer: return ("[Swift.Int]", "lenientInts(\(key))")
                case .number: return ("[Swift.Double]", "lenientDoubles(\(key))")
                case .boolean: return ("[Swift.Bool]", "lenientBools(\(key))")
                case .string, .datetime, .json: return ("[Swift.String]", "lenientStrings(\(key))")
                default: element = "JSONPayload"
                }
            }
            return ("[\(element)]", "lenient([\(element)].self, \(key))")
        }
    }

}

/// Reconciles the output table with the example responses: members the table leaves out are
/// added (marked as seen only in the example), and where the example contradicts the table's
/// shape the example wins, so the real response decodes (the lint reports each contradiction).
enum ExampleFields {
    static func merge(_ fields: [Field], with value: JSONValue, source: SourceLocation) -> [Field] {
        guard case .object(let members) = value else { return fields }
        var result = fields
        for member in members {
            if let index = result.firstIndex(where: { $0.name == member.key }) {
                result[index] = reconcile(result[index], with: member.value, source: source)
            } else {
                result.append(inferred(member.key, member.value, source: source))
            }
        }
        return result
    }

    /// A documented field adjusted to what the example shows.
    static func reconcile(_ field: Field, with value: JSONValue, source: SourceLocation) -> Field {
        var field = field
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
        var field = Field(name: name, type: .string, description: ResponseBuilder.exampleOnlyNote, source: source)
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
                item.description = ""
                for element in elements.dropFirst().prefix(20) { item = reconcile(item, with: element, source: source) }
                field.item = item
            } else {
                field.item = Field(name: "n", type: .object, source: source)
            }
        }
        return field
    }
}
