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
        var found: [ModuleInput] = []
        var diagnostics: [Diagnostic] = []
        try collect(trimmed(root), into: &found, diagnostics: &diagnostics)
        // Two folders naming one module would write the same output folder: refuse the later.
        var byName: [String: String] = [:]
        var result: [ModuleInput] = []
        for module in found {
            let key = module.spec.name.lowercased()
            if let other = byName[key] {
                diagnostics.append(Diagnostic(.error, "module \(module.spec.name) is also made from \(other); each spec folder needs its own module name",
                                              at: SourceLocation(file: module.spec.sourceFolder + "/" + ConfigLoader.fileName, line: 1, column: 1)))
                continue
            }
            byName[key] = module.spec.sourceFolder
            result.append(module)
        }
        return (result, diagnostics)
    }

    /// `folder` as exactly one module (the build plugin's mode).
    public static func module(at folder: String) throws -> (modules: [ModuleInput], diagnostics: [Diagnostic]) {
        let base = trimmed(folder)
        var diagnostics: [Diagnostic] = []
        do {
            return ([try module(base, pages: PageFiles.expand([base]), diagnostics: &diagnostics)], diagnostics)
        } catch let error as ConfigError {
            return ([], diagnostics + [Diagnostic(.error, error.message, at: error.location)])
        }
    }

    /// What the paths on a `lint`, `schema` or `diff` command line are: a page named by itself is
    /// a module of that page alone; a folder is found as in ``modules(under:)``.
    public static func modules(forPaths paths: [String]) throws -> (modules: [ModuleInput], diagnostics: [Diagnostic]) {
        var result: [ModuleInput] = []
        var diagnostics: [Diagnostic] = []
        // Pages named one by one are mostly in a few folders: each folder's module name once.
        var moduleNames: [Substring: String] = [:]
        for path in paths {
            // (`stat` follows links, as `FileManager.fileExists` does.)
            var info = stat()
            guard stat(path, &info) == 0 else { throw PageFiles.NotFound(path: path) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let found = try modules(under: path)
                result += found.modules
                diagnostics += found.diagnostics
            } else {
                let parent = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
                let name = moduleNames[parent] ?? defaultModuleName(URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent)
                moduleNames[parent] = name
                result.append(ModuleInput(spec: ModuleSpec(name: name, sourceFolder: path), pages: [path], namedExplicitly: true))
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
                result.append(try module(folder, pages: pages, diagnostics: &diagnostics))
            } catch let error as ConfigError {
                diagnostics.append(Diagnostic(.error, error.message, at: error.location))
            }
            return
        }
        for entry in entries where isDirectory(folder + "/" + entry) {
            try collect(folder + "/" + entry, into: &result, diagnostics: &diagnostics)
        }
    }

    /// The module of `folder`. Pages and error pages are read only from inside the folder (links
    /// and `..` resolved) or from the folders its docgen.yaml lists in `readOutside`; any other
    /// is left out with an error, as are pages whose names differ only in Unicode normalisation.
    private static func module(_ folder: String, pages: [String], diagnostics: inout [Diagnostic]) throws -> ModuleInput {
        let config = try ConfigLoader.load(folder: folder) ?? DocgenConfig()
        let name = config.module ?? defaultModuleName(URL(fileURLWithPath: folder).lastPathComponent)
        let configFile = SourceLocation(file: folder + "/" + ConfigLoader.fileName, line: 1, column: 1)
        let allowed = [realPath(folder)] + (config.readOutside ?? []).map { realPath($0.hasPrefix("/") ? $0 : folder + "/" + $0) }
        func inside(_ path: String) -> Bool {
            let real = realPath(path)
            return allowed.contains { real == $0 || real.hasPrefix($0 == "/" ? "/" : $0 + "/") }
        }
        var kept: [String] = []
        var byNormalisedName: [String: String] = [:]
        var listed: [String] = []
        for (index, page) in (config.pages ?? []).enumerated() {
            let path = page.hasPrefix("/") ? page : collapsingParents(folder + "/" + page)
            guard FileManager.default.fileExists(atPath: path) else {
                diagnostics.append(Diagnostic(.error, "page \(ConfigError.excerpt(page)) (listed in docgen.yaml pages) does not exist",
                                              at: config.location(of: .pages, entry: index) ?? configFile))
                continue
            }
            listed.append(path)
        }
        let walked = Set(pages)
        for page in pages + listed {
            let at = SourceLocation(file: page, line: 1, column: 1)
            // A page the walk found below the folder is inside unless the page itself is a link
            // (the walk follows no folder links); resolving every page's path cost a syscall per
            // folder on its path.
            guard (walked.contains(page) && isPlainFile(page, below: folder)) || inside(page) else {
                diagnostics.append(Diagnostic(.error, "the page leads outside the spec folder (a link or a path with ..); list the folder it is in under readOutside in docgen.yaml to read it", at: at))
                continue
            }
            let normalised = page.utf8.allSatisfy { $0 < 0x80 } ? page : page.precomposedStringWithCanonicalMapping
            if let other = byNormalisedName[normalised], Array(other.utf8) != Array(page.utf8) {
                diagnostics.append(Diagnostic(.error, "the page's name differs from \(other) only in Unicode normalisation (NFC and NFD); rename one", at: at))
                continue
            }
            byNormalisedName[normalised] = page
            kept.append(page)
        }
        var errorPages: [ModuleInput.ErrorPage] = []
        for (index, page) in (config.errorPages ?? []).enumerated() {
            let path = page.hasPrefix("/") ? page : folder + "/" + page
            let entry = config.location(of: .errorPages, entry: index) ?? configFile
            guard inside(path) else {
                diagnostics.append(Diagnostic(.error, "error page \(ConfigError.excerpt(page)) is outside the spec folder; list its folder under readOutside in docgen.yaml to read it", at: entry))
                continue
            }
            errorPages.append(ModuleInput.ErrorPage(path: path, listedAt: entry))
        }
        var spec = ModuleSpec(name: name, sourceFolder: folder)
        if let language = config.docLanguage { spec.docLanguage = ModuleSpec.DocLanguage(rawValue: language.rawValue) ?? .both }
        return ModuleInput(spec: spec, pages: kept, errorPages: errorPages, config: config)
    }

    /// A relative path with each `name/..` pair removed (`specs/vpc/../../x` → `x`), so headers
    /// name a listed page the same way on every machine.
    static func collapsingParents(_ path: String) -> String {
        var kept: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "..", let last = kept.last, last != "..", last != "" {
                kept.removeLast()
            } else if part != "." {
                kept.append(part)
            }
        }
        return kept.joined(separator: "/")
    }

    /// The path with links, `.` and `..` resolved (the path itself when it does not exist).
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` is `folder/…` with no `.` or `..` step, and is not itself a link.
    private static func isPlainFile(_ path: String, below folder: String) -> Bool {
        guard path.hasPrefix(folder + "/") else { return false }
        let steps = path.dropFirst(folder.count + 1).split(separator: "/", omittingEmptySubsequences: false)
        guard !steps.contains(where: { $0 == "." || $0 == ".." || $0.isEmpty }) else { return false }
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func trimmed(_ path: String) -> String {
        path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    }
}
