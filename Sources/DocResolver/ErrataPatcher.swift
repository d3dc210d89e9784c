import APISchema
import DocgenConfig

/// Applies docgen.yaml errata to the operations: each entry names a field by schema path
/// (`AddVpnConnEx input.IKESet`) and says what to change and why. The reason is kept on the
/// field (`errata`), so the IR and the generated doc comments say what was corrected. An entry
/// whose path matches nothing is an error at the entry's line: a stale erratum must not pass
/// silently when the docs change. One that matches but changes nothing (the docs, or the
/// generator's own rules, already say what it says) is a warning: it can go.
struct ErrataPatcher {
    private let errata: [Erratum]
    private var used: Set<Int> = []
    private var changing: Set<Int> = []

    init(errata: [Erratum]) { self.errata = errata }

    mutating func apply(to operation: APISchema.Operation) -> APISchema.Operation {
        var operation = operation
        for (index, erratum) in errata.enumerated() {
            guard let target = erratum.target, target.action == operation.action else { continue }
            var changed = false
            let found = switch target.side {
            case .input: Self.patch(&operation.input, target.names[...], erratum, changed: &changed)
            case .output: Self.patch(&operation.output, target.names[...], erratum, changed: &changed)
            }
            if found { used.insert(index) }
            if changed { changing.insert(index) }
        }
        return operation
    }

    /// Errors for the entries that matched no field, warnings for those that changed nothing.
    func finish() -> [Diagnostic] {
        errata.enumerated().compactMap { index, erratum in
            let at = erratum.source ?? SourceLocation(file: ConfigLoader.fileName, line: 1, column: 1)
            if !used.contains(index) { return Diagnostic(.error, "erratum for \(ConfigError.excerpt(erratum.path)) matches no operation field", at: at) }
            if !changing.contains(index) {
                return Diagnostic(.warning, "erratum for \(ConfigError.excerpt(erratum.path)) changes nothing (the field already is what it says); remove it", at: at)
            }
            return nil
        }
    }

    /// Finds the field at `names` below `fields` (`n` steps into an array's element) and patches it.
    /// `changed` is set when the patch changed the field beyond noting the erratum's reason.
    private static func patch(_ fields: inout [Field], _ names: ArraySlice<String>, _ erratum: Erratum, changed: inout Bool) -> Bool {
        guard let name = names.first, let index = fields.firstIndex(where: { $0.name == name }) else { return false }
        let rest = names.dropFirst()
        if rest.isEmpty {
            fields[index] = patched(fields[index], erratum, changed: &changed)
            return true
        }
        var field = fields[index]
        var found = false
        if rest.first == "n", var item = field.item {
            if rest.count == 1 {
                item = patched(item, erratum, changed: &changed)
                found = true
            } else if var members = item.fields {
                found = patch(&members, rest.dropFirst(), erratum, changed: &changed)
                item.fields = members
            }
            field.item = item
        } else if var members = field.fields {
            found = patch(&members, rest, erratum, changed: &changed)
            field.fields = members
        }
        fields[index] = field
        return found
    }

    private static func patched(_ field: Field, _ erratum: Erratum, changed: inout Bool) -> Field {
        let before = field
        var field = field
        if let name = erratum.swiftName { field.swiftName = name }
        if let type = erratum.type, type != field.type {
            field.documentedType = field.documentedType ?? field.type.rawValue
            field.type = type
            if type == .array, field.item == nil { field.item = Field(name: "n", type: .string, source: field.source) }
            if type != .array { field.items = nil }
            if type != .object { field.fields = nil }
        }
        if let secret = erratum.secret { field.secret = secret }
        if let required = erratum.required { field.required = required }
        if let values = erratum.values, values != (field.enum ?? []).map(\.value) {
            field.enum = values.isEmpty ? nil : values.map { EnumValue(value: $0) }
        }
        if field != before { changed = true }
        field.errata = (field.errata ?? []) + [erratum.reason]
        return field
    }
}
