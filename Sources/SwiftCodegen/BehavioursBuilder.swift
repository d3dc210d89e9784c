import APISchema

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
            if let offset = request.properties.first(where: { $0.wireLiteral == SwiftNaming.literal(paging.offset) }),
               let total = Self.access(paging.total, in: response),
               let items = Self.access(paging.items, in: response), items.type.hasPrefix("["), items.type.hasSuffix("]") {
                view.paginators.append(.init(action: operation.action, method: method, type: type, offset: offset.swiftName,
                                             total: total.expression,
                                             itemsCount: items.optional ? items.expression + "?.count ?? 0" : items.expression + ".count",
                                             itemsOrEmpty: items.optional ? items.expression + " ?? []" : items.expression,
                                             itemType: Self.qualified(String(items.type.dropFirst().dropLast()), in: items.owner),
                                             offsetWire: paging.offset, totalWire: paging.total.joined(separator: "."),
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
