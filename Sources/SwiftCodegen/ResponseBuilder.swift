import APISchema
import DocDialects
import DocgenFind

/// Builds the response struct view: every member optional and decoded leniently. Members only
/// the example response shows (decided by the resolve stage, `origin: example`) are marked so.
struct ResponseBuilder {
    let file: String
    /// Which texts the doc comments carry.
    let language: ModuleSpec.DocLanguage
    /// The Swift types of the service's shared structures, by the name fields refer to them.
    let models: [String: String]
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, language: ModuleSpec.DocLanguage = .both, models: [String: String] = [:]) {
        self.file = file
        self.language = language
        self.models = models
    }


    /// The response: the payload's members (the dialect's envelope, `code`, `message`,
    /// `codeDesc` or `Response.Error`, is the runtime's business), and the request id first.
    mutating func build(_ operation: APISchema.Operation) -> StructView {
        let envelope = Dialect.named(operation.dialect).envelope
        let payload = operation.output.filter { !envelope.members.contains($0.name) }
        let keys = envelope.wrapper == nil ? ["requestId"] : ["RequestId", "RequestID"]
        let read = keys.map { "lenientString(WireKey(\(SwiftNaming.literal($0))))" }.joined(separator: " ?? container.") + " ?? \"\""
        var requestId = PropertyView(doc: SwiftNaming.docLines("The id the service gave this call (`\(keys[0])`), for support requests and logs; empty when the service sent none (API 2.0 answers may omit it)."),
                                     swiftName: "requestId", label: "requestId", swiftType: "Swift.String", optional: false,
                                     wireLiteral: SwiftNaming.literal(keys[0]), decodeCall: read, last: false)
        requestId.isRequestId = true
        return structView(name: operation.action + "Response", fields: payload, doc: ["The response of `\(operation.action)`."],
                          leading: [requestId])
    }

    private mutating func structView(name: String, fields: [Field], doc: [String], leading: [PropertyView] = []) -> StructView {
        var names = NameTable(file: file)
        for property in leading { names.reserve(property.swiftName, wire: property.wireLiteral) }
        var typeNames: Set<String> = [name]
        var properties: [PropertyView] = leading
        var valueLists: [ValueListView] = []
        var nested: [StructView] = []
        for field in fields {
            let swiftName = names.claim(field.swiftName.map(SwiftNaming.memberName) ?? SwiftNaming.memberName(field.name), for: field)
            let key = "WireKey(\(SwiftNaming.literal(field.name)))"
            let (type, call) = typeAndDecoder(field, key: key, typeNames: &typeNames, valueLists: &valueLists, nested: &nested)
            // Every member is optional: no page guarantees one. (API 3.0 pages mark the members
            // that may be null, but 11 of the docs' own example responses leave out members they
            // do not mark: CreateSecurityGroup without IsDefault, DescribeDisks without
            // AutoSnapshotPolicyIds, …; non-optional, those answers would not decode.)
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
        if field.origin == .example { return SwiftNaming.docLines(DocComment.exampleOnlyNote) }
        var lines = DocComment.descriptionLines(for: field, language: language)
        let facts = DocComment.constraintFacts(field.type == .array ? (field.item ?? field) : field)
        if !lines.isEmpty { lines.append("") }
        lines += SwiftNaming.docLines((["Wire name `\(field.name)`"] + facts).joined(separator: "; ") + ".")
        // A member named like the call's request id (a task's `data.requestId`) is told apart.
        if field.name.lowercased() == "requestid" {
            lines.append("Not the id of the call: that is the response's own `requestId`.")
        }
        lines.append("Documented at \(DocComment.locationText(field.source)).")
        return lines + DocComment.errataLines(field)
    }

    private mutating func typeAndDecoder(_ field: Field, key: String, typeNames: inout Set<String>,
                                         valueLists: inout [ValueListView], nested: inout [StructView]) -> (String, String) {
        switch field.type {
        case .string, .datetime:
            if let values = field.enum, !values.isEmpty {
                let name = typeNames.claim(SwiftNaming.typeName(field.name, suffix: "Value"))
                valueLists.append(ValueListBuilder.view(name: name, values: values, doc: SwiftNaming.docLines("The values `\(field.name)` takes.")))
                return (name, "lenient(\(name).self, \(key))")
            }
            return ("Swift.String", "lenientString(\(key))")
        case .json: return ("Swift.String", "lenientString(\(key))")
        case .map:
            let type = "[Swift.String: \(SwiftTypes.mapValue(field))]"
            return (type, "lenient(\(type).self, \(key))")
        case .integer: return ("Swift.Int", "lenientInt(\(key))")
        case .number: return ("Swift.Double", "lenientDouble(\(key))")
        case .boolean: return ("Swift.Bool", "lenientBool(\(key))")
        case .object:
            if let ref = field.ref, let model = models[ref] { return (model, "lenient(\(model).self, \(key))") }
            guard let members = field.fields, !members.isEmpty else { return ("JSONPayload", "lenient(JSONPayload.self, \(key))") }
            let name = typeNames.claim(SwiftNaming.typeName(field.name))
            nested.append(structView(name: name, fields: members, doc: DocComment.typeLines(for: field)))
            return (name, "lenient(\(name).self, \(key))")
        case .array:
            let element: String
            if let item = field.item, item.type == .object, let ref = item.ref, let model = models[ref] {
                element = model
            } else if let item = field.item, item.type == .object, let members = item.fields, !members.isEmpty {
                element = typeNames.claim(SwiftNaming.typeName(field.name, suffix: "Item"))
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
