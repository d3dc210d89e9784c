import APISchema
import DocgenFind

/// Builds an operation's paginator and waiter methods from its ``Pagination`` and
/// ``TaskWaiter``, naming members as the request and response structs do.
struct BehavioursBuilder {
    let client: String
    let language: ModuleSpec.DocLanguage
    let models: [String: String]
    /// The module's operations by action (the waiter's polling action is one of them).
    let operations: [String: APISchema.Operation]
    private(set) var diagnostics: [Diagnostic] = []

    init(client: String, language: ModuleSpec.DocLanguage, models: [String: String], operations: [String: APISchema.Operation]) {
        self.client = client
        self.language = language
        self.models = models
        self.operations = operations
    }

    /// The view, or nil when the operation has neither behaviour.
    mutating func build(_ operation: APISchema.Operation, method: String, request: StructView, response: StructView) -> BehavioursView? {
        let type = SwiftNaming.typeName(operation.action)
        var view = BehavioursView(client: client, paginators: [], waiters: [])
        // The flattened call, unless a member is called `options` like the call's own argument.
        if !request.properties.contains(where: { SwiftNaming.bare($0.label) == "options" }) {
            let inner = Set(request.nested.map(\.name) + request.valueLists.map(\.name))
            view.flattened = [.init(action: operation.action, method: method, type: type, parameters: request.properties.map { property in
                .init(label: property.label, argumentLabel: SwiftNaming.bare(property.label), swiftType: Self.qualifying(property.swiftType, names: inner, in: type + ".Request"),
                      optional: property.optional, parameterDoc: property.parameterDoc, last: property.last)
            }, deprecated: SwiftGenerator.deprecation(operation))]
        }
        if let paging = operation.pagination {
            let property = { (wire: String) in request.properties.first { $0.wireLiteral == SwiftNaming.literal(wire) } }
            // No total: the closure answers nil. A total named but not readable: no paginator.
            var totalRead: String? = "_ in nil"
            if let path = paging.total {
                totalRead = Self.access(path, in: response).flatMap { Self.numberRead("$0" + $0.expression, type: $0.type, optional: $0.optional) }
            }
            if let offset = property(paging.offset), let limit = property(paging.limit),
               let offsetRead = Self.numberRead("$0." + offset.swiftName, type: offset.swiftType, optional: offset.optional),
               let limitRead = Self.numberRead("$0." + limit.swiftName, type: limit.swiftType, optional: limit.optional),
               let offsetWrite = Self.numberWrite("$0." + offset.swiftName, type: offset.swiftType),
               let totalRead,
               let items = Self.access(paging.items, in: response), items.type.hasPrefix("["), items.type.hasSuffix("]") {
                let advance = paging.firstPage == nil ? "with `\(paging.offset)` moved past the items received"
                    : "with `\(paging.offset)` moved to the next page (pages are numbered from \(paging.firstPage ?? 1))"
                let end = paging.total.map { "at `\($0.joined(separator: "."))`" } ?? "at a page shorter than `\(paging.limit)`"
                view.paginators.append(.init(action: operation.action, method: method, type: type, offsetRead: offsetRead,
                                             offsetWrite: offsetWrite, limitRead: limitRead, totalRead: totalRead,
                                             itemsOrEmpty: items.optional ? items.expression + " ?? []" : items.expression,
                                             itemType: Self.qualified(String(items.type.dropFirst().dropLast()), in: items.owner),
                                             firstPage: paging.firstPage.map { [String($0)] } ?? [], advance: advance, end: end,
                                             itemsWire: paging.items.joined(separator: ".")))
            } else {
                diagnostics.append(Diagnostic(.note, "\(operation.action) pages by \(paging.offset), but its Swift members could not be named; no paginator", at: operation.source))
            }
        }
        if let waiter = operation.waiter, let poll = operations[waiter.poll] {
            var requestBuilder = RequestBuilder(file: poll.source.file, language: language, models: models)
            let pollRequest = requestBuilder.build(poll)
            var responseBuilder = ResponseBuilder(file: poll.source.file, language: language, models: models)
            let pollResponse = responseBuilder.build(poll)
            if let taskId = Self.access(waiter.taskId, in: response), let status = Self.access(waiter.status, in: pollResponse),
               let parameter = pollRequest.properties.first(where: { $0.wireLiteral == SwiftNaming.literal(waiter.pollParameter) }) {
                let states: [(values: [String], state: String)] = [(waiter.success, ".success"), (waiter.failure, ".failure"), (waiter.pending, ".pending")]
                view.waiters.append(.init(
                    action: operation.action, actionLiteral: SwiftNaming.literal(operation.action), name: type, type: type,
                    poll: SwiftNaming.typeName(poll.action), pollLabel: SwiftNaming.bare(parameter.label),
                    taskIdRead: taskId.optional ? "response" + taskId.expression : "response\(taskId.expression) as \(taskId.type)?",
                    taskIdType: taskId.type,
                    statusRead: status.optional ? "response\(status.expression).map { \"\\($0)\" }" : ".some(\"\\(response\(status.expression))\")",
                    taskIdWire: waiter.taskId.joined(separator: "."),
                    statusWire: waiter.status.joined(separator: "."),
                    successText: waiter.success.map { "`\($0)`" }.joined(separator: ", "),
                    failureText: waiter.failure.map { "`\($0)`" }.joined(separator: ", "),
                    cases: states.filter { !$0.values.isEmpty }.map { entry in
                        .init(literals: entry.values.map { SwiftNaming.literal($0) + "?" }.joined(separator: ", "), state: entry.state)
                    }))
            } else {
                diagnostics.append(Diagnostic(.warning, "the waiter of \(operation.action) names members that have no Swift name; no waiter", at: operation.source))
            }
        }
        return view.flattened.isEmpty && view.paginators.isEmpty && view.waiters.isEmpty ? nil : view
    }

    /// `type` with each identifier in `names` (types nested in the request) spelled from
    /// `owner` (`[IKESetItem]?` → `[AddVpnConnEx.Request.IKESetItem]?`).
    static func qualifying(_ type: String, names: Set<String>, in owner: String) -> String {
        guard !names.isEmpty else { return type }
        var result = ""
        var word = ""
        var previous: Character = " "
        func flush() {
            result += names.contains(word) && previous != "." ? owner + "." + word : word
            word = ""
        }
        for character in type {
            if character.isLetter || character.isNumber || character == "_" {
                if word.isEmpty { previous = result.last ?? " " }
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// `expression` (a member of Swift type `type`, `?` or not) read as `Int?`: an integer as it
    /// is, a number written as a string converted; nil for any other type.
    static func numberRead(_ expression: String, type: String, optional: Bool) -> String? {
        let base = type.hasSuffix("?") ? String(type.dropLast()) : type
        let isOptional = optional || type.hasSuffix("?")
        switch base {
        case "Swift.Int": return expression
        case "Swift.String": return isOptional ? expression + ".flatMap { Swift.Int($0) }" : "Swift.Int(" + expression + ")"
        default: return nil
        }
    }

    /// Sets `expression` (of Swift type `type`) from the closure's `$1`, an `Int`.
    static func numberWrite(_ expression: String, type: String) -> String? {
        switch type.hasSuffix("?") ? String(type.dropLast()) : type {
        case "Swift.Int": return expression + " = $1"
        case "Swift.String": return expression + " = Swift.String($1)"
        default: return nil
        }
    }

    /// An access along wire names through a response struct, optional-chained past optional
    /// members (`.data?.totalCount`; `.data.totalCount` where the docs guarantee both), whether
    /// it is optional, the last member's Swift type, and the struct holding it (qualified, for
    /// naming nested types).
    static func access(_ path: [String], in root: StructView) -> (expression: String, optional: Bool, type: String, owner: [StructView])? {
        var current = root
        var owners = [root]
        var expression = ""
        var optional = false
        for (index, name) in path.enumerated() {
            guard let property = current.properties.first(where: { $0.wireLiteral == SwiftNaming.literal(name) }) else { return nil }
            expression += (optional ? "?." : ".") + property.swiftName
            optional = optional || property.optional
            if index == path.count - 1 { return (expression, optional, property.swiftType, owners) }
            guard let nested = current.nested.first(where: { $0.name == property.swiftType }) else { return nil }
            current = nested
            owners.append(nested)
        }
        return nil
    }

    /// A type named inside the innermost of `owners` spelled from the module's top level.
    static func qualified(_ type: String, in owners: [StructView]) -> String {
        guard let innermost = owners.last, innermost.nested.contains(where: { $0.name == type }) else { return type }
        return (owners.map(\.name) + [type]).joined(separator: ".")
    }
}
