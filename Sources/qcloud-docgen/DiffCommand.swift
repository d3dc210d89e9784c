import APISchema
import ArgumentParser
import DocgenPipeline
import Foundation
import SchemaDiff

/// `qcloud-docgen diff OLD NEW`: what changed in the API, classified as breaking, additive or
/// documentation only. Exit 0 when nothing is breaking, 1 when something is, 2 on bad usage.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of an API (pages, folders or schema JSON) and classify each change.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The old version: a doc page, a folder of pages, or a schema JSON file that `schema` printed.")
    var old: String

    @Argument(help: "The new version, in any of the same forms.")
    var new: String

    @Option(help: "text (one line per change) or json.")
    var format: Format = .text

    func run() throws {
        let before = try SchemaSource.operations(at: old)
        let after = try SchemaSource.operations(at: new)
        let changes = SchemaDiff.changes(from: before, to: after)
        switch format {
        case .text:
            for change in changes { print(change.line) }
            let count = { (kind: Change.Kind) in changes.filter { $0.kind == kind }.count }
            FileHandle.standardError.write(Data("\(count(.breaking)) breaking, \(count(.additive)) additive, \(count(.documentation)) documentation\n".utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(changes) + Data("\n".utf8))
        }
        if changes.contains(where: { $0.kind == .breaking }) { throw ExitCode(1) }
    }
}

/// Reads one side of a comparison.
enum SchemaSource {
    /// A schema JSON file, or the resolved operations of the pages at `path`. Unreadable input is bad usage.
    static func operations(at path: String) throws -> [APISchema.Operation] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ValidationError("\(path): no such file or folder")
        }
        if !isFolder.boolValue, path.lowercased().hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: path),
                  let document = try? JSONDecoder().decode(APIDocument.self, from: data) else {
                throw ValidationError("\(path): not a schema JSON file (as `qcloud-docgen schema` prints)")
            }
            return document.operations
        }
        // Pages are compared as generation sees them: resolved (example members, errata).
        let result = try CommandPipeline.run(paths: [path], through: .resolve)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw ValidationError("\(path) has pages with errors:\n" + errors.map(\.description).joined(separator: "\n"))
        }
        return result.modules.flatMap(\.accepted)
    }
}
