import APISchema
import DocDialects
import DocParser
import DocResolver
import DocgenFind
import Foundation
import ParallelMap
import SwiftCodegen

/// The generator, as one value with typed stages:
///
/// ```
/// find ──▶ classify ──▶ parse ──▶ name ──▶ resolve ──▶ render ──▶ write
/// SpecDiscovery  PageClassifier  DocParser  ModuleNaming  ServiceResolver  SwiftGenerator  OutputFolder
/// [ModuleInput]  dialect, kind   page IR    module names  service IR       [GeneratedFile]  files on disk
/// (DocgenFind)   (Classify/)     (DocParser)(Name/)       (DocResolver)    (SwiftCodegen)   (Write/)
/// ```
///
/// Every command calls it and chooses how far it runs, each stage's modules a type of their own
/// (``Parsed``, ``Resolved``, ``Rendered``; `Stages.swift`): `schema` stops after parse (or
/// resolve), `diff` after resolve, `lint`, `generate` and `check` after render (so lint reports
/// everything generate would refuse); `generate` then writes. The build plugin and the command
/// plugin run `generate`. Stages are values: a test or tool can swap the classifier or the generator.
///
/// With ``partial`` (what `generate` does for docs as published), a page that cannot be read is
/// left out of its module with a warning saying why, and the module is made from the others; a
/// module whose docgen.yaml says `strict: true`, and every module without ``partial``, stops at
/// the first error instead.
public struct Pipeline: Sendable {
    /// How far a run goes (``parse(_:)``, ``resolve(_:)``, ``render(_:)``).
    enum Stage: Int, Sendable, Comparable {
        case parse = 1, resolve, render

        static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The classify stage.
    public var classifier = PageClassifier()
    /// The render stage (made on first use: its templates load from the bundle).
    public var generator: SwiftGenerator?
    /// Whether a page that cannot be read is left out of its module instead of stopping the run
    /// (modules whose docgen.yaml says `strict: true` stop all the same).
    public var partial = false

    /// A pipeline with the default stages.
    public init(partial: Bool = false) {
        self.partial = partial
    }

    /// One module as the stages build it up; a run gives each stage's part of it as that
    /// stage's value (``Parsed``, ``Resolved``, ``Rendered``).
    struct Assembly: Sendable {
        var input: ModuleInput
        /// Every page's operation as the page documents it (parse).
        var pages: [APISchema.Operation] = []
        /// The structures the pages define (parse).
        var pageStructures: [Structure] = []
        /// Every page's operation after the resolve stage (examples reconciled, errata applied).
        var resolvedPages: [APISchema.Operation] = []
        /// The operations that are generated: one per action (resolve).
        var accepted: [APISchema.Operation] = []
        /// The codes of the service's error pages (resolve).
        var serviceErrors: [ErrorCode] = []
        /// The named structures: the pages' (parse), then those the resolved operations use (resolve).
        var structures: [Structure] = []
        /// The rendered files, with the schema file (render).
        var files: [GeneratedFile] = []
        /// The pages left out because they could not be read, with the first reason for each.
        var leftOut: [(page: String, reason: String)] = []
    }

    /// The modules a run made, with every finding.
    struct Run: Sendable {
        var modules: [Assembly]
        var diagnostics: [Diagnostic]
        var pageCount: Int
    }

    /// The name of the schema file kept beside the generated Swift, which `check` compares with.
    public static let schemaFileName = "api-schema.json"

    /// The classify and parse stages alone: every page of `inputs`, in order (all modules' pages
    /// in one list), located by each module's display paths (``ModuleInput/displayPath(_:)``).
    public func parsePages(_ inputs: [ModuleInput]) throws -> [PageResult] {
        // Pages are independent, read on all cores (every module's pages in one go, so no core
        // waits for another module's last page), collected in file order.
        let classifier = self.classifier
        let pages = inputs.flatMap { input in input.pages.map { (file: $0, shown: input.displayPath($0)) } }
        return try pages.parallelMap { page -> PageResult in
            guard let bytes = try? PageFiles.read(page.file, limit: InputLimits.pageBytes) else {
                return PageResult(operation: nil, diagnostics: [Diagnostic(.error, "cannot read the page", at: SourceLocation(file: page.shown, line: 1, column: 1))])
            }
            return DocParser.parse(classifier.classify(bytes, file: page.shown).reading)
        }
    }

    /// Runs the stages up to `stage` over `inputs`. Nothing is written.
    func run(_ inputs: [ModuleInput], through stage: Stage) throws -> Run {
        var generator = self.generator
        if stage >= .render, generator == nil { generator = try SwiftGenerator() }
        var diagnostics: [Diagnostic] = []
        let pageCount = inputs.reduce(0) { $0 + $1.pages.count }
        let allResults = try parsePages(inputs)
        var parsed: [ModuleNaming.Parsed] = []
        var first = 0
        for input in inputs {
            parsed.append(ModuleNaming.Parsed(input: input, results: Array(allResults[first..<first + input.pages.count])))
            first += input.pages.count
        }
        let named = ModuleNaming.name(parsed)
        diagnostics += named.diagnostics
        var modules: [Assembly] = []
        for module in named.modules {
            let strict = !partial || module.input.config.strict == true
            guard let built = try build(module, through: stage, generator: generator, strict: strict, diagnostics: &diagnostics) else { continue }
            modules.append(built)
        }
        return Run(modules: modules, diagnostics: diagnostics, pageCount: pageCount)
    }

    /// Resolves and renders one module from its parsed pages. Not `strict`, a page with an error
    /// (read, resolved or rendered) is left out and the module made again without it; the
    /// page's errors become warnings saying so. Nil for a module left with no operation.
    private func build(_ parsed: ModuleNaming.Parsed, through stage: Stage, generator: SwiftGenerator?, strict: Bool,
                       diagnostics: inout [Diagnostic]) throws -> Assembly? {
        var parsed = parsed
        let input = parsed.input
        parsed.results = Self.inheritingFolderHosts(parsed.results, pages: input.pages.map(input.displayPath))
        if !strict { parsed.results = Self.inheritingHosts(parsed.results) }
        let shownPages = Set(input.pages.map(input.displayPath))
        var excluded: [String: [Diagnostic]] = [:]
        if strict {
            if partial { leaveOutUnusedCopies(parsed, shownPages: shownPages, into: &excluded) }
        } else {
            // (A page that is no operation page is skipped with a note anyway, its findings unsaid.)
            for result in parsed.results where result.hasErrors && (result.kind == .operation || input.namedExplicitly) {
                let errors = result.diagnostics.filter { $0.severity == .error }
                if let file = errors.first?.location.file, shownPages.contains(file) { excluded[file, default: []] += errors }
            }
        }
        // At most a few rounds: each leaves out the pages the last one found errors in.
        for _ in 0..<4 {
            var findings: [Diagnostic] = []
            let module = try attempt(parsed, excluding: Set(excluded.keys), through: stage, generator: generator, findings: &findings)
            let newlyBad = strict ? [:] : Dictionary(grouping: findings.filter { $0.severity == .error && shownPages.contains($0.location.file) && excluded[$0.location.file] == nil },
                                                     by: \.location.file)
            if newlyBad.isEmpty {
                var module = module
                let files = excluded.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                module.leftOut = files.map { ($0, excluded[$0]?.first?.message ?? "") }
                for file in files {
                    for error in excluded[file] ?? [] {
                        diagnostics.append(Diagnostic(.warning, "left out of \(input.spec.name): \(error.message)", at: error.location))
                    }
                }
                diagnostics += findings
                if !strict && module.pages.isEmpty && !module.leftOut.isEmpty {
                    diagnostics.append(Diagnostic(.warning, "no module \(input.spec.name): none of its \(module.leftOut.count) operation pages can be read",
                                                  at: SourceLocation(file: input.spec.sourceFolder, line: 1, column: 1)))
                    return nil
                }
                return module
            }
            for (file, errors) in newlyBad { excluded[file] = errors }
        }
        diagnostics.append(Diagnostic(.error, "module \(input.spec.name) still has errors after leaving out \(excluded.count) pages",
                                      at: SourceLocation(file: input.spec.sourceFolder, line: 1, column: 1)))
        return nil
    }

    /// Even strict by its docgen.yaml, a page the module would not use never blocks it: an English
    /// twin, a deprecated or conflict copy of an action a readable page documents and the rule
    /// prefers. (`--strict`, `lint` and `schema` report every error as one.)
    private func leaveOutUnusedCopies(_ parsed: ModuleNaming.Parsed, shownPages: Set<String>, into excluded: inout [String: [Diagnostic]]) {
        let readable = parsed.results.filter { !$0.hasErrors && $0.kind == .operation }.compactMap(\.operation)
        for result in parsed.results where result.hasErrors && result.kind == .operation {
            guard let operation = result.operation,
                  readable.contains(where: { $0.action == operation.action && PageChoice.prefers($0, over: operation) }) else { continue }
            let errors = result.diagnostics.filter { $0.severity == .error }
            if let file = errors.first?.location.file, shownPages.contains(file) { excluded[file, default: []] += errors }
        }
    }

    /// One round of ``build``: the module from its pages but `excluded`, its findings in `findings`.
    private func attempt(_ parsed: ModuleNaming.Parsed, excluding excluded: Set<String>, through stage: Stage, generator: SwiftGenerator?,
                         findings diagnostics: inout [Diagnostic]) throws -> Assembly {
        let input = parsed.input
        var module = Assembly(input: input)
        var errorCodePages: [ErrorCode] = []
        let kept = zip(input.pages, parsed.results).filter { !excluded.contains(input.displayPath($0.0)) }
        // Structures are shared by the service's pages, wherever they are defined.
        let structures = kept.flatMap(\.1.structures)
        module.structures = structures
        module.pageStructures = structures
        for (file, result) in kept {
            // Walking a folder, a page that is not an operation page is skipped with one note;
            // an error-code page gives the service its codes.
            if result.kind != .operation && !input.namedExplicitly {
                diagnostics.append(Diagnostic(.note, "skipped: not an operation page (taken for \(result.kind.takenFor))",
                                              at: SourceLocation(file: input.displayPath(file), line: 1, column: 1)))
                if result.kind == .errorCodes { errorCodePages += result.errorCodes }
                continue
            }
            diagnostics += result.diagnostics
            if let operation = result.operation { module.pages.append(operation) }
        }
        if stage >= .resolve {
            let resolved = ServiceResolver.resolve(module.pages, structures: structures, errata: input.config.errata ?? [],
                                                   allowedHosts: input.config.allowedHosts ?? [], retries: input.config.retries ?? [],
                                                   waiters: input.config.waiters ?? [],
                                                   config: SourceLocation(file: input.spec.sourceFolder + "/docgen.yaml", line: 1, column: 1))
            module.resolvedPages = resolved.operations
            module.structures = resolved.structures
            module.accepted = resolved.accepted
            diagnostics += resolved.diagnostics
            for page in input.errorPages {
                guard let bytes = try? PageFiles.read(page.path, limit: InputLimits.pageBytes) else {
                    diagnostics.append(Diagnostic(.error, "error page \(page.path) (listed in docgen.yaml errorPages) cannot be read", at: page.listedAt))
                    continue
                }
                let (errors, pageDiagnostics) = ErrorPage.parse(bytes, file: input.displayPath(page.path))
                module.serviceErrors += errors
                diagnostics += pageDiagnostics
            }
            module.serviceErrors += errorCodePages
        }
        if stage >= .render, let generator {
            let (files, renderDiagnostics) = try generator.generate(input.spec, operations: module.accepted, serviceErrors: module.serviceErrors,
                                                                    structures: module.structures,
                                                                    pages: input.pages)
            module.files = files + [try Self.schemaFile(module.accepted, structures: module.structures)]
            diagnostics += renderDiagnostics
        }
        return module
    }
}
