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

/// The rule that finds paging in an operation's tables, for the shapes the docs use:
/// - **the request** has an offset and a limit, top-level integers (or numbers written as
///   strings, API 3.0 VPC's `Offset`): an item offset `offset` with `limit`, `length` or `rows`;
///   or a page number (`page`, `pageNo`, `pageNum`, `pageNumber`, `pageIndex`, or an `offset`
///   described as one: `起始页`, `页码`) with `pageSize`, `limit`, `rows` or `size`. Page numbers
///   start at 1 unless the description says 0 (`从0开始`, `starting from 0`);
/// - **the response** has exactly one array in its top level and the members of its object
///   members (`data`), the items; and at most one total there, an integer (or a number written
///   as a string) named `total`, `totalCount`, `totalNum`, `totalCnt` or `total_count`, or
///   ending so (`taskTotalCount`, `domain_total`), the one of exactly those names where there
///   are several; a total named for what it counts (`taskTotalCount`, `record_total`) counts the
///   items only when their name says the same (`tasks`; not `dnspod_ns`). Total and items may be
///   at different levels. Without a total the walk ends at a page shorter than the limit.
public enum PaginationRule {
    /// Item offsets and their limits (lower case).
    public static let itemOffsets: Set<String> = ["offset"]
    public static let itemLimits: Set<String> = ["limit", "length", "rows"]
    /// Page numbers and their sizes (lower case).
    public static let pageNumbers: Set<String> = ["page", "pageno", "pagenum", "pagenumber", "pageindex"]
    public static let pageSizes: Set<String> = ["pagesize", "limit", "rows", "size"]
    /// The names a total goes by (lower case, `_` removed), and their endings.
    public static let totalNames: Set<String> = ["totalcount", "total", "totalnum", "totalcnt"]
    /// Words that make an `offset` a page number (vpc DescribeAcl: `offset | 起始页`).
    public static let pageNumberWords = ["起始页", "页码", "第几页", "分页号", "page number", "page index"]
    /// Words that make page numbers start at 0.
    public static let zeroBasedWords = ["从0开始", "从 0 开始", "starting from 0", "starts from 0", "starts at 0", "0-based", "0表示第一页"]

    /// The operation's paging, or nil when the rule does not hold.
    public static func find(_ operation: APISchema.Operation) -> Pagination? {
        func isNumber(_ field: Field) -> Bool { field.type == .integer || (field.type == .string && field.enum == nil) }
        func parameter(_ names: Set<String>) -> Field? {
            let found = operation.input.filter { names.contains($0.name.lowercased()) && isNumber($0) }
            return found.count == 1 ? found[0] : nil
        }
        func text(_ field: Field) -> String { (field.description + " " + (field.descriptionEn ?? "")).lowercased() }
        var offset: Field
        var limit: Field
        var firstPage: Int?
        if let item = parameter(itemOffsets), let itemLimit = parameter(itemLimits) ?? parameter(pageSizes) {
            (offset, limit) = (item, itemLimit)
            if pageNumberWords.contains(where: { text(item).contains($0) }) { firstPage = 1 }
        } else if let page = parameter(pageNumbers), let size = parameter(pageSizes) {
            (offset, limit, firstPage) = (page, size, 1)
        } else {
            return nil
        }
        if firstPage != nil, zeroBasedWords.contains(where: { text(offset).contains($0) }) { firstPage = 0 }
        // Item offsets are integers in their own right; a number written as a string is one only
        // where both are strings (API 3.0 VPC's Offset and Limit).
        if offset.type != limit.type { return nil }

        var levels: [(prefix: [String], fields: [Field])] = [([], operation.output)]
        for field in operation.output where field.type == .object {
            if let members = field.fields, !members.isEmpty { levels.append(([field.name], members)) }
        }
        func lists(_ levels: [(prefix: [String], fields: [Field])]) -> [[String]] {
            levels.flatMap { level in level.fields.filter { $0.type == .array }.map { level.prefix + [$0.name] } }
        }
        /// The one total among `levels`' members (the one of an exact name where there are several);
        /// `integers`: integers only.
        func total(_ levels: [(prefix: [String], fields: [Field])], integers: Bool = false) -> (path: [String]?, count: Int) {
            let totals = levels.flatMap { level in
                level.fields.filter { isTotal($0.name) && (integers ? $0.type == .integer : isNumber($0)) }
                    .map { (path: level.prefix + [$0.name], exact: totalNames.contains(key($0.name))) }
            }
            let exact = totals.filter(\.exact)
            return (totals.count == 1 ? totals[0].path : exact.count == 1 ? exact[0].path : nil, totals.count)
        }
        // A level holding both, the top first, an integer total before a number written as a
        // string; else the two anywhere (each the only one).
        for integers in [true, false] {
            for level in levels {
                let found = total([level], integers: integers)
                if let path = found.path, let items = lists([level]).first, lists([level]).count == 1,
                   let totalName = path.last, let itemsName = items.last, counts(total: totalName, items: itemsName) {
                    return Pagination(offset: offset.name, limit: limit.name, total: path, items: items, firstPage: firstPage)
                }
            }
        }
        let everywhere = lists(levels)
        guard everywhere.count == 1 else { return nil }
        let found = total(levels)
        if found.path == nil, found.count > 0 { return nil }
        if let totalName = found.path?.last, let itemsName = everywhere[0].last, !counts(total: totalName, items: itemsName) { return nil }
        return Pagination(offset: offset.name, limit: limit.name, total: found.path, items: everywhere[0], firstPage: firstPage)
    }

    /// Whether a total counts a list: a total named for what it counts (`taskTotalCount`,
    /// `record_total`) counts a list whose name holds that word (`tasks`).
    static func counts(total: String, items: String) -> Bool {
        var stem = key(total)
        for name in totalNames.sorted(by: { $0.count > $1.count }) where stem.hasSuffix(name) {
            stem.removeLast(name.count)
            break
        }
        return stem.isEmpty || key(items).contains(stem)
    }

    /// A name lower-cased without `_`.
    private static func key(_ name: String) -> String { name.lowercased().filter { $0 != "_" } }

    /// Whether a member's name says it is the total: one of ``totalNames`` or ending in one.
    static func isTotal(_ name: String) -> Bool {
        let name = key(name)
        return totalNames.contains { name == $0 || name.hasSuffix($0) }
    }
}
