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
        let result = try CommandPipeline.run(paths: paths, through: resolved ? .resolve : .parse, trustConfig: trust.trustConfig)
        CommandPipeline.report(result.diagnostics, notes: false)
        let operations = result.modules.flatMap { resolved ? $0.resolved : $0.pages }
            .sorted { ($0.service, $0.action, $0.source.file) < ($1.service, $1.action, $1.source.file) }
        let structures = result.modules.flatMap(\.structures)
        try Pipeline.writeSchemaJSON(operations, structures: structures, to: FileHandle.standardOutput.fileDescriptor)
        if result.hasErrors { throw ExitCode(1) }
    }
}
