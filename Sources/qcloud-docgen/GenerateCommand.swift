import APISchema
import ArgumentParser
import Foundation
import SchemaDiff

/// `qcloud-docgen generate [SPECS] [--output DIR]`: one module per spec folder.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift modules from spec folders (default: specs/ into Generated/).")

    @OptionGroup var folders: SpecAndOutputFolders

    func run() throws {
        let (modules, _) = try render(specs: folders.specs)
        let folder = OutputFolder(path: folders.output)
        let changes = folder.changes(for: modules)
        try folder.write(modules, changes)
        let files = modules.reduce(0) { $0 + $1.files.count }
        if changes.isEmpty {
            print("\(modules.count) module(s), \(files) files: no change, nothing written")
        } else {
            print("\(modules.count) module(s), \(files) files: wrote \(changes.written.count), removed \(changes.removed.count), \(changes.unchanged) unchanged")
        }
    }
}

/// The folders `generate` and `check` work on.
struct SpecAndOutputFolders: ParsableArguments {
    @Argument(help: "The folder of spec folders (one module per subfolder).")
    var specs = "specs"

    @Option(name: .long, help: "The folder of generated module folders.")
    var output = "Generated"
}

/// `qcloud-docgen check [SPECS] [--output DIR]`: exit 1 when the generated code is stale.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 1 with a summary when the generated modules differ from what the specs give.")

    @OptionGroup var folders: SpecAndOutputFolders

    func run() throws {
        let (modules, _) = try render(specs: folders.specs)
        let output = folders.output
        let changes = OutputFolder(path: output).changes(for: modules)
        if changes.isEmpty {
            print("\(output) is up to date")
            return
        }
        // How the API changed since the committed code was generated, classified.
        var breaking = false
        for module in modules {
            let stored = output + "/" + module.spec.name + "/" + Pipeline.schemaFileName
            guard let data = FileManager.default.contents(atPath: stored),
                  let before = try? JSONDecoder().decode(APIDocument.self, from: data) else {
                print("\(module.spec.name): no \(Pipeline.schemaFileName) to compare with")
                continue
            }
            let apiChanges = SchemaDiff.changes(from: before.operations, to: module.operations)
            for change in apiChanges { print(change.line) }
            breaking = breaking || apiChanges.contains { $0.kind == .breaking }
        }
        for file in changes.written { print("stale: \(file)") }
        for file in changes.removed { print("no longer generated: \(file)") }
        print("\(output) is stale: \(changes.written.count + changes.removed.count) file(s) differ\(breaking ? ", with breaking API changes" : ""); run `swift run qcloud-docgen generate`")
        throw ExitCode(1)
    }
}

/// Renders all modules; any page error stops the run before anything is written, with the
/// diagnostics on stderr.
func render(specs: String) throws -> (modules: [Pipeline.Module], diagnostics: [Diagnostic]) {
    let result: (modules: [Pipeline.Module], diagnostics: [Diagnostic])
    do {
        result = try Pipeline.render(specs: specs)
    } catch let error as ConfigError {
        FileHandle.standardError.write(Data((error.message + "\n").utf8))
        throw ExitCode(1)
    }
    for diagnostic in result.diagnostics where diagnostic.severity == .error {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    if result.diagnostics.contains(where: { $0.severity == .error }) {
        FileHandle.standardError.write(Data("generation stopped: fix the errors above; nothing was written\n".utf8))
        throw ExitCode(1)
    }
    return result
}
