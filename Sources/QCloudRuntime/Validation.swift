/// One broken rule of a request: where (the wire path) and which rule.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// The rules a generated `validate()` checks.
    public enum Rule: String, Sendable, Hashable {
        case required, `enum`, range, maxLength, minLength, maxItems, requiredIf, atLeastOne
    }

    /// The wire path (`IKESet.ikeSaLifetimeSeconds`, `subnetSet.0.subnetName`).
    public var path: String
    /// The rule.
    public var rule: Rule
    /// A short explanation naming the bound, never the whole value.
    public var message: String

    /// Creates an issue.
    public init(path: String, rule: Rule, message: String) {
        self.path = path
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Every issue of a request, thrown by `validate()` before anything is sent.
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// All issues, in the order of the request's members.
    public var issues: [ValidationIssue]

    /// Creates the error.
    public init(issues: [ValidationIssue]) { self.issues = issues }

    public var description: String {
        "invalid request: " + issues.map(\.description).joined(separator: "; ")
    }
}

/// Collects issues while a generated `validate()` walks a request.
public struct Validator: Sendable {
    /// The issues found so far.
    public private(set) var issues: [ValidationIssue] = []

    /// Creates an empty validator.
    public init() {}

    /// The wire path of a member under `path`.
    public static func path(_ path: String, _ name: String) -> String { path.isEmpty ? name : path + "." + name }

    /// Throws ``ValidationError`` when any issue was found.
    public func finish() throws {
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }

    /// Records an issue.
    public mutating func report(_ path: String, _ rule: ValidationIssue.Rule, _ message: String) {
        issues.append(ValidationIssue(path: path, rule: rule, message: message))
    }

    /// A required string must not be empty.
    public mutating func required(_ value: String, _ path: String) {
        if value.isEmpty { report(path, .required, "is required") }
    }

    /// A required array must not be empty.
    public mutating func required<Element>(_ value: [Element], _ path: String) {
        if value.isEmpty { report(path, .required, "is required") }
    }

    /// A documented value list.
    public mutating func documented<Value: DocumentedValue>(_ value: Value?, _ path: String) {
        guard let value, !value.isDocumented else { return }
        report(path, .enum, "'\(value.rawValue.prefix(40))' is not one of \(Value.documentedValues.map(\.rawValue).joined(separator: ", "))")
    }

    /// An inclusive numeric range.
    public mutating func range<Number: BinaryInteger>(_ value: Number?, _ path: String, min: Number?, max: Number?) {
        guard let value else { return }
        if let min, value < min { report(path, .range, "must be at least \(min)") }
        if let max, value > max { report(path, .range, "must be at most \(max)") }
    }

    /// An inclusive numeric range for decimal numbers.
    public mutating func range(_ value: Double?, _ path: String, min: Double?, max: Double?) {
        guard let value else { return }
        if let min, value < min { report(path, .range, "must be at least \(min)") }
        if let max, value > max { report(path, .range, "must be at most \(max)") }
    }

    /// A length in characters.
    public mutating func length(_ value: String?, _ path: String, min: Int?, max: Int?) {
        guard let value else { return }
        if let min, value.count < min { report(path, .minLength, "must have at least \(min) characters") }
        if let max, value.count > max { report(path, .maxLength, "must have at most \(max) characters (has \(value.count))") }
    }

    /// The number of elements of an array.
    public mutating func count<Element>(_ value: [Element]?, _ path: String, max: Int) {
        guard let value, value.count > max else { return }
        report(path, .maxItems, "must have at most \(max) \(max == 1 ? "element" : "elements") (has \(value.count))")
    }

    /// `field` is required when `condition` holds.
    public mutating func requiredIf(_ present: Bool, _ path: String, when condition: Bool, _ explanation: String) {
        if condition && !present { report(path, .requiredIf, "is required when \(explanation)") }
    }

    /// At least one of several members must be given.
    public mutating func atLeastOne(_ present: [Bool], _ paths: [String]) {
        if !present.contains(true) {
            report(paths.joined(separator: ", "), .atLeastOne, "give at least one of \(paths.joined(separator: ", "))")
        }
    }
}

/// What generated request types do to check themselves.
public protocol Validatable {
    /// Records every issue under `path`.
    func validate(into validator: inout Validator, at path: String)
}

extension Validatable {
    /// Checks the whole value and throws ``ValidationError`` listing every issue.
    public func validate() throws {
        var validator = Validator()
        validate(into: &validator, at: "")
        try validator.finish()
    }
}

extension Array where Element: Validatable {
    /// Validates each element at `path.index`.
    public func validate(into validator: inout Validator, at path: String) {
        for (index, element) in enumerated() { element.validate(into: &validator, at: "\(path).\(index)") }
    }
}

extension Validator {
    /// A documented list of integer values.
    public mutating func oneOf(_ value: Int?, _ path: String, _ allowed: [Int]) {
        guard let value, !allowed.contains(value) else { return }
        report(path, .enum, "\(value) is not one of \(allowed.map(String.init).joined(separator: ", "))")
    }
}
