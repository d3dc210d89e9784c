import APISchema
import DocParser
import Foundation
import ParallelMap
import SwiftCodegen
import Yams

/// The generator's stages, in order:
///
/// 1. find the spec folders and their `docgen.yaml` (``SpecFolder``);
/// 2. read each page with cmark-gfm into the API schema (``DocParser``);
/// 3. render the schema to Swift through the templates (``SwiftGenerator``);
/// 4. write the files that changed, or compare them for `check` (``OutputFolder``).
struct Pipeline {
    /// One module's worth of output.
    struct Module {
        var spec: ModuleSpec
        var files: [GeneratedFile]
        /// The schema the files were made from.
        var operations: [APISchema.Operation]
    }

    /// The name of the schema file kept beside the generated Swift, which `check` compares with.
    static let schemaFileName = "api-schema.json"

    /// The module's schema as JSON, kept with the Swift so `check` can say how the API changed.
    static func schemaFile(_ operations: [APISchema.Operation]) throws -> GeneratedFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let sorted = operations.sorted { $0.action < $1.action }
        let data = try encoder.encode(APIDocument(operations: sorted))
        return GeneratedFile(name: schemaFileName, contents: String(decoding: data, as: UTF8.self) + "\n")
    }

    /// Runs stages 1 to 3 for every spec folder below `specs`. Nothing is written.
    /// With `singleModule`, `specs` is itself one module's folder (what the build plugin passes).
    static func render(specs: String, singleModule: Bool = false) throws -> (modules: [Module], diagnostics: [Diagnostic]) {
        let generator = try SwiftGenerator()
        var modules: [Module] = []
        var diagnostics: [Diagnostic] = []
        let base = specs.hasSuffix("/") && specs.count > 1 ? String(specs.dropLast()) : specs
        let folders = singleModule ? [try SpecFolder.config(base, folderName: URL(fileURLWithPath: base).lastPathComponent)]
            : try SpecFolder.all(in: specs)
        for folder in folders {
            var operations: [APISchema.Operation] = []
            // Pages are independent: read them on all cores, then collect in file order.
            let results = try PageFiles.expand([folder.path]).parallelMap { file in
                DocParser.parse(try PageFiles.read(file), file: file)
            }
            for result in results {
                diagnostics += result.diagnostics
                if let operation = result.operation { operations.append(operation) }
            }
            var serviceErrors: [ErrorCode] = []
            for page in folder.errorPages {
                guard let data = FileManager.default.contents(atPath: page) else {
                    diagnostics.append(Diagnostic(.error, "error page \(page) (listed in docgen.yaml errorPages) cannot be read",
                                                  at: SourceLocation(file: folder.path + "/docgen.yaml", line: 1, column: 1)))
                    continue
                }
                let (errors, pageDiagnostics) = ErrorPage.parse([UInt8](data), file: page)
                serviceErrors += errors
                diagnostics += pageDiagnostics
            }
            let (files, generatorDiagnostics) = try generator.generate(folder.module, operations: operations, serviceErrors: serviceErrors)
            diagnostics += generatorDiagnostics
            modules.append(Module(spec: folder.module, files: files + [try schemaFile(operations)], operations: operations))
        }
        return (modules, diagnostics)
    }
}

/// A folder of doc pages that becomes one module, named in its `docgen.yaml`.
struct SpecFolder {
    var path: String
    var module: ModuleSpec
    /// The service's error-code pages (docgen.yaml `errorPages`, relative to the folder).
    var errorPages: [String] = []

    /// The subfolders of `specs` that hold pages (or `specs` itself when it holds pages directly).
    static func all(in specs: String) throws -> [SpecFolder] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: specs, isDirectory: &isFolder), isFolder.boolValue else {
            throw PageFiles.NotFound(path: specs)
        }
        let base = specs.hasSuffix("/") ? String(specs.dropLast()) : specs
        let entries = try manager.contentsOfDirectory(atPath: base).sorted()
        var folders: [SpecFolder] = []
        for entry in entries {
            let path = base + "/" + entry
            var sub: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &sub), sub.boolValue,
                  !(try PageFiles.expand([path]).isEmpty) else { continue }
            folders.append(try config(path, folderName: entry))
        }
        if folders.isEmpty, entries.contains(where: { $0.hasSuffix(".md") }) {
            let name = URL(fileURLWithPath: base).lastPathComponent
            folders.append(try config(base, folderName: name))
        }
        return folders
    }

    /// Reads `docgen.yaml`:
    ///
    /// ```yaml
    /// module: QCloudVPC          # the Swift module; default QCloud + the folder name in capitals
    /// errorPages:                # the service's error-code pages, relative to this folder
    ///   - ../../errors/vpc.md
    /// ```
    static func config(_ folder: String, folderName: String) throws -> SpecFolder {
        var result = SpecFolder(path: folder, module: ModuleSpec(
            name: "QCloud" + folderName.uppercased().filter { $0.isLetter || $0.isNumber }, sourceFolder: folder))
        let file = folder + "/docgen.yaml"
        guard let data = FileManager.default.contents(atPath: file) else { return result }
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: String(decoding: data, as: UTF8.self))
        } catch {
            throw ConfigError(message: "\(file):1:1: error: docgen.yaml is not valid YAML: \(error)")
        }
        guard let root = loaded as? [String: Any] else {
            throw ConfigError(message: "\(file):1:1: error: docgen.yaml must be a mapping (module: Name)")
        }
        for key in root.keys.sorted() where !["module", "errorPages"].contains(key) {
            throw ConfigError(message: "\(file):1:1: error: unknown key '\(key)' (known: module, errorPages)")
        }
        if let value = root["module"] {
            guard let name = value as? String, let first = name.first, first.isLetter,
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw ConfigError(message: "\(file):1:1: error: module '\(value)' is not a valid Swift module name")
            }
            result.module.name = name
        }
        if let value = root["errorPages"] {
            guard let pages = value as? [String] else {
                throw ConfigError(message: "\(file):1:1: error: errorPages must be a list of paths")
            }
            result.errorPages = pages.map { $0.hasPrefix("/") ? $0 : folder + "/" + $0 }
        }
        return result
    }
}

/// A bad `docgen.yaml`.
struct ConfigError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The output folder: compares and writes generated files, each through a temporary file and a
/// rename, and only when its content changed.
struct OutputFolder {
    var path: String
    /// Files go straight into `path` rather than into one folder per module.
    var flat = false

    private func folder(for module: Pipeline.Module) -> String {
        flat ? path : path + "/" + module.spec.name
    }

    /// What would change: files to write (new or different) and generated files to remove.
    struct Changes {
        var written: [String] = []
        var removed: [String] = []
        var unchanged = 0
        var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    }

    func changes(for modules: [Pipeline.Module]) -> Changes {
        var changes = Changes()
        let manager = FileManager.default
        for module in modules {
            let folder = folder(for: module)
            let names = Set(module.files.map(\.name))
            for file in module.files {
                let target = folder + "/" + file.name
                if let existing = manager.contents(atPath: target), existing == Data(file.contents.utf8) {
                    changes.unchanged += 1
                } else {
                    changes.written.append(target)
                }
            }
            for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".swift") && !names.contains(name) {
                // Only files this tool wrote (they say so on their first line) are removed.
                let stale = folder + "/" + name
                if let data = manager.contents(atPath: stale), String(decoding: data.prefix(200), as: UTF8.self).hasPrefix("// Generated by qcloud-docgen") {
                    changes.removed.append(stale)
                }
            }
        }
        changes.written.sort()
        changes.removed.sort()
        return changes
    }

    /// Writes what changed. Called only after every page of every module succeeded.
    func write(_ modules: [Pipeline.Module], _ changes: Changes) throws {
        let manager = FileManager.default
        let contents = Dictionary(modules.flatMap { module in
            module.files.map { (folder(for: module) + "/" + $0.name, $0.contents) }
        }, uniquingKeysWith: { a, _ in a })
        for target in changes.written {
            guard let text = contents[target] else { continue }
            let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = folder + "/." + URL(fileURLWithPath: target).lastPathComponent + ".tmp"
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            if manager.fileExists(atPath: target) { try manager.removeItem(atPath: target) }
            try manager.moveItem(atPath: temporary, toPath: target)
        }
        for stale in changes.removed { try manager.removeItem(atPath: stale) }
    }
}
