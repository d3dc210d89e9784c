import DocText
import APISchema
import DocMarkdown

/// Turns a ``FieldTree`` into schema fields: decides each node's type from its row and its
/// children, reads the constraint sentences and the rules.
struct FieldBuilder {
    let tree: FieldTree
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var rules: [Rule] = []
    /// Where each structure reference's type cell is, by dotted path (`list.n` for an element).
    private(set) var refLocations: [String: SourceLocation] = [:]
    /// Enum values by dotted path, filled while building, for rules that name a value in words.
    private var enumsByPath: [String: [EnumValue]] = [:]
    /// Type names that name an object described by another table (`ChargePrepaidObject`).
    private let objectTypeNames: Set<String>

    /// Words of a description meaning the value may be JSON null (the dialect's).
    private let nullableMarkers: [String]
    /// The names of the table's scalar fields: a "list" of them names parameters.
    private let fieldNames: Set<String>

    init(tree: FieldTree, nullableMarkers: [String] = []) {
        self.tree = tree
        self.nullableMarkers = nullableMarkers
        var names: Set<String> = []
        let nodes = tree.allNodes()
        for (_, node) in nodes {
            guard let row = node.row, case .unknown(let name) = row.spelling, !node.children.isEmpty else { continue }
            names.insert(name)
        }
        objectTypeNames = names
        // Scalar fields only: a discriminator's values may name the sibling objects they select
        // (`checkMethod：methodTcp，methodHttp` beside `methodTcp | Object`).
        fieldNames = Set(nodes.compactMap { path, node -> String? in
            guard path.last != "n", node.children.isEmpty,
                  case .known(let type)? = node.row?.spelling, ![.object, .array, .map].contains(type) else { return nil }
            return path.last
        })
    }

    /// Builds the fields, then reads the rules (which may name any field of the tree).
    mutating func build() -> [Field] {
        let fields = tree.root.children.map { field(for: $0, path: [$0.name]) }
        let reader = RuleReader(tree: tree, enumsByPath: enumsByPath)
        var seen: Set<String> = []
        for (path, node) in tree.allNodes() {
            guard let row = node.row else { continue }
            var found = reader.rules(for: path, description: row.description.bare, location: row.descriptionLocation)
            // (A required cell may state the condition: `filterType=1时必选`.)
            if !tree.requiredConditions.isEmpty, let condition = tree.requiredConditions[row.dottedPath] {
                found += reader.rules(for: path, description: condition.text, location: condition.location)
            }
            for rule in found {
                let key = [rule.kind.rawValue, rule.field ?? "", rule.when ?? "", rule.equals ?? "",
                           (rule.fields ?? []).sorted().joined(separator: ",")].joined(separator: "|")
                if seen.insert(key).inserted { rules.append(rule) }
            }
        }
        return fields
    }

    /// The location of a node: its row, or the first row below it.
    private func location(of node: FieldTree.Node) -> SourceLocation {
        if let row = node.row { return row.location }
        for child in node.children { return location(of: child) }
        return SourceLocation(file: "", line: 1)
    }

    private mutating func field(for node: FieldTree.Node, path: [String]) -> Field {
        let row = node.row
        let source = location(of: node)
        let others = node.children.filter { $0.name != "n" }
        if let element = node.child("n"), element.children.isEmpty, !others.isEmpty {
            // `IKESet.n | Array` with members written `IKESet.x` (no index): the members say
            // what is sent, so this is one object; the `.n` is a doc inconsistency.
            let elementRow = element.row
            diagnostics.append(Diagnostic(.note, "'\(dotted(path)).n' is an array, but its members are written without an index; read as an object", at: elementRow?.location ?? source))
            let members = others.map { field(for: $0, path: path + [$0.name]) }
            return Field(name: node.name, type: .object, required: row?.required ?? elementRow?.required ?? false,
                         description: row?.description.text ?? elementRow?.description.text ?? "",
                         documentedType: row?.typeText ?? elementRow?.typeText, fields: members, source: source)
        }
        if let element = node.child("n") {
            var item = elementField(for: element, path: path + ["n"])
            if !others.isEmpty {
                if item.type == .object {
                    item.fields = (item.fields ?? []) + others.map { field(for: $0, path: path + ["n", $0.name]) }
                } else {
                    for other in others {
                        diagnostics.append(Diagnostic(.warning, "'\(dotted(path + [other.name]))' is written without an index under the array '\(dotted(path))'; ignored", at: location(of: other)))
                    }
                }
            }
            if item.type == .object, item.ref == nil, case .arrayOfStructure(let name)? = row?.spelling { item.ref = name }
            let description = row?.description.text ?? element.row?.description.text ?? ""
            var array = Field(name: node.name, type: .array, required: row?.required ?? element.row?.required ?? false,
                              description: description, documentedType: row?.typeText, items: item, source: source)
            array.nullable = nullable(row)
            readItemCount(into: &array, from: [row, element.row])
            return array
        }
        if !node.children.isEmpty {
            let members = node.children.map { field(for: $0, path: path + [$0.name]) }
            var object = Field(name: node.name, type: .object, required: row?.required ?? false,
                               description: row?.description.text ?? "", documentedType: documented(row, as: .object),
                               fields: members, source: source)
            // `ComputeEnv | ComputeEnv object` with its members in a table under `#### ComputeEnv`.
            if case .structure(let name)? = row?.spelling { object.ref = name }
            // `deadLetterPolicy | string | 必须是Json格式的字符串…包含参数有：…` with its members below:
            // sent as one JSON string; the members document what goes in it.
            if let row, case .known(.string) = row.spelling, ValuePhrasings.jsonMention.pattern.contains(in: row.description.bare) {
                object.type = .json
                object.documentedType = row.typeText
            }
            object.nullable = nullable(row)
            return object
        }
        // A leaf.
        guard let row else {
            return Field(name: node.name, type: .object, source: source)
        }
        switch row.spelling {
        case .mapOf(let valueType):
            // `map[string]int`: string keys, values of one type.
            return Field(name: node.name, type: .map, required: row.required ?? false, description: row.description.text,
                         documentedType: row.typeText, values: Field(name: "value", type: valueType, required: true, source: row.location),
                         source: row.location)
        case .known(.array), .arrayOf, .arrayOfStructure:
            var item = Field(name: "n", type: elementType(row), required: true, source: row.location)
            if case .arrayOfStructure(let name) = row.spelling {
                item.ref = name
                refLocations[dotted(path + ["n"])] = row.typeLocation
            } else {
                apply(ConstraintReader.read(row.description.bare, type: item.type), to: &item, path: path + ["n"], row: row)
            }
            var array = Field(name: node.name, type: .array, required: row.required ?? false, description: row.description.text,
                              documentedType: row.typeText, items: item, source: row.location)
            array.nullable = nullable(row)
            readItemCount(into: &array, from: [row])
            return array
        case .structure(let name):
            var object = Field(name: node.name, type: .object, required: row.required ?? false, description: row.description.text,
                               documentedType: row.typeText, source: row.location)
            object.ref = name
            refLocations[dotted(path)] = row.typeLocation
            object.nullable = nullable(row)
            return object
        default:
            var result = Field(name: node.name, type: scalarType(row, path: path), required: row.required ?? false,
                               description: row.description.text, documentedType: documented(row, as: nil), source: row.location)
            var constraints = ConstraintReader.read(row.description.bare, type: result.type)
            // `port | String | 可选值：1 - 65535`, `weight | String | 取值范围：0-100`: a string whose
            // description gives it integer bounds and nothing a string would have is an integer.
            if result.type == .string, constraints.isEmpty, ConstraintReader.statesRange(row.description.bare),
               ConstraintReader.describesOnlyANumber(row.description.bare) {
                let numeric = ConstraintReader.read(row.description.bare, type: .integer)
                if numeric.enumValues.isEmpty, numeric.defaultValue == nil, let maximum = numeric.maximum, maximum == maximum.rounded(),
                   numeric.minimum.map({ $0 == $0.rounded() }) ?? true {
                    diagnostics.append(Diagnostic(.note, "'\(dotted(path))' is typed '\(row.typeText)' but described by integer bounds; read as an integer",
                                                  at: row.typeLocation))
                    result.type = .integer
                    result.documentedType = row.typeText
                    constraints = numeric
                }
            }
            if constraints.enumValues.isEmpty, ConstraintReader.fits(node.pointedValues, type: result.type) {
                constraints.enumValues = node.pointedValues
                constraints.sources.append("the values table of '\(dotted(path))'")
            }
            apply(constraints, to: &result, path: path, row: row)
            result.nullable = nullable(row)
            return result
        }
    }

    /// The element of an array: an object when members follow (`x.n.y`), a nested array when
    /// another index follows, else a scalar whose type the `x.n` row gives (an `x.n | Array` row
    /// gives the container, so its element is a string).
    private mutating func elementField(for node: FieldTree.Node, path: [String]) -> Field {
        let source = location(of: node)
        if node.child("n") != nil {
            var nested = field(for: node, path: path)
            nested.name = "n"
            nested.required = true
            return nested
        }
        if !node.children.isEmpty {
            let members = node.children.map { field(for: $0, path: path + [$0.name]) }
            return Field(name: "n", type: .object, required: true, description: node.row?.description.text ?? "",
                         documentedType: documented(node.row, as: .object), fields: members, source: source)
        }
        guard let row = node.row else { return Field(name: "n", type: .string, required: true, source: source) }
        var item = Field(name: "n", type: elementType(row), required: true, description: "",
                         documentedType: documented(row, as: nil), source: row.location)
        switch row.spelling {
        case .structure(let name), .arrayOfStructure(let name):
            // `Filters.N | Filter` (or `Array of Filter`): each element is the structure.
            item.ref = name
            refLocations[dotted(path)] = row.typeLocation
            item.documentedType = row.typeText
            return item
        default: break
        }
        if item.type == .string, ValuePhrasings.jsonMention.pattern.contains(in: row.description.bare) { item.type = .json }
        apply(ConstraintReader.read(row.description.bare, type: item.type), to: &item, path: path, row: row)
        return item
    }

    private mutating func elementType(_ row: ParamRow) -> FieldType {
        switch row.spelling {
        case .known(.array), .placeholder: return .string
        case .arrayOf(let type): return type
        case .known(let type): return type
        case .objectOrArray, .mapOf, .structure, .arrayOfStructure: return .object
        case .unknown(let name):
            if objectTypeNames.contains(name) { return .object }
            diagnostics.append(Self.unknownType(name, row))
            return .json
        }
    }

    private mutating func scalarType(_ row: ParamRow, path: [String]) -> FieldType {
        switch row.spelling {
        case .known(.string):
            return ValuePhrasings.jsonMention.pattern.contains(in: row.description.bare) ? .json : .string
        case .known(let type): return type
        case .arrayOf, .arrayOfStructure: return .array
        case .objectOrArray, .structure: return .object
        case .mapOf: return .map
        case .placeholder:
            diagnostics.append(Diagnostic(.note, "'\(row.dottedPath)' has no type ('\(row.typeText)'); read as a string", at: row.typeLocation))
            return .string
        case .unknown(let name):
            diagnostics.append(Self.unknownType(name, row))
            return .json
        }
    }

    /// A type cell no spelling reads: the member is held as raw JSON (an erratum can give its
    /// type), with a warning at the cell.
    static func unknownType(_ name: String, _ row: ParamRow) -> Diagnostic {
        Diagnostic(.warning, "unknown type '\(name)' for '\(row.dottedPath)'; held as raw JSON (docgen.yaml errata can give its type)", at: row.typeLocation)
    }

    /// The greatest number of elements the array's rows give (`最多支持100个`), with its sentence.
    private func readItemCount(into array: inout Field, from rows: [ParamRow?]) {
        for row in rows.compactMap({ $0 }) {
            guard let (count, sentence) = ItemCount.maximum(in: row.description.bare) else { continue }
            array.maxItems = count
            array.constraintSources = (array.constraintSources ?? []) + [sentence]
            return
        }
    }

    /// Whether the row says its value may be JSON null (`注意：此字段可能返回 null`).
    private func nullable(_ row: ParamRow?) -> Bool? {
        guard let row else { return nil }
        let text = row.description.bare
        return nullableMarkers.contains { text.containsIgnoringASCIICase($0) } ? true : nil
    }

    /// The spelling to record when it says more than the schema type (`Array` for an object).
    private func documented(_ row: ParamRow?, as type: FieldType?) -> String? {
        guard let row else { return nil }
        switch row.spelling {
        case .known(let known) where known == type: return nil
        case .known(.string), .known(.integer), .known(.boolean), .known(.number), .known(.datetime), .known(.json):
            return type == nil ? nil : row.typeText
        default: return row.typeText
        }
    }

    private mutating func apply(_ constraints: Constraints, to field: inout Field, path: [String], row: ParamRow) {
        var constraints = constraints
        // `必须上传证书，包括 certContent，certKey，certName`: the names of other parameters of the
        // table, not values of this one.
        if constraints.enumValues.count >= 2, constraints.enumValues.allSatisfy({ fieldNames.contains($0.value) }) {
            diagnostics.append(Diagnostic(.note, "'\(dotted(path))': the list \(constraints.enumValues.map(\.value).joined(separator: ", ")) names parameters of the table, not values; not a value list",
                                          at: row.descriptionLocation))
            constraints.enumValues = []
        }
        if !constraints.enumValues.isEmpty {
            field.enum = constraints.enumValues
            enumsByPath[dotted(path)] = constraints.enumValues
            if path.last == "n" { enumsByPath[dotted(Array(path.dropLast()))] = constraints.enumValues }
        }
        field.default = constraints.defaultValue
        // A bound written with more digits than a Double holds reads as infinity: no Swift literal
        // or JSON number can carry it, so the page gets an error and the bound is not kept.
        for bound in [constraints.minimum, constraints.maximum].compactMap({ $0 }) where !bound.isFinite {
            diagnostics.append(Diagnostic(.error, "numeric bound of '\(row.path.last ?? "")' is out of range", at: row.descriptionLocation))
        }
        field.minimum = constraints.minimum.flatMap { $0.isFinite ? $0 : nil }
        field.maximum = constraints.maximum.flatMap { $0.isFinite ? $0 : nil }
        field.minLength = constraints.minLength
        field.maxLength = constraints.maxLength
        if !constraints.sources.isEmpty { field.constraintSources = constraints.sources }
        for sentence in constraints.notUnderstood {
            diagnostics.append(Diagnostic(.note, "not understood as a constraint: \(sentence)", at: row.descriptionLocation))
        }
    }

    private func dotted(_ path: [String]) -> String { path.joined(separator: ".") }
}
