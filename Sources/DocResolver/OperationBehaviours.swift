import APISchema
import DocgenConfig

/// What the generated client does around a call, beyond sending it: paging (found from the
/// tables by ``PaginationRule``), and retries and waiters (stated in docgen.yaml, checked here
/// against the tables).
public enum OperationBehaviours {
    /// `operations` with docgen.yaml's `retries` and `waiters` applied (paging is found for every
    /// page earlier, ``PaginationRule``);
    /// settings naming actions, members or parameters that do not exist are errors at the entry
    /// (at `config` for an entry made in code).
    public static func apply(to operations: [APISchema.Operation], retries: [RetrySetting], waiters: [WaiterSetting],
                             config: SourceLocation) -> (operations: [APISchema.Operation], diagnostics: [Diagnostic]) {
        var operations = operations
        var diagnostics: [Diagnostic] = []
        let actions = Set(operations.map(\.action))
        for setting in retries {
            guard actions.contains(setting.action) else {
                diagnostics.append(Diagnostic(.error, "docgen.yaml retries: no operation \(setting.action) in this module", at: setting.source ?? config))
                continue
            }
            for index in operations.indices where operations[index].action == setting.action {
                operations[index].retriesAmbiguousFailures = setting.ambiguous
            }
        }
        for setting in waiters {
            let problem = check(setting, operations)
            if let problem {
                diagnostics.append(Diagnostic(.error, "docgen.yaml waiters (\(setting.action)): \(problem)", at: setting.source ?? config))
                continue
            }
            let waiter = TaskWaiter(taskId: path(setting.taskId), poll: setting.poll, pollParameter: setting.pollParameter,
                                    status: path(setting.status), success: setting.success, failure: setting.failure,
                                    pending: setting.pending ?? [])
            for index in operations.indices where operations[index].action == setting.action { operations[index].waiter = waiter }
        }
        return (operations, diagnostics)
    }

    private static func path(_ dotted: String) -> [String] {
        dotted.split(separator: ".").map(String.init)
    }

    /// What is wrong with a waiter setting, or nil.
    private static func check(_ setting: WaiterSetting, _ operations: [APISchema.Operation]) -> String? {
        guard let started = operations.first(where: { $0.action == setting.action }) else { return "no operation \(setting.action) in this module" }
        guard let poll = operations.first(where: { $0.action == setting.poll }) else { return "no polling operation \(setting.poll) in this module" }
        guard let taskId = member(path(setting.taskId), in: started.output), [.integer, .string].contains(taskId.type) else {
            return "\(setting.action)'s response has no integer or string member \(setting.taskId)"
        }
        guard let parameter = poll.input.first(where: { $0.name == setting.pollParameter }), parameter.type == taskId.type else {
            return "\(setting.poll) has no top-level parameter \(setting.pollParameter) of the task id's type"
        }
        if let other = poll.input.first(where: { $0.required && $0.name != setting.pollParameter }) {
            return "\(setting.poll) requires \(other.name) besides the task id"
        }
        guard let status = member(path(setting.status), in: poll.output), [.integer, .string].contains(status.type) else {
            return "\(setting.poll)'s response has no integer or string member \(setting.status)"
        }
        if status.type == .integer, let bad = (setting.success + setting.failure + (setting.pending ?? [])).first(where: { Int($0) == nil }) {
            return "status value \(bad) is not an integer, as \(setting.status) is"
        }
        return nil
    }

    /// The field at a path of wire names through objects.
    static func member(_ path: [String], in fields: [Field]) -> Field? {
        guard let head = path.first, let field = fields.first(where: { $0.name == head }) else { return nil }
        if path.count == 1 { return field }
        return member(Array(path.dropFirst()), in: field.fields ?? [])
    }
}

/// The rule that finds offset/limit paging in an operation's tables:
/// - the request has top-level integer parameters named `offset` and `limit` (any case);
/// - the response has a level, the top or one object member of it (`data`), holding exactly
///   one integer member named `totalCount`, `total` or `totalNum` (any case) and exactly one
///   array. The top level is tried first;
/// - the offset is not described as a page number (`起始页`, `页码`, `page number`): such an
///   operation pages by page, not by item, and gets no paginator.
public enum PaginationRule {
    /// The names a total goes by (lower case).
    public static let totalNames: Set<String> = ["totalcount", "total", "totalnum"]
    /// Words that make an `offset` a page number (vpc DescribeAcl: `offset | 起始页`).
    public static let pageNumberWords = ["起始页", "页码", "第几页", "page number", "page index"]

    /// The operation's paging, or nil when the rule does not hold.
    public static func find(_ operation: APISchema.Operation) -> Pagination? {
        func parameter(_ name: String) -> Field? {
            operation.input.first { $0.name.lowercased() == name && $0.type == .integer }
        }
        guard let offset = parameter("offset"), let limit = parameter("limit") else { return nil }
        let described = (offset.description + " " + (offset.descriptionEn ?? "")).lowercased()
        if pageNumberWords.contains(where: { described.contains($0) }) { return nil }
        var levels: [([String], [Field])] = [([], operation.output)]
        for field in operation.output where field.type == .object {
            if let members = field.fields, !members.isEmpty { levels.append(([field.name], members)) }
        }
        for (prefix, fields) in levels {
            let totals = fields.filter { totalNames.contains($0.name.lowercased()) && $0.type == .integer }
            let lists = fields.filter { $0.type == .array }
            if totals.count == 1, lists.count == 1 {
                return Pagination(offset: offset.name, limit: limit.name, total: prefix + [totals[0].name], items: prefix + [lists[0].name])
            }
        }
        return nil
    }
}
