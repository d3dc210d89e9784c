import APISchema
import ArgumentParser
import DocParser
import DocgenFind
import DocgenPipeline
import Foundation
import QCloudProtocol
import SchemaDiff

/// `qcloud-docgen generate [SPECS] [--output DIR]`: one module per spec folder.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate Swift modules from spec folders (default: specs/ into Generated/).")

    @OptionGroup var folders: SpecAndOutputFolders

    func run() throws {
        let output = URL(fileURLWithPath: folders.output).standardizedFileURL.path
        let specs = try folders.enterSourceRoot()
        var modules = try render(specs: specs, singleModule: folders.singleModule, root: folders.absoluteRoot, strict: folders.strict, trustConfig: folders.trust.trustConfig)
        if folders.singleModule {
            // The plugin's output is Swift only.
            for index in modules.indices { modules[index].files.removeAll { !$0.name.hasSuffix(".swift") } }
        }
        let folder = folders.outputFolder(for: modules, specs: specs, path: folders.sourceRoot == nil ? folders.output : output)
        for module in modules where !module.leftOut.isEmpty {
            print("\(module.input.spec.name): \(module.accepted.count) operations; \(module.leftOut.count) pages left out (warnings above)")
        }
        let changes = folder.changes(for: modules)
        guard changes.refused.isEmpty else {
            FileHandle.standardError.write(Data((OutputError(refused: changes.refused).description + "\ngeneration stopped: nothing was written\n").utf8))
            throw ExitCode(1)
        }
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

    @Flag(name: .long, help: "SPECS is one module's folder; its files go straight into OUTPUT and are named after their pages (the build plugin's mode).")
    var singleModule = false

    @Option(name: .long, help: "Read SPECS relative to this folder, so generated files name pages as `generate` run there would.")
    var sourceRoot: String?

    @Flag(name: .long, help: "Stop at a page that cannot be read, instead of leaving it out of its module with a warning (a docgen.yaml may say `strict: true`).")
    var strict = false

    @OptionGroup var trust: TrustConfigOption

    @Option(name: .long, help: "With a package as output: depend on the runtime at this local checkout of qcloud-docgen instead of its published release.")
    var runtimePath: String?

    /// The runtime a generated package depends on.
    var runtime: SDKPackage.Runtime {
        runtimePath.map { .path(URL(fileURLWithPath: $0).standardizedFileURL.path) } ?? .published
    }

    /// Where `modules` go: into OUTPUT's module folders when OUTPUT is inside a Swift package (as
    /// `Generated/` is), else into a package of their own (``SDKPackage``).
    func outputFolder(for modules: [Pipeline.Rendered], specs: String, path: String) -> OutputFolder {
        guard !singleModule, !SDKPackage.isInsidePackage(path) else { return OutputFolder(path: path, flat: singleModule) }
        let source = modules.first?.input.displayRoot.map { URL(fileURLWithPath: $0).lastPathComponent } ?? specs
        return OutputFolder(path: path, packageFiles: SDKPackage.files(for: modules, source: source, runtime: runtime))
    }

    /// The source root as an absolute path.
    var absoluteRoot: String? { sourceRoot.map { URL(fileURLWithPath: $0).standardizedFileURL.path } }

    /// Moves into the source root, if one was given; returns SPECS as seen from there.
    func enterSourceRoot() throws -> String {
        guard let root = sourceRoot else { return specs }
        let absoluteRoot = URL(fileURLWithPath: root).standardizedFileURL.path
        let absoluteSpecs = URL(fileURLWithPath: specs).standardizedFileURL.path
        guard FileManager.default.changeCurrentDirectoryPath(absoluteRoot) else {
            throw ValidationError("--source-root \(root): cannot enter it")
        }
        if absoluteSpecs.hasPrefix(absoluteRoot + "/") { return String(absoluteSpecs.dropFirst(absoluteRoot.count + 1)) }
        return absoluteSpecs
    }
}

/// `qcloud-docgen check [SPECS] [--output DIR]`: exit 1 when the generated code is stale.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 1 with a summary when the generated modules differ from what the specs give.")

    @OptionGroup var folders: SpecAndOutputFolders

    func run() throws {
        let absoluteOutput = URL(fileURLWithPath: folders.output).standardizedFileURL.path
        let specs = try folders.enterSourceRoot()
        let modules = try render(specs: specs, singleModule: folders.singleModule, root: folders.absoluteRoot, strict: folders.strict, trustConfig: folders.trust.trustConfig)
        let output = folders.sourceRoot == nil ? folders.output : absoluteOutput
        let folder = folders.outputFolder(for: modules, specs: specs, path: output)
        let changes = folder.changes(for: modules)
        if changes.isEmpty && changes.refused.isEmpty {
            print("\(output) is up to date")
            return
        }
        // How the API changed since the committed code was generated, classified.
        var breaking = false
        for module in modules {
            let stored = output + (folder.packageFiles == nil ? "/" : "/Sources/") + module.input.spec.name + "/" + Pipeline.schemaFileName
            guard let data = FileManager.default.contents(atPath: stored),
                  let before = try? JSONDecoder().decode(APIDocument.self, from: data) else {
                print("\(module.input.spec.name): no \(Pipeline.schemaFileName) to compare with")
                continue
            }
            let apiChanges = SchemaDiff.changes(from: before.operations, to: module.accepted)
            for change in apiChanges { print(HiddenCharacters.escaped(change.line, newlinesAsSpaces: true)) }
            breaking = breaking || apiChanges.contains { $0.kind == .breaking }
        }
        // (File names come from pages: escaped, so a page cannot write to the terminal.)
        for file in changes.written { print("stale: \(HiddenCharacters.escaped(file))") }
        for file in changes.refused { print("refused: \(HiddenCharacters.escaped(file))") }
        for file in changes.removed { print("no longer generated: \(HiddenCharacters.escaped(file))") }
        print("\(output) is stale: \(changes.written.count + changes.removed.count + changes.refused.count) file(s) differ\(breaking ? ", with breaking API changes" : ""); run `swift run qcloud-docgen generate`")
        throw ExitCode(1)
    }
}

/// Runs the pipeline through render for the modules at `specs`, leaving out pages that cannot be
/// read unless `strict`; any remaining error stops the run before anything is written, with the
/// diagnostics on stderr (relative page paths shown under `root`, or under the docs root the
/// modules name their pages from).
func render(specs: String, singleModule: Bool = false, root: String? = nil, strict: Bool = false, trustConfig: Bool = false) throws -> [Pipeline.Rendered] {
    var found: CommandPipeline.Found
    do {
        found = singleModule ? try SpecDiscovery.module(at: specs) : try SpecDiscovery.modules(under: specs, relativeNames: true, trustingConfigBelow: trustConfig)
        // The build plugin declares its outputs from page names before it runs: name files so.
        if singleModule { found.modules = found.modules.map { var module = $0; module.spec.fileNaming = .page; return module } }
    } catch let error as PageFiles.NotFound {
        throw ValidationError("\(error)")
    }
    // A bad docgen.yaml stops the run before any page is read.
    let result = found.diagnostics.contains { $0.severity == .error }
        ? Pipeline.Outcome(modules: [], diagnostics: found.diagnostics, pageCount: 0)
        : try CommandPipeline.run(modulesFound: found, partial: !strict, Pipeline.render)
    CommandPipeline.report(result.diagnostics, notes: false, root: root ?? found.modules.first?.displayRoot)
    if result.hasErrors {
        FileHandle.standardError.write(Data("generation stopped: fix the errors above; nothing was written\n".utf8))
        throw ExitCode(1)
    }
    return result.modules
}
