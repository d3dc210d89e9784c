import APISchema
import ArgumentParser
import DocgenPipeline
import Foundation

/// `qcloud-docgen schema PATH...`: the API schema as JSON on stdout, findings on stderr.
/// By default one operation per page, as the page documents it (the parse stage); with
/// `--resolved`, what generation uses (examples reconciled, secrets decided, errata applied).
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the API schema (IR) of doc pages as JSON.")

    @Argument(help: "Doc pages or folders of pages (searched recursively for .md files).")
    var paths: [String]

    @OptionGroup var trust: TrustConfigOption

    @Flag(name: .long, help: "Print the resolved schema that generation uses (as Generated/<Module>/api-schema.json holds it).")
    var resolved = false

    func run() throws {
        let (operations, structures, diagnostics): ([APISchema.Operation], [Structure], [Diagnostic])
        if resolved {
            let outcome = try CommandPipeline.run(paths: paths, trustConfig: trust.trustConfig, Pipeline.resolve)
            (operations, structures, diagnostics) = (outcome.modules.flatMap(\.resolved), outcome.modules.flatMap(\.structures), outcome.diagnostics)
        } else {
            let outcome = try CommandPipeline.run(paths: paths, trustConfig: trust.trustConfig, Pipeline.parse)
            (operations, structures, diagnostics) = (outcome.modules.flatMap(\.pages), outcome.modules.flatMap(\.structures), outcome.diagnostics)
        }
        CommandPipeline.report(diagnostics, notes: false)
        let sorted = operations.sorted { ($0.service, $0.action, $0.source.file) < ($1.service, $1.action, $1.source.file) }
        try Pipeline.writeSchemaJSON(sorted, structures: structures, to: FileHandle.standardOutput.fileDescriptor)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
