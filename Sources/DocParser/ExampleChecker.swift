import DocText
import APISchema
import DocDialects

/// Compares a page's examples with its tables: an example that calls another action, omits a
/// required parameter, passes an undocumented one, contradicts a documented type, or returns
/// fields the output table does not document is a lint finding (a doc bug, not a parser error).
public struct ExampleChecker {
    private(set) var operation: Operation
    /// The page's lines, to point at the exact line of a parameter or response member.
    let lines: [String]
    private(set) var diagnostics: [Diagnostic] = []
    /// What the request being checked gets wrong, stored on its example.
    private var omitted: [String] = []
    private var undocumented: [String] = []
    private var unreadable: [String] = []

    /// How the dialect wraps responses: its members are not the action's fields.
    let envelope: Envelope

    init(operation: Operation, lines: [String], envelope: Envelope) {
        self.operation = operation
        self.lines = lines
        self.envelope = envelope
    }

    /// When set, only these top-level fields are checked (and the example's findings are added
    /// to those it has): the fields whose structures were resolved after the page was read.
    var only: Set<String>?

    mutating func check() {
        for (index, example) in operation.examples.enumerated() {
            let isFollowUp = index > 0 && example.action != nil && example.action != operation.action
            if isFollowUp { continue }  // `步骤2` calls the task query: not this action's example
            if only == nil, let action = example.action, action != operation.action, let source = example.requestSource {
                warn("example calls Action=\(action), but the page documents \(operation.action)", at: source)
            }
            if let source = example.requestSource {
                (omitted, undocumented, unreadable) = ([], [], [])
                // Parameters the page's own check already reported are not reported again.
                let reported = Set(only == nil ? [] : (example.undocumentedParameters ?? []) + (example.unreadableParameters ?? []))
                checkRequest(example.request.filter { selected($0.name) }, skipping: reported, at: source)
                let before = only == nil ? nil : operation.examples[index]
                operation.examples[index].omittedRequired = Self.merged(before?.omittedRequired, omitted)
                operation.examples[index].undocumentedParameters = Self.merged(before?.undocumentedParameters, undocumented)
                operation.examples[index].unreadableParameters = Self.merged(before?.unreadableParameters, unreadable)
            }
            if only == nil, let wrapper = envelope.wrapper, let response = example.response, let source = example.responseSource,
               envelope.unwrapped(response) == response {
                warn("example response is not wrapped in {\"\(wrapper)\": …} as this dialect's responses are; not replayed", at: source)
            }
            if let response = example.response, let source = example.responseSource {
                checkResponse(envelope.unwrapped(response), fields: operation.output, path: "", at: source, topLevel: true)
            }
        }
    }

    /// Checks an operation's examples again for the fields whose structure members became known
    /// when the service's pages were resolved (`Policy | Policy object`, members on the 数据类型
    /// page): their omitted, undocumented and unreadable parameters are added to the example's,
    /// with warnings at the example.
    public static func recheck(_ operation: Operation, fields: Set<String>, envelope: Envelope) -> (Operation, [Diagnostic]) {
        var checker = ExampleChecker(operation: operation, lines: [], envelope: envelope)
        checker.only = fields
        checker.check()
        return (checker.operation, checker.diagnostics)
    }

    private func selected(_ name: String) -> Bool {
        guard let only else { return true }
        return only.contains(String(name.prefix { $0 != "." }))
    }

    private static func merged(_ earlier: [String]?, _ found: [String]) -> [String] {
        var result = earlier ?? []
        for name in found where !result.contains(name) { result.append(name) }
        return result
    }

    private mutating func warn(_ message: String, at location: SourceLocation) {
        // Elements of one array often repeat a finding at the same place: reported once.
        let diagnostic = Diagnostic(.warning, message, at: location)
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    /// The line at or after `start` that contains `needle`, for precise locations.
    private func locate(_ needle: String, from start: SourceLocation) -> SourceLocation {
        var line = start.line
        while line <= lines.count, line < start.line + 400 {
            let text = lines[line - 1]
            if let range = text.rangeOfBytes(needle) {
                return SourceLocation(file: start.file, line: line, column: text.utf8.distance(from: text.startIndex, to: range.lowerBound) + 1)
            }
            line += 1
        }
        return start
    }

    // MARK: - Requests

    private mutating func checkRequest(_ parameters: [ExampleParameter], skipping reported: Set<String> = [], at source: SourceLocation) {
        for parameter in parameters where !reported.contains(parameter.name) {
            let path = parameter.name.split(separator: ".").map { NameCell.isArrayMarker(String($0)) ? "n" : String($0) }
            let location = locate(parameter.name + "=", from: source)
            guard let field = Self.find(path, in: operation.input) else {
                undocumented.append(parameter.name)
                if let similar = Self.find(path, in: operation.input, caseInsensitive: true) {
                    warn("example passes '\(parameter.name)', but the input table writes '\(similar.name)'", at: location)
                } else {
                    warn("example passes '\(parameter.name)', which the input table does not document", at: location)
                }
                continue
            }
            // A structure whose members are on another page: checked once they are known.
            if field.ref != nil, (field.fields ?? []).isEmpty { continue }
            if Self.hasMembers(field) {
                // `metric={…}` for a member table: the generated type reads the members, not one value.
                undocumented.append(parameter.name)
                warn("example passes '\(parameter.name)' as one value, but the table documents its members", at: location)
                continue
            }
            checkValue(parameter.value, of: field, name: parameter.name, at: location)
        }
        checkRequired(operation.input.filter { selected($0.name) }, prefix: "", given: parameters.map(\.name), at: source)
    }

    private mutating func checkValue(_ value: String, of field: Field, name: String, at location: SourceLocation) {
        if [.integer, .number, .boolean].contains(field.type), !Self.reads(value, as: field.type) {
            unreadable.append(name)
        }
        if Self.isRawJSON(field), case .failure = JSONReader.parse(value) {
            // The generated type holds such a member as JSON, and the text is not JSON.
            unreadable.append(name)
            warn("example value of '\(name)' is not JSON, which the member holds", at: location)
        }
        switch field.type {
        case .integer where Int64(value) == nil:
            warn("example value '\(value)' of '\(name)' is not an integer, but the table types it \(field.documentedType ?? "Int")", at: location)
        case .number where Double(value) == nil:
            warn("example value '\(value)' of '\(name)' is not a number", at: location)
        case .boolean where !["true", "false", "0", "1"].contains(value.lowercased()):
            warn("example value '\(value)' of '\(name)' is not a boolean", at: location)
        default:
            if let values = field.enum, !values.contains(where: { $0.value == value }) {
                warn("example value '\(value)' of '\(name)' is not one of the documented values", at: location)
            }
        }
    }

    /// Whether a parameter's text reads as a number or boolean, as the runtime reads it.
    static func reads(_ value: String, as type: FieldType) -> Bool {
        switch type {
        case .integer: return Int(value) != nil
        case .number: return Double(value) != nil
        case .boolean: return ["true", "false", "0", "1"].contains(value.lowercased())
        default: return true
        }
    }

    /// Whether the generated type reads the field as members (an object with member rows, an
    /// array, a map) rather than as one value.
    static func hasMembers(_ field: Field) -> Bool {
        switch field.type {
        case .object: return !(field.fields ?? []).isEmpty || field.ref != nil
        case .array, .map: return true
        default: return false
        }
    }

    /// Whether the generated type holds the field as raw JSON (`JSONPayload`).
    static func isRawJSON(_ field: Field) -> Bool {
        field.type == .json || (field.type == .object && (field.fields ?? []).isEmpty && field.ref == nil)
    }

    /// Required parameters the example leaves out; members of objects and array elements only
    /// when the example gives their parent.
    private mutating func checkRequired(_ fields: [Field], prefix: String, given: [String], at source: SourceLocation) {
        for field in fields {
            let name = prefix + field.name
            // A value the generated type reads as one parameter is given only by its exact name.
            let present = given.filter { $0 == name || (Self.hasMembers(field) && $0.hasPrefix(name + ".")) }
            if present.isEmpty {
                if field.required {
                    omitted.append(name)
                    warn("example omits the required parameter '\(name)'", at: source)
                }
                continue
            }
            switch field.type {
            case .object:
                checkRequired(field.fields ?? [], prefix: name + ".", given: present, at: source)
            case .array:
                guard let item = field.item, item.type == .object else { continue }
                var indexes: [String] = []
                for parameter in present {
                    let rest = parameter.dropFirst(name.count + 1)
                    let index = String(rest.prefix { $0 != "." })
                    if !index.isEmpty, index.allSatisfy(\.isNumber), !indexes.contains(index) { indexes.append(index) }
                }
                for index in indexes {
                    checkRequired(item.fields ?? [], prefix: "\(name).\(index).", given: present, at: source)
                }
            default:
                break
            }
        }
    }

    /// The field at a path of names (`n` steps into an array's element).
    static func find(_ path: [String], in fields: [Field], caseInsensitive: Bool = false) -> Field? {
        guard let first = path.first else { return nil }
        let match = fields.first { caseInsensitive ? $0.name.lowercased() == first.lowercased() : $0.name == first }
        guard var field = match else { return nil }
        var rest = path.dropFirst()
        while let next = rest.first {
            if next == "n" {
                guard let item = field.item else { return nil }
                field = item
            } else if field.type == .map, let value = field.valueField {
                field = value  // `labels.app=web`: any key reaches the map's value
            } else {
                // An array's members are reached through an index (`x.0.y`), never directly.
                guard field.type != .array else { return nil }
                // A structure's members are on another page: known after resolving.
                if field.ref != nil, (field.fields ?? []).isEmpty { return field }
                let members = field.fields ?? []
                guard let member = members.first(where: { caseInsensitive ? $0.name.lowercased() == next.lowercased() : $0.name == next }) else { return nil }
                field = member
            }
            rest = rest.dropFirst()
        }
        return field
    }

    // MARK: - Responses

    private mutating func checkResponse(_ value: JSONValue, fields: [Field], path: String, at source: SourceLocation, topLevel: Bool) {
        guard case .object(let members) = value else { return }
        for member in members where !topLevel || selected(member.key) {
            let memberPath = path.isEmpty ? member.key : path + "." + member.key
            guard let field = fields.first(where: { $0.name == member.key }) else {
                if topLevel && envelope.members.contains(member.key) { continue }
                warn("example response has '\(memberPath)', which the output table does not document", at: locate("\"\(member.key)\"", from: source))
                continue
            }
            checkType(member.value, of: field, path: memberPath, at: source)
        }
    }

    private mutating func checkType(_ value: JSONValue, of field: Field, path: String, at source: SourceLocation) {
        let location = { [self] in locate("\"\(path.split(separator: ".").last.map(String.init) ?? path)\"", from: source) }
        switch (field.type, value) {
        case (_, .null):
            return
        case (.object, .object):
            if let members = field.fields, !members.isEmpty {
                checkResponse(value, fields: members, path: path, at: source, topLevel: false)
            }
        case (.array, .array(let elements)):
            guard let item = field.item else { return }
            for element in elements.prefix(3) {
                checkType(element, of: item, path: path + ".n", at: source)
            }
        case (.integer, .number), (.number, .number), (.string, .string), (.datetime, .string), (.json, .string),
             (.boolean, .bool), (.json, _):
            return
        case (.object, _) where field.fields == nil || field.fields?.isEmpty == true:
            return
        case (.integer, .string(let text)), (.number, .string(let text)):
            if Double(text) == nil {
                warn("example response gives '\(path)' as the string \"\(text.prefix(30))\", but the table types it a number", at: location())
            }
        case (.boolean, .number):
            return
        default:
            warn("example response gives '\(path)' as \(value.kindName), but the table types it \(field.documentedType ?? field.type.rawValue)", at: location())
        }
    }
}
