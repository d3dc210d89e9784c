import APISchema
import ArgumentParser
import DocParser
import Foundation

/// `qcloud-docgen schema PATH...`: the API schema as JSON on stdout, findings on stderr.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the API schema (IR) of doc pages as JSON.")

    @Argument(help: "Doc pages or folders of pages (searched recursively for .md files).")
    var paths: [String]

    func run() throws {
        let pages = try PageReport.read(paths)
        for diagnostic in pages.diagnostics where diagnostic.severity != .note {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let document = APIDocument(operations: pages.operations)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
        if pages.hasErrors { throw ExitCode(1) }
    }
}
