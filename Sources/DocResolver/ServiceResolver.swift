import APISchema
import DocgenConfig

/// The resolve stage: the only stage that sees all pages of a service at once. It decides, in
/// order: the structures fields name (``StructureResolver``), the members only the example responses show (kept in the IR with their provenance),
/// which members are secrets, the docgen.yaml errata, which page documents each action when
/// several do (``PageChoice``, with a warning), and what would not generate, compile or go where
/// it should (``OperationChecks``: hosts, action names, bounds), and the client's behaviours
/// around calls (``OperationBehaviours``: paging, retries, waiters). Everything it decides is in the IR it
/// returns, so `schema --resolved`, `api-schema.json`, `diff` and `check` see every member the
/// generated code has.
public enum ServiceResolver {
    /// A service's operations after resolution, and what the stage found.
    public struct Result: Sendable {
        /// Every page's operation, resolved, sorted by action and file. Where an action is
        /// documented twice both stay here; ``accepted`` says which one is generated.
        public var operations: [APISchema.Operation]
        /// The operations to generate: one per action.
        public var accepted: [APISchema.Operation]
        /// Errors and warnings of the stage.
        public var diagnostics: [Diagnostic]
        /// The named structures the accepted operations use, one per name (``Field/ref`` names them).
        public var structures: [Structure] = []
    }

    /// Resolves the operations read from one service's pages. `allowedHosts` are request hosts
    /// allowed by name although not under a Tencent Cloud API domain.
    public static func resolve(_ pages: [APISchema.Operation], structures: [Structure] = [], errata: [Erratum] = [],
                               allowedHosts: [String] = [], retries: [RetrySetting] = [], waiters: [WaiterSetting] = [],
                               config: SourceLocation = SourceLocation(file: "docgen.yaml", line: 1, column: 1)) -> Result {
        var diagnostics: [Diagnostic] = []
        let withStructures = StructureResolver.resolve(pages, structures: structures)
        diagnostics += withStructures.diagnostics
        // Which structures each page uses, by page, to share one definition per name among the
        // accepted operations below.
        var keysByPage: [String: Set<String>] = [:]
        for (operation, keys) in zip(withStructures.operations, withStructures.used) { keysByPage[operation.source.file, default: []].formUnion(keys) }
        var operations = withStructures.operations.sorted { ($0.action, $0.source.file) < ($1.action, $1.source.file) }
        for index in operations.indices {
            let reconciled = ExampleMembers.reconcile(operations[index])
            // A structure the example contradicts or extends is this operation's own shape: the
            // fields that changed leave the shared type (their unchanged members keep theirs).
            operations[index].output = reconciled.map { field in
                operations[index].output.first { $0.name == field.name }.map { ExampleMembers.keepingRefs(field, unchangedFrom: $0) } ?? field
            }
            operations[index].input = SecretMembers.mark(operations[index].input)
        }
        var patcher = ErrataPatcher(errata: errata)
        operations = operations.map { patcher.apply(to: $0) }
        diagnostics += patcher.finish()

        // Paging, found once per page: the schema of every page shows it, the accepted keep it.
        for index in operations.indices { operations[index].pagination = PaginationRule.find(operations[index]) }

        let choice = PageChoice.choose(operations)
        let shared = withStructures.shared(by: choice.accepted, keys: choice.accepted.map { keysByPage[$0.source.file] ?? [] })
        let behaviours = OperationBehaviours.apply(to: shared.operations, retries: retries, waiters: waiters, config: config)
        let accepted = behaviours.operations
        diagnostics += choice.diagnostics + behaviours.diagnostics

        var checks = OperationChecks(allowedHosts: allowedHosts)
        checks.check(accepted)
        diagnostics += checks.diagnostics
        return Result(operations: operations, accepted: accepted, diagnostics: diagnostics, structures: shared.structures)
    }
}
