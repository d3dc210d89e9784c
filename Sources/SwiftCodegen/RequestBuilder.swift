import APISchema
import DocgenFind
import Foundation

/// Builds the request struct view of an operation: Swift names and types, nested structs for
/// objects, value-list structs for documented values, and the validation calls.
struct RequestBuilder {
    let file: String
    /// Which texts the doc comments carry.
    let language: ModuleSpec.DocLanguage
    /// The Swift types of the service's shared structures, by the name fields refer to them.
    let models: [String: String]
    /// Whether the structs are shared models: used in requests and responses alike, so they
    /// decode from JSON too, members optional unless required and never null.
    let dual: Bool
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, language: ModuleSpec.DocLanguage = .both, models: [String: String] = [:], dual: Bool = false) {
        self.file = file
        self.language = language
        self.models = models
        self.dual = dual
    }

    /// The struct of a shared structure (``dual`` builders).
    mutating func build(_ structure: Structure, swiftName: String) -> StructView {
        structView(name: swiftName, fields: structure.fields,
                   doc: structure.description.isEmpty ? ["The structure `\(structure.name)`."] : SwiftNaming.docLines(structure.description)
                       + ["", "Structure `\(structure.name)`, documented at \(DocComment.locationText(structure.source))."])
    }

    mutating func build(_ operation: APISchema.Operation) -> StructView {
        var view = structView(name: operation.action + "Request", fields: operation.input,
                              doc: ["The request of `\(operation.action)`."])
        view.checks += ruleChecks(operation)
        return view
    }

    private mutating func structView(name: String, fields: [Field], doc: [String]) -> StructView {
        var names = NameTable(file: file, reserved: Self.reservedMembers)
        var properties: [PropertyView] = []
        var checks: [String] = []
        var valueLists: [ValueListView] = []
        var nested: [StructView] = []
        var typeNames: Set<String> = [name]
        for field in fields {
            let swiftName = names.claim(field.swiftName.map(SwiftNaming.memberName) ?? SwiftNaming.memberName(field.name), for: field)
            let wire = SwiftNaming.literal(field.name)
            let pathExpression = "Validator.path(path, \(wire))"
            let (type, extra) = swiftType(for: field, typeNames: &typeNames, valueLists: &valueLists, nested: &nested)
            let optional = !field.required || (dual && field.nullable == true)
            let read = "\(optional ? "optional" : "required")(\(type).self, \(pathExpression))"
            var property = PropertyView(
                doc: DocComment.lines(for: field, language: language), swiftName: swiftName, label: swiftName,
                swiftType: optional ? "\(type)?" : type, optional: optional, wireLiteral: wire, decodeCall: read, last: false,
                secret: field.secret ?? false)
            if dual {
                let call = Self.keyedDecodeCall(field, type: type, key: "WireKey(\(wire))")
                property.keyDecodeCall = optional ? "try container.\(call)" : "try container.present(container.\(call), WireKey(\(wire)))"
            }
            properties.append(property)
            checks += self.checks(for: field, swiftName: "self." + swiftName, path: pathExpression, extra: extra)
        }
        diagnostics += names.diagnostics
        let marked = properties.markingLast { property, last in
            var property = property
            property.last = last
            return property
        }
        return StructView(doc: doc, name: name, nameLiteral: SwiftNaming.literal(name), properties: marked,
                          hasProperties: !marked.isEmpty, checks: checks, valueLists: valueLists, nested: nested)
    }

    /// Names the generated request structs declare themselves.
    static let reservedMembers: Set<String> = ["description", "debugDescription", "customMirror", "redactedMembers", "validate", "encodeParameters", "hashValue", "hash"]

    /// What a field's type needs besides its name: a value list or a nested struct.
    enum Extra { case none, valueList, object, objectArray, scalarArray(Field) }

    private mutating func swiftType(for field: Field, typeNames: inout Set<String>, valueLists: inout [ValueListView],
                                    nested: inout [StructView]) -> (String, Extra) {
        switch field.type {
        case .object:
            if let ref = field.ref, let model = models[ref] { return (model, .object) }
            guard let members = field.fields, !members.isEmpty else { return ("JSONPayload", .none) }
            let name = typeNames.claim(SwiftNaming.typeName(field.name))
            nested.append(structView(name: name, fields: members, doc: DocComment.typeLines(for: field)))
            return (name, .object)
        case .array:
            guard let item = field.item else { return ("[Swift.String]", .none) }
            if item.type == .object, let ref = item.ref, let model = models[ref] { return ("[\(model)]", .objectArray) }
            if item.type == .object, let members = item.fields, !members.isEmpty {
                let name = typeNames.claim(SwiftNaming.typeName(field.name, suffix: "Item"))
                nested.append(structView(name: name, fields: members, doc: DocComment.typeLines(for: field)))
                return ("[\(name)]", .objectArray)
            }
            let (element, _) = scalarType(item, owner: field.name, typeNames: &typeNames, valueLists: &valueLists)
            return ("[\(element)]", .scalarArray(item))
        case .map:
            return ("[Swift.String: \(SwiftTypes.mapValue(field))]", .none)
        default:
            let (type, isList) = scalarType(field, owner: field.name, typeNames: &typeNames, valueLists: &valueLists)
            return (type, isList ? .valueList : .none)
        }
    }

    /// How a shared model decodes a member from its keyed container, leniently (as responses
    /// are): the call after `container.`.
    static func keyedDecodeCall(_ field: Field, type: String, key: String) -> String {
        switch field.type {
        case .string, .datetime:
            return field.enum?.isEmpty == false ? "lenient(\(type).self, \(key))" : "lenientString(\(key))"
        case .integer: return field.enum?.isEmpty == false && type != "Swift.Int" ? "lenient(\(type).self, \(key))" : "lenientInt(\(key))"
        case .number: return "lenientDouble(\(key))"
        case .boolean: return "lenientBool(\(key))"
        case .array:
            switch type {
            case "[Swift.String]": return "lenientStrings(\(key))"
            case "[Swift.Int]": return "lenientInts(\(key))"
            case "[Swift.Double]": return "lenientDoubles(\(key))"
            case "[Swift.Bool]": return "lenientBools(\(key))"
            default: return "lenient(\(type).self, \(key))"
            }
        case .json, .object, .map: return "lenient(\(type).self, \(key))"
        }
    }

    private func scalarType(_ field: Field, owner: String, typeNames: inout Set<String>,
                            valueLists: inout [ValueListView]) -> (String, Bool) {
        switch field.type {
        case .string, .datetime:
            if let values = field.enum, !values.isEmpty {
                let name = typeNames.claim(SwiftNaming.typeName(owner, suffix: "Value"))
                valueLists.append(ValueListBuilder.view(name: name, values: values, doc: SwiftNaming.docLines("The values `\(owner)` takes.")))
                return (name, true)
            }
            return ("Swift.String", false)
        case .integer: return ("Swift.Int", false)
        case .number: return ("Swift.Double", false)
        case .boolean: return ("Swift.Bool", false)
        case .json, .object, .array, .map: return ("JSONPayload", false)
        }
    }


    /// The validation calls for one member.
    private func checks(for field: Field, swiftName: String, path: String, extra: Extra) -> [String] {
        var checks: [String] = []
        let optionalChain = field.required ? "" : "?"
        if field.required, field.type == .string || field.type == .array, field.enum == nil {
            checks.append("validator.required(\(swiftName), \(path))")
        }
        if field.type == .array, let max = field.maxItems {
            checks.append("validator.count(\(swiftName), \(path), max: \(max))")
        }
        switch extra {
        case .valueList:
            checks.append("validator.documented(\(swiftName), \(path))")
        case .object, .objectArray:
            checks.append("\(swiftName)\(optionalChain).validate(into: &validator, at: \(path))")
        case .scalarArray(let item):
            let inner = scalarChecks(item, value: "element", path: "\(path) + \".\\(index)\"", isList: item.enum != nil && (item.type == .string || item.type == .datetime))
            if !inner.isEmpty {
                let sequence = field.required ? swiftName : "(\(swiftName) ?? [])"
                checks.append("for (index, element) in \(sequence).enumerated() { \(inner.joined(separator: "; ")) }")
            }
        case .none:
            break
        }
        if case .valueList = extra { return checks + scalarChecks(field, value: swiftName, path: path, isList: true).filter { !$0.contains(".documented(") } }
        if case .none = extra { checks += scalarChecks(field, value: swiftName, path: path, isList: false) }
        return checks
    }

    private func scalarChecks(_ field: Field, value: String, path: String, isList: Bool) -> [String] {
        var checks: [String] = []
        if isList { checks.append("validator.documented(\(value), \(path))") }
        if field.type == .integer, let values = field.enum, !values.isEmpty {
            let numbers = values.compactMap { Int($0.value) }.map(String.init).joined(separator: ", ")
            checks.append("validator.oneOf(\(value), \(path), [\(numbers)])")
        }
        if field.minimum != nil || field.maximum != nil {
            switch field.type {
            case .integer:
                checks.append("validator.range(\(value), \(path), min: \(integerBound(field.minimum)), max: \(integerBound(field.maximum)))")
            case .number:
                checks.append("validator.range(\(value), \(path), min: \(field.minimum.map { "\($0)" } ?? "nil"), max: \(field.maximum.map { "\($0)" } ?? "nil"))")
            default: break
            }
        }
        if (field.minLength != nil || field.maxLength != nil), field.type == .string || field.type == .datetime, !isList {
            checks.append("validator.length(\(value), \(path), min: \(field.minLength.map(String.init) ?? "nil"), max: \(field.maxLength.map(String.init) ?? "nil"))")
        }
        return checks
    }

    private func integerBound(_ value: Double?) -> String {
        guard let value, value.isFinite, abs(value) < 9e15 else { return "nil" }
        return String(Int(value.rounded()))
    }

    // MARK: - Rules

    /// The cross-field rules, checked at the top level with full wire paths.
    private mutating func ruleChecks(_ operation: APISchema.Operation) -> [String] {
        var checks: [String] = []
        for rule in operation.rules {
            switch rule.kind {
            case .atLeastOne:
                let paths = rule.fields ?? []
                let presence = paths.compactMap { presenceExpression($0, in: operation.input) }
                guard presence.count == paths.count, paths.count >= 2 else { skip(rule, operation); continue }
                checks.append("validator.atLeastOne([\(presence.joined(separator: ", "))], [\(paths.map(SwiftNaming.literal).joined(separator: ", "))])")
            case .requiredIf:
                guard let field = rule.field, let when = rule.when, let value = rule.equals,
                      let present = presenceExpression(field, in: operation.input),
                      let condition = equalsExpression(when, value, in: operation.input) else { skip(rule, operation); continue }
                let explanation = SwiftNaming.literal("\(when) is \(value)")
                checks.append("validator.requiredIf(\(present), \(SwiftNaming.literal(field)), when: \(condition), \(explanation))")
            }
        }
        return checks
    }

    private mutating func skip(_ rule: Rule, _ operation: APISchema.Operation) {
        let location = rule.source ?? operation.source
        diagnostics.append(Diagnostic(.note, "rule \(rule.kind.rawValue) on a path inside an array is not checked by validate()", at: location))
    }

    /// A Swift expression that reads a wire path (nil through arrays), and whether it is optional.
    private func accessor(_ path: String, in fields: [Field]) -> (String, Bool, Field)? {
        var expression = "self"
        var optional = false
        var level = fields
        var found: Field?
        for name in path.split(separator: ".").map(String.init) {
            guard name != "n", let field = level.first(where: { $0.name == name }) else { return nil }
            expression += (optional ? "?." : ".") + (field.swiftName.map(SwiftNaming.memberName) ?? SwiftNaming.memberName(field.name))
            optional = optional || !field.required
            found = field
            level = field.fields ?? []
        }
        guard let field = found else { return nil }
        return (expression, optional, field)
    }

    private func presenceExpression(_ path: String, in fields: [Field]) -> String? {
        guard let (expression, optional, field) = accessor(path, in: fields) else { return nil }
        if field.type == .array { return optional ? "!(\(expression)?.isEmpty ?? true)" : "!\(expression).isEmpty" }
        return optional ? "\(expression) != nil" : "true"
    }

    private func equalsExpression(_ path: String, _ value: String, in fields: [Field]) -> String? {
        guard let (expression, optional, field) = accessor(path, in: fields) else { return nil }
        let chain = optional ? "?" : ""
        switch field.type {
        case .string, .datetime:
            if field.enum != nil { return "\(expression)\(chain).rawValue == \(SwiftNaming.literal(value))" }
            return "\(expression) == \(SwiftNaming.literal(value))"
        case .integer:
            guard let number = Int(value) else { return nil }
            return "\(expression) == \(number)"
        case .boolean:
            return "\(expression) == \(["true", "1"].contains(value.lowercased()))"
        default:
            return nil
        }
    }
}

/// Claims property names in one struct, reporting names that collide after Swift naming.
struct NameTable {
    let file: String
    private let reserved: Set<String>
    private var used: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// `reserved` names are taken by the generated type itself: a member called so gets `Value` appended.
    init(file: String, reserved: Set<String> = []) {
        self.file = file
        self.reserved = reserved
    }

    /// Takes `name` for a member the generator adds itself (`requestId`), before any field claims.
    mutating func reserve(_ name: String, wire: String) {
        used[SwiftNaming.bare(name)] = wire
    }

    mutating func claim(_ name: String, for field: Field) -> String {
        let name = reserved.contains(SwiftNaming.bare(name)) ? SwiftNaming.bare(name) + "Value" : name
        var candidate = name
        var index = 2
        while let other = used[SwiftNaming.bare(candidate)] {
            if index == 2 {
                diagnostics.append(Diagnostic(.warning, "'\(field.name)' and '\(other)' have the same Swift name '\(SwiftNaming.bare(name))'; using '\(SwiftNaming.bare(name))\(index)'", at: field.source))
            }
            candidate = SwiftNaming.bare(name) + String(index)
            index += 1
        }
        used[SwiftNaming.bare(candidate)] = field.name
        return candidate
    }
}

/// Builds value-list views, with readable, unique case names: the value's own name where it is
/// one (`main`, `aes128`), a short Latin label the docs give a code (`1：HTTP` → `http`), the
/// meaning of a few common words (`开启` → `enabled`), else `value1`; a leading number moves
/// behind its word (`3des-cbc` → `des3Cbc`).
enum ValueListBuilder {
    /// Meanings of common Chinese labels of codes (`1（开启）、0（关闭）`).
    static let labelWords: [String: String] = [
        "开启": "enabled", "打开": "enabled", "启用": "enabled", "关闭": "disabled", "禁用": "disabled", "停用": "disabled",
        "是": "yes", "否": "no", "成功": "success", "失败": "failure", "进行中": "running", "升序": "ascending", "降序": "descending",
    ]

    /// Names of values that are symbols (自定义监控 `取值为(>、< 、>=、 <= 、!=、==)`).
    static let symbolWords: [String: String] = [
        ">": "greaterThan", "<": "lessThan", ">=": "greaterThanOrEqual", "<=": "lessThanOrEqual", "!=": "notEqual", "==": "equal",
    ]

    static func view(name: String, values: [EnumValue], doc: [String]) -> ValueListView {
        var used: Set<String> = ["rawValue", "documentedValues", "description", "isDocumented", "init", "undocumented", "hashValue"]
        var seen: Set<String> = []
        var views: [CaseView] = []
        for value in values where seen.insert(value.value).inserted {
            let unique = used.claim(caseName(value))
            views.append(CaseView(doc: SwiftNaming.docLines(value.description ?? "`\(value.value)`"), caseName: unique,
                                   literal: SwiftNaming.literal(value.value), last: false))
        }
        let marked = views.markingLast { view, last in
            var view = view
            view.last = last
            return view
        }
        return ValueListView(doc: doc, name: name, values: marked)
    }

    /// A readable case name for one value.
    static func caseName(_ value: EnumValue) -> String {
        let text = SwiftNaming.visible(value.value)
        if let word = symbolWords[text] { return word }
        let isNumber = !text.isEmpty && text.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." } && text.contains { $0.isNumber }
        if isNumber {
            let label = (value.description ?? "").trimmingCharacters(in: .whitespaces)
            if let first = label.first, first.isASCII, first.isLetter, label.count <= 24,
               label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_") }) {
                return SwiftNaming.propertyName(label).replacingBackticks()
            }
            if let word = labelWords[label] { return word }
            // ASCII digits only: a zero-width or variation character joined to a digit (`1` +
            // U+200C) is part of its Character, and would make a second `value1` that looks the same.
            let digits = text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "0"..."9": String(scalar)
                case "-": "Minus"
                case ".": "_"
                default: ""
                }
            }.joined()
            return "value" + digits
        }
        var name = SwiftNaming.propertyName(text).replacingBackticks()
        if name.isEmpty || name == "_" { return "empty" }
        // `_3desCbc` → `des3Cbc`: the number goes behind the letters of its word.
        if name.hasPrefix("_"), let first = SwiftNaming.words(text).first, let letter = first.firstIndex(where: \.isLetter),
           first[..<letter].allSatisfy(\.isNumber) {
            let rest = SwiftNaming.words(text).dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            let moved = first[letter...].lowercased() + first[..<letter] + rest
            if moved.first?.isLetter == true { name = moved }
        }
        return name
    }
}
