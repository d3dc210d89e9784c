import APISchema
import DocgenFind
import SwiftCodegen

/// The values the stages give, one type per stage, and the entries that run the pipeline up to
/// each (find gives ``DocgenFind/ModuleInput``s; write takes ``Rendered`` modules):
///
/// ```
/// [ModuleInput] ──parse──▶ Outcome<Parsed> ──resolve──▶ Outcome<Resolved> ──render──▶ Outcome<Rendered> ──▶ OutputFolder
/// ```
///
/// A later stage's value holds the earlier one's and reads its members through it
/// (`rendered.accepted`, `resolved.input`), so what a stage has not made cannot be asked of it:
/// a resolved module has no files.
extension Pipeline {
    /// One module after the parse stage: its pages as they document their operations.
    public struct Parsed: Sendable {
        /// What the module was made from.
        public var input: ModuleInput
        /// Every page's operation as the page documents it.
        public var pages: [APISchema.Operation]
        /// The structures the pages define.
        public var structures: [Structure]
        /// The pages left out because they could not be read, resolved or rendered, as far as the
        /// run went (``Pipeline/partial``), with the first reason for each, in path order.
        public var leftOut: [(page: String, reason: String)]
    }

    /// One module after the resolve stage: examples reconciled, errata applied, one operation
    /// per action chosen, the service's error codes gathered.
    @dynamicMemberLookup
    public struct Resolved: Sendable {
        /// The module as parsed (its members read through this value: `resolved.input`).
        public var parsed: Parsed
        /// Every page's operation after the resolve stage.
        public var resolved: [APISchema.Operation]
        /// The operations that are generated: one per action.
        public var accepted: [APISchema.Operation]
        /// The named structures the resolved operations use.
        public var structures: [Structure]
        /// The codes of the service's error pages (docgen.yaml `errorPages`, then the error-code
        /// pages found among the pages).
        public var serviceErrors: [ErrorCode]

        /// A member of the parsed module.
        public subscript<Value>(dynamicMember member: KeyPath<Parsed, Value>) -> Value { parsed[keyPath: member] }
    }

    /// One module after the render stage: its Swift files and schema file, ready to write.
    @dynamicMemberLookup
    public struct Rendered: Sendable {
        /// The module as resolved (its members read through this value: `rendered.accepted`).
        public var module: Resolved
        /// The rendered files, with the schema file.
        public var files: [GeneratedFile]

        /// A member of the resolved module.
        public subscript<Value>(dynamicMember member: KeyPath<Resolved, Value>) -> Value { module[keyPath: member] }
    }

    /// What a run up to one stage gives: that stage's modules and every finding of the stages run.
    public struct Outcome<Module: Sendable>: Sendable {
        /// The modules, in input order (a module left with no operation is not among them).
        public var modules: [Module]
        /// Every finding of every stage run.
        public var diagnostics: [Diagnostic]
        /// How many pages were read.
        public var pageCount: Int

        /// An outcome; `diagnostics` may come from before the pipeline (the find stage's).
        public init(modules: [Module], diagnostics: [Diagnostic], pageCount: Int) {
            self.modules = modules
            self.diagnostics = diagnostics
            self.pageCount = pageCount
        }

        /// Whether any finding is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Runs find's modules through classify and parse.
    public func parse(_ inputs: [ModuleInput]) throws -> Outcome<Parsed> {
        try run(inputs, through: .parse).map(\.parsed)
    }

    /// Runs find's modules through classify, parse, name and resolve (`schema --resolved`, `diff`,
    /// `lint --coverage`).
    public func resolve(_ inputs: [ModuleInput]) throws -> Outcome<Resolved> {
        try run(inputs, through: .resolve).map(\.resolved)
    }

    /// Runs find's modules through every stage but write (`generate`, `check`, `lint`, the plugins).
    public func render(_ inputs: [ModuleInput]) throws -> Outcome<Rendered> {
        try run(inputs, through: .render).map { Rendered(module: $0.resolved, files: $0.files) }
    }
}

extension Pipeline.Run {
    /// The outcome with each module as the stage's value.
    func map<Module: Sendable>(_ stageValue: (Pipeline.Assembly) -> Module) -> Pipeline.Outcome<Module> {
        Pipeline.Outcome(modules: modules.map(stageValue), diagnostics: diagnostics, pageCount: pageCount)
    }
}

extension Pipeline.Assembly {
    /// The module as the parse stage left it.
    var parsed: Pipeline.Parsed {
        Pipeline.Parsed(input: input, pages: pages, structures: pageStructures, leftOut: leftOut)
    }

    /// The module as the resolve stage left it.
    var resolved: Pipeline.Resolved {
        Pipeline.Resolved(parsed: parsed, resolved: resolvedPages, accepted: accepted, structures: structures, serviceErrors: serviceErrors)
    }
}
