import APISchema
import DocgenConfig
import DocParser
import Foundation
import SwiftCodegen

/// The find stage: which folders are modules, which pages each holds, and their configuration.
///
/// A folder is one module when it holds a `docgen.yaml` or pages of its own; its pages are every
/// `.md` file below it. Any other folder is a folder of modules: each subfolder is looked at the
/// same way. `generate`, `check`, `lint`, `schema` and `diff` all find modules by this one rule,
/// so they agree on what a folder means.
public enum SpecDiscovery {
    /// The modules below `root`, and the configuration errors found on the way (a module whose
    /// `docgen.yaml` is bad is left out; its error says why). A missing `root` is bad usage.
    public static func modules(under root: String) throws -> (modules: [ModuleInput], diagnostics: [Diagnostic]) {
        var result: [ModuleInput] = []
        var diagnostics: [Diagnostic] = []
        try collect(trimmed(root), into: &result, diagnostics: &diagnostics)
        return (result, diagnostics)
    }

    /// `folder` as exactly one module (the build plugin's mode).
    public static func module(at folder: String) throws -> (modules: [ModuleInput], diagnostics: [Diagnostic]) {
        let base = trimmed(folder)
        do {
            return ([try module(base, pages: PageFiles.expand([base]))], [])
        } catch let error as ConfigError {
            return ([], [Diagnostic(.error, error.message, at: error.location)])
        }
    }

    /// What the paths on a `lint`, `schema` or `diff` command line are: a page named by itself is
    /// a module of that page alone; a folder is found as in ``modules(under:)``.
    public static func modules(forPaths paths: [String]) throws -> (modules: [ModuleInput], diagnostics: [Diagnostic]) {
        var result: [ModuleInput] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw PageFiles.NotFound(path: path) }
            if isFolder.boolValue {
                let found = try modules(under: path)
                result += found.modules
                diagnostics += found.diagnostics
            } else {
                let folderName = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
                result.append(ModuleInput(spec: ModuleSpec(name: defaultModuleName(folderName), sourceFolder: path), pages: [path]))
            }
        }
        return (result, diagnostics)
    }

    /// `vpc` → `QCloudVPC`.
    public static func defaultModuleName(_ folderName: String) -> String {
        "QCloud" + folderName.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    private static func collect(_ folder: String, into result: inout [ModuleInput], diagnostics: inout [Diagnostic]) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { throw PageFiles.NotFound(path: folder) }
        let entries = try manager.contentsOfDirectory(atPath: folder).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let hasConfig = entries.contains(ConfigLoader.fileName)
        let hasPages = entries.contains { $0.lowercased().hasSuffix(".md") && !isDirectory(folder + "/" + $0) }
        if hasConfig || hasPages {
            let pages = try PageFiles.expand([folder])
            guard !pages.isEmpty else { return }
            do {
                result.append(try module(folder, pages: pages))
            } catch let error as ConfigError {
                diagnostics.append(Diagnostic(.error, error.message, at: error.location))
            }
            return
        }
        for entry in entries where isDirectory(folder + "/" + entry) {
            try collect(folder + "/" + entry, into: &result, diagnostics: &diagnostics)
        }
    }

    private static func module(_ folder: String, pages: [String]) throws -> ModuleInput {
        let config = try ConfigLoader.load(folder: folder) ?? DocgenConfig()
        let name = config.module ?? defaultModuleName(URL(fileURLWithPath: folder).lastPathComponent)
        let errorPages = (config.errorPages ?? []).map { $0.hasPrefix("/") ? $0 : folder + "/" + $0 }
        return ModuleInput(spec: ModuleSpec(name: name, sourceFolder: folder), pages: pages, errorPages: errorPages, config: config)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func trimmed(_ path: String) -> String {
        path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    }
}
