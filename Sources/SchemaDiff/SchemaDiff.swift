import APISchema

/// Compares two schemas operation by operation and field by field.
public enum SchemaDiff {
    /// Every change from `old` to `new`, breaking first, then by operation and path.
    public static func changes(from old: [APISchema.Operation], to new: [APISchema.Operation]) -> [Change] {
        var changes: [Change] = []
        let oldByAction = firstByAction(old)
        let newByAction = firstByAction(new)
        for (action, before) in oldByAction where newByAction[action] == nil {
            changes.append(Change(.breaking, action, "", "operation removed", old: before.source, new: nil))
        }
        for (action, after) in newByAction {
            guard let before = oldByAction[action] else {
                changes.append(Change(.additive, action, "", "operation added", old: nil, new: after.source))
                continue
            }
            changes += OperationDiff(old: before, new: after).changes()
        }
        return changes.sorted { ($0.kind, $0.operation, $0.path, $0.message) < ($1.kind, $1.operation, $1.path, $1.message) }
    }

    private static func firstByAction(_ operations: [APISchema.Operation]) -> [String: APISchema.Operation] {
        var result: [String: APISchema.Operation] = [:]
        for operation in operations where result[operation.action] == nil { result[operation.action] = operation }
        return result
    }
}

/// The changes of one operation.
struct OperationDiff {
    let old: APISchema.Operation
    let new: APISchema.Operation
    private var found: [Change] = []

    init(old: APISchema.Operation, new: APISchema.Operation) {
        self.old = old
        self.new = new
    }

    func changes() -> [Change] {
        var diff = self
        diff.compare()
        return diff.found
    }

    private mutating func add(_ kind: Change.Kind, _ path: String, _ message: String, _ before: SourceLocation?, _ after: SourceLocation?) {
        found.append(Change(kind, new.action, path, message, old: before, new: after))
    }

    private mutating func compare() {
        if old.host != new.host || old.path != new.path {
            add(.breaking, "", "endpoint changed from \(old.host)\(old.path) to \(new.host)\(new.path)", old.source, new.source)
        }
        if old.summary != new.summary || old.description != new.description {
            add(.documentation, "", "description changed", old.source, new.source)
        }
        compareFields(old.input, new.input, prefix: "input", isInput: true, parentGiven: true)
        compareFields(old.output, new.output, prefix: "output", isInput: false, parentGiven: true)
        compareRules()
        compareErrors()
        if old.examples.map(\.request) != new.examples.map(\.request) || old.examples.map(\.response) != new.examples.map(\.response) {
            add(.documentation, "examples", "examples changed", old.examples.first?.requestSource ?? old.source,
                new.examples.first?.requestSource ?? new.source)
        }
    }

    // MARK: - Fields

    private mutating func compareFields(_ before: [Field], _ after: [Field], prefix: String, isInput: Bool, parentGiven: Bool) {
        var removed = before.filter { field in !after.contains { $0.name == field.name } }
        var added = after.filter { field in !before.contains { $0.name == field.name } }
        // A field that disappears while one of the same type, and the same name but for case or the
        // same description, appears beside it was renamed.
        for field in removed {
            guard let index = added.firstIndex(where: { $0.type == field.type
                && ($0.name.lowercased() == field.name.lowercased() || (!field.description.isEmpty && $0.description == field.description)) }) else { continue }
            let renamed = added.remove(at: index)
            removed.removeAll { $0.name == field.name }
            add(.breaking, "\(prefix).\(field.name)", "renamed to \(renamed.name)", field.source, renamed.source)
        }
        for field in removed {
            add(.breaking, "\(prefix).\(field.name)", "\(isInput ? "parameter" : "field") removed", field.source, nil)
        }
        for field in added {
            if isInput && field.required && parentGiven {
                add(.breaking, "\(prefix).\(field.name)", "required parameter added", nil, field.source)
            } else {
                add(.additive, "\(prefix).\(field.name)", "\(field.required && isInput ? "required member" : "optional \(isInput ? "parameter" : "field")") added", nil, field.source)
            }
        }
        for field in before {
            guard let other = after.first(where: { $0.name == field.name }) else { continue }
            compareField(field, other, path: "\(prefix).\(field.name)", isInput: isInput)
        }
    }

    private mutating func compareField(_ before: Field, _ after: Field, path: String, isInput: Bool) {
        let (a, b) = (before.source, after.source)
        if before.type != after.type {
            add(.breaking, path, "type changed from \(before.type.rawValue) to \(after.type.rawValue)", a, b)
            return
        }
        if isInput && before.required != after.required {
            if after.required {
                add(.breaking, path, "optional became required", a, b)
            } else {
                add(.additive, path, "required became optional", a, b)
            }
        }
        if before.description != after.description {
            add(.documentation, path, "description changed", a, b)
        }
        compareConstraints(before, after, path: path, isInput: isInput)
        if before.type == .array, let x = before.item, let y = after.item {
            if x.type != y.type {
                add(.breaking, path, "element type changed from \(x.type.rawValue) to \(y.type.rawValue)", a, b)
            } else {
                compareConstraints(x, y, path: path + ".n", isInput: isInput)
                compareFields(x.fields ?? [], y.fields ?? [], prefix: path + ".n", isInput: isInput, parentGiven: false)
            }
        }
        if before.type == .object {
            compareFields(before.fields ?? [], after.fields ?? [], prefix: path, isInput: isInput, parentGiven: before.required)
        }
    }

    private mutating func compareConstraints(_ before: Field, _ after: Field, path: String, isInput: Bool) {
        let (a, b) = (before.source, after.source)
        let oldValues = (before.enum ?? []).map(\.value)
        let newValues = (after.enum ?? []).map(\.value)
        if !oldValues.isEmpty || !newValues.isEmpty {
            if oldValues.isEmpty {
                add(isInput ? .breaking : .additive, path, "now limited to \(newValues.joined(separator: ", "))", a, b)
            } else if newValues.isEmpty {
                add(isInput ? .additive : .breaking, path, "no longer limited to listed values", a, b)
            } else {
                for value in oldValues where !newValues.contains(value) { add(.breaking, path, "enum value \(value) removed", a, b) }
                for value in newValues where !oldValues.contains(value) { add(.additive, path, "enum value \(value) added", a, b) }
            }
        }
        if before.default != after.default {
            add(.documentation, path, "default changed from \(before.default ?? "none") to \(after.default ?? "none")", a, b)
        }
        compareBound("minimum", before.minimum, after.minimum, lowerBound: true, path: path, a, b)
        compareBound("maximum", before.maximum, after.maximum, lowerBound: false, path: path, a, b)
        compareBound("minLength", before.minLength.map(Double.init), after.minLength.map(Double.init), lowerBound: true, path: path, a, b)
        compareBound("maxLength", before.maxLength.map(Double.init), after.maxLength.map(Double.init), lowerBound: false, path: path, a, b)
        compareBound("maxItems", before.maxItems.map(Double.init), after.maxItems.map(Double.init), lowerBound: false, path: path, a, b)
    }

    /// A bound added, or moved inwards, narrows what is accepted: breaking. Removed or moved
    /// outwards widens it: additive.
    private mutating func compareBound(_ name: String, _ before: Double?, _ after: Double?, lowerBound: Bool, path: String,
                                       _ a: SourceLocation?, _ b: SourceLocation?) {
        guard before != after else { return }
        let text = { (value: Double?) in value.map { $0 == $0.rounded() ? String(Int64($0)) : String($0) } ?? "none" }
        let narrowed: Bool
        switch (before, after) {
        case (nil, _?): narrowed = true
        case (_?, nil): narrowed = false
        case (let x?, let y?): narrowed = lowerBound ? y > x : y < x
        default: return
        }
        add(narrowed ? .breaking : .additive, path, "\(name) \(narrowed ? "narrowed" : "widened") from \(text(before)) to \(text(after))", a, b)
    }

    // MARK: - Rules and errors

    private mutating func compareRules() {
        let key = { (rule: Rule) -> String in
            rule.kind == .atLeastOne ? "atLeastOne(\((rule.fields ?? []).sorted().joined(separator: ", ")))"
                : "requiredIf(\(rule.field ?? "") when \(rule.when ?? "") = \(rule.equals ?? ""))"
        }
        let before = Set(old.rules.map(key))
        let after = Set(new.rules.map(key))
        for rule in new.rules where !before.contains(key(rule)) {
            add(.breaking, "rules", "new rule \(key(rule))", nil, rule.source)
        }
        for rule in old.rules where !after.contains(key(rule)) {
            add(.additive, "rules", "rule \(key(rule)) removed", rule.source, nil)
        }
    }

    private mutating func compareErrors() {
        let before = Set(old.errors.map(\.code))
        let after = Set(new.errors.map(\.code))
        for error in new.errors where !before.contains(error.code) {
            add(.additive, "errors", "error code \(error.code) added", nil, error.source)
        }
        for error in old.errors where !after.contains(error.code) {
            add(.breaking, "errors", "error code \(error.code) removed", error.source, nil)
        }
        for error in new.errors {
            if let previous = old.errors.first(where: { $0.code == error.code }), previous.description != error.description {
                add(.documentation, "errors", "description of \(error.code) changed", previous.source, error.source)
            }
        }
    }
}
