import APISchema
import ArgumentParser
import DocgenPipeline
import Foundation
import QCloudProtocol
import SchemaDiff

/// `qcloud-docgen diff OLD NEW`: what changed in the API, module by module, classified as
/// breaking, additive or documentation only. Pages that cannot be read are reported (warnings)
/// and left out of both sides' reading; the rest is compared. Exit 0 when nothing is breaking, 1
/// when something is, 2 on bad usage only.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of an API (docs roots, folders, pages or schema JSON) and classify each change.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: "The old version: a docs root, a folder of pages, a page, or a schema JSON file that `schema` printed.")
    var old: String

    @Argument(help: "The new version, in any of the same forms.")
    var new: String

    @Option(help: "text (one line per change), json, or markdown (release notes by module, with the version bump they call for).")
    var format: Format = .text

    @OptionGroup var trust: TrustConfigOption

    @Flag(name: .long, help: "With markdown: list documentation changes too, not only their count.")
    var all = false

    func run() throws {
        let before = try SchemaSource.modules(at: old, trustConfig: trust.trustConfig)
        let after = try SchemaSource.modules(at: new, trustConfig: trust.trustConfig)
        var changes: [(module: String, changes: [Change])] = []
        for module in Set(before.keys).union(after.keys).sorted() {
            let found = SchemaDiff.changes(from: before[module] ?? [], to: after[module] ?? [])
            if !found.isEmpty { changes.append((module, found)) }
        }
        let flat = changes.flatMap(\.changes)
        switch format {
        case .text:
            let named = changes.count > 1
            for (module, found) in changes {
                // (Doc text and file names are escaped: a page cannot write to the terminal.)
                for change in found { print(HiddenCharacters.escaped(named ? "\(module): \(change.line)" : change.line, newlinesAsSpaces: true)) }
            }
            let count = { (kind: Change.Kind) in flat.filter { $0.kind == kind }.count }
            FileHandle.standardError.write(Data("\(count(.breaking)) breaking, \(count(.additive)) additive, \(count(.documentation)) documentation\n".utf8))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(flat) + Data("\n".utf8))
        case .markdown:
            print(ReleaseNotes.markdown(changes, listDocumentation: all), terminator: "")
        }
        if flat.contains(where: { $0.kind == .breaking }) { throw ExitCode(1) }
    }
}

/// Release notes in Markdown: the version bump the changes call for, then each module's changes
/// by kind (documentation changes counted unless listed).
enum ReleaseNotes {
    static func markdown(_ modules: [(module: String, changes: [Change])], listDocumentation: Bool) -> String {
        let all = modules.flatMap(\.changes)
        let bump = all.contains { $0.kind == .breaking } ? "major (breaking changes)"
            : all.contains { $0.kind == .additive } ? "minor (additions only)" : all.isEmpty ? "none (no API change)" : "patch (documentation only)"
        var lines = ["# API changes", "", "Version bump: \(bump).", ""]
        for (module, changes) in modules {
            lines += ["## \(module)", ""]
            for kind in [Change.Kind.breaking, .additive, .documentation] {
                let found = changes.filter { $0.kind == kind }
                guard !found.isEmpty else { continue }
                if kind == .documentation && !listDocumentation {
                    lines += ["Documentation: \(found.count) changes (`--all` lists them).", ""]
                    continue
                }
                lines.append("### \(kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst())")
                lines.append("")
                lines += found.map { "- " + HiddenCharacters.escaped($0.line, newlinesAsSpaces: true) }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Reads one side of a comparison.
enum SchemaSource {
    /// The operations of each module: a schema JSON file's (one module, ""), or the resolved
    /// operations of the modules at `path`, pages that cannot be read left out with a warning.
    /// A missing path or an unreadable schema file is bad usage.
    static func modules(at path: String, trustConfig: Bool = false) throws -> [String: [APISchema.Operation]] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ValidationError("\(path): no such file or folder")
        }
        if !isFolder.boolValue, path.lowercased().hasSuffix(".json") {
            guard let data = FileManager.default.contents(atPath: path),
                  let document = try? JSONDecoder().decode(APIDocument.self, from: data) else {
                throw ValidationError("\(path): not a schema JSON file (as `qcloud-docgen schema` prints)")
            }
            return ["": document.operations]
        }
        // Pages are compared as generation sees them: resolved (example members, errata).
        let result = try CommandPipeline.run(modulesFound: try CommandPipeline.modules(forPaths: [path], trustConfig: trustConfig), partial: true, Pipeline.resolve)
        CommandPipeline.report(result.diagnostics.filter { $0.severity != .note }, notes: false)
        var modules: [String: [APISchema.Operation]] = [:]
        // A single page or a single module compares with the other side's whole, whatever its name.
        let single = result.modules.count == 1
        for module in result.modules { modules[single ? "" : module.input.spec.name, default: []] += module.accepted }
        return modules
    }
}
