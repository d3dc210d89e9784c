import APISchema
import DocDialects
import DocParser
import DocResolver
import Foundation
import ParallelMap
import SwiftCodegen

/// The generator, as one value with typed stages:
///
/// ```
/// find ──▶ classify ──▶ parse ──▶ resolve ──▶ render ──▶ write
/// SpecDiscovery  PageClassifier  DocParser  ServiceResolver  SwiftGenerator  OutputFolder
/// [ModuleInput]  kind, dialect   page IR    service IR       [GeneratedFile]  files on disk
/// ```
///
/// Every command calls it and chooses how far it runs: `schema` stops after parse (or resolve),
/// `diff` after resolve, `lint`, `generate` and `check` after render (so lint reports everything
/// generate would refuse); `generate` then writes. The build plugin and the command plugin run
/// `generate`. Stages are values: a test or tool can swap the classifier or the generator.
public struct Pipeline: Sendable {
    /// How far a run goes.
    public enum Stage: Int, Sendable, Comparable {
        case parse = 1, resolve, render

        public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The classify stage.
    public var classifier = PageClassifier()
    /// The render stage (made on first use: its templates load from the bundle).
    public var generator: SwiftGenerator?

    /// A pipeline with the default stages.
    public init() {}

    /// One module after a run.
    public struct Module: Sendable {
        /// What the module was made from.
        public var input: ModuleInput
        /// Every page's operation as the page documents it (the parse stage's output).
        public var pages: [APISchema.Operation] = []
        /// Every page's operation after the resolve stage (examples reconciled, errata applied).
        public var resolved: [APISchema.Operation] = []
        /// The operations that are generated: one per action.
        public var accepted: [APISchema.Operation] = []
        /// The codes of the service's error pages (docgen.yaml `errorPages`, then the error-code
        /// pages found among the pages).
        public var serviceErrors: [ErrorCode] = []
        /// The named structures: every page's (parse stage), then those the resolved operations
        /// use (resolve stage on).
        public var structures: [Structure] = []
        /// The rendered files, with the schema file (render stage only).
        public var files: [GeneratedFile] = []
    }

    /// What a run gives.
    public struct Result: Sendable {
        /// The modules, in input order.
        public var modules: [Module]
        /// Every finding of every stage.
        public var diagnostics: [Diagnostic]
        /// How many pages were read.
        public var pageCount: Int

        /// Creates a result.
        public init(modules: [Module], diagnostics: [Diagnostic], pageCount: Int) {
            self.modules = modules
            self.diagnostics = diagnostics
            self.pageCount = pageCount
        }

        /// Whether any finding is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The name of the schema file kept beside the generated Swift, which `check` compares with.
    public static let schemaFileName = "api-schema.json"

    /// The classify and parse stages alone: every page of `inputs`, in order (all modules' pages
    /// in one list).
    public func parsePages(_ inputs: [ModuleInput]) throws -> [PageResult] {
        // Pages are independent, read on all cores (every module's pages in one go, so no core
        // waits for another module's last page), collected in file order.
        let classifier = self.classifier
        return try inputs.flatMap(\.pages).parallelMap { file -> PageResult in
            guard let bytes = try? PageFiles.read(file) else {
                return PageResult(operation: nil, diagnostics: [Diagnostic(.error, "cannot read the page", at: SourceLocation(file: file, line: 1, column: 1))])
            }
            let page = classifier.classify(bytes, file: file)
            return DocParser.parse(bytes, file: file, dialect: page.dialect)
        }
    }

    /// Runs the stages up to `stage` over `inputs`. Nothing is written.
    public func run(_ inputs: [ModuleInput], through stage: Stage) throws -> Result {
        var generator = self.generator
        if stage >= .render, generator == nil { generator = try SwiftGenerator() }
        var modules: [Module] = []
        var diagnostics: [Diagnostic] = []
        let pageCount = inputs.reduce(0) { $0 + $1.pages.count }
        let allResults = try parsePages(inputs)
        var firstResult = 0
        for input in inputs {
            var module = Module(input: input)
            var errorCodePages: [ErrorCode] = []
            let results = allResults[firstResult..<firstResult + input.pages.count]
            firstResult += input.pages.count
            // Structures are shared by the service's pages, wherever they are defined.
            let structures = results.flatMap(\.structures)
            module.structures = structures
            for (file, result) in zip(input.pages, results) {
                // Walking a folder, a page that is not an operation page is skipped with one note;
                // an error-code page gives the service its codes.
                if result.kind != .operation && !input.namedExplicitly {
                    diagnostics.append(Diagnostic(.note, "skipped: not an operation page (taken for \(result.kind.takenFor))",
                                                  at: SourceLocation(file: file, line: 1, column: 1)))
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
                module.resolved = resolved.operations
                module.structures = resolved.structures
                module.accepted = resolved.accepted
                diagnostics += resolved.diagnostics
                for page in input.errorPages {
                    guard let bytes = try? PageFiles.read(page.path) else {
                        diagnostics.append(Diagnostic(.error, "error page \(page.path) (listed in docgen.yaml errorPages) cannot be read", at: page.listedAt))
                        continue
                    }
                    let (errors, pageDiagnostics) = ErrorPage.parse(bytes, file: page.path)
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
            modules.append(module)
        }
        return Result(modules: modules, diagnostics: diagnostics, pageCount: pageCount)
    }

    /// The module's resolved schema as JSON, kept with the Swift so `check` can say how the API changed.
    public static func schemaFile(_ operations: [APISchema.Operation], structures: [Structure] = []) throws -> GeneratedFile {
        GeneratedFile(name: schemaFileName, contents: try schemaJSON(operations.sorted { $0.action < $1.action }, structures: structures))
    }

    /// The JSON form of operations (and the structures they name) as `schema` prints it: what
    /// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` for the
    /// ``APIDocument``, written by ``SchemaJSONWriter`` (same bytes, a fraction of the time): each
    /// operation and structure on its own core, at the depth it has in the document, then joined.
    public static func schemaJSON(_ operations: [APISchema.Operation], structures: [Structure] = []) throws -> String {
        String(decoding: try schemaJSONBytes(operations, structures: structures), as: UTF8.self)
    }

    /// ``schemaJSON(_:structures:)`` as UTF-8 bytes.
    public static func schemaJSONBytes(_ operations: [APISchema.Operation], structures: [Structure] = []) throws -> [UInt8] {
        let pieces = try schemaJSONPieces(operations, structures: structures)
        var out: [UInt8] = []
        out.reserveCapacity(pieces.count)
        pieces.forEach { out.append(contentsOf: $0) }
        return out
    }

    /// Writes ``schemaJSON(_:structures:)`` to a file descriptor (`schema` to standard output),
    /// piece by piece through one 64 KiB buffer: the megabytes are never copied into one array.
    public static func writeSchemaJSON(_ operations: [APISchema.Operation], structures: [Structure] = [], to descriptor: Int32) throws {
        let pieces = try schemaJSONPieces(operations, structures: structures)
        var output = DescriptorOutput(descriptor: descriptor)
        try pieces.forEach { try output.write($0) }
        try output.flush()
    }

    private static func schemaJSONPieces(_ operations: [APISchema.Operation], structures: [Structure]) throws -> SchemaJSONPieces {
        let document = APIDocument(operations: operations, structures: structures)
        let writtenOperations = try encodedList(operations) { writer, operation in try writer.write(operation, indent: 4) }
        let writtenStructures = try document.structures.map { named in
            try encodedList(named) { writer, structure in try writer.write(structure, indent: 4) }
        }
        return SchemaJSONPieces(formatVersion: document.formatVersion, operations: writtenOperations, structures: writtenStructures)
    }

    /// Each element of a list two levels deep, written on its own core.
    private static func encodedList<T: Sendable>(_ elements: [T], _ write: @escaping @Sendable (inout SchemaJSONWriter, T) throws -> Void) throws -> [ByteSink] {
        try elements.parallelMap { element in
            var writer = SchemaJSONWriter(indent: 4)
            try write(&writer, element)
            return writer.sink
        }
    }
}
