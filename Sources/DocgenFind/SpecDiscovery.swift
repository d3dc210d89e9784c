import APISchema
import DocgenConfig
import Foundation

/// The find stage: which folders are modules, which pages each holds, and their configuration.
///
/// The rule, for a spec folder and for the API section of a docs checkout alike:
/// - a folder with a `docgen.yaml` or pages of its own is one module (a product); its pages are
///   every `.md` file below it, but those below a folder with a `docgen.yaml` of its own;
/// - the folder given, and each of its folders without pages of its own, is a category (`计算与网络`);
///   so is a folder named for an API version (`API 3.0`), which groups categories, and each of
///   its subfolders (`API 3.0/网络`);
/// - below a category, a folder is a product whether or not it holds pages of its own
///   (`内容分发网络（海外）` keeps its pages in group folders).
///
/// A product found in a docs checkout (no `module:` in a docgen.yaml) is named after the service
/// its pages call once they are read (``ModuleNaming``). `generate`, `check`, `lint`, `schema`
/// and `diff` all find modules by this one rule, so they agree on what a folder means. For
/// generated files (`relativeNames`), pages found below a root given as an absolute path (or
/// with `..`) are named relative to it, so that the same docs give the same files on every
/// machine.
public enum SpecDiscovery {
    /// The modules below `root`, and the configuration errors found on the way (a module whose
    /// `docgen.yaml` is bad is left out; its error says why). A missing `root` is bad usage.
    /// A `docgen.yaml` below `root` is docs-tree configuration: what it says that widens trust is
    /// ignored with a warning unless `trustingConfigBelow` (``DocgenConfig/trustWidening``).
    public static func modules(under root: String, relativeNames: Bool = false,
                               trustingConfigBelow: Bool = false) throws -> (modules: [ModuleInput], diagnostics: [Diagnostic]) {
        var found: [ModuleInput] = []
        var diagnostics: [Diagnostic] = []
        let root = trimmed(root)
        let trust = Trust(root: root, below: trustingConfigBelow)
        try collect(root, isRoot: true, trust: trust, into: &found, diagnostics: &diagnostics)
        if relativeNames, root.hasPrefix("/") || root.split(separator: "/").contains("..") {
            found = found.map { module in
                var module = module
                module.displayRoot = root
                module.spec.sourceFolder = module.displayPath(module.spec.sourceFolder)
                return module
            }
        }
        return (found, diagnostics)
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
    public static func modules(forPaths paths: [String], trustingConfigBelow: Bool = false) throws -> (modules: [ModuleInput], diagnostics: [Diagnostic]) {
        var result: [ModuleInput] = []
        var diagnostics: [Diagnostic] = []
        // Pages named one by one are mostly in a few folders: each folder's module name once.
        var moduleNames: [Substring: String] = [:]
        for path in paths {
            // (`stat` follows links, as `FileManager.fileExists` does.)
            var info = stat()
            guard stat(path, &info) == 0 else { throw PageFiles.NotFound(path: path) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let found = try modules(under: path, trustingConfigBelow: trustingConfigBelow)
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

    /// `vpc` → `QCloudVPC`; a folder name without ASCII letters (`加解密相关接口`) → `QCloudPages`
    /// (bare `QCloud` would declare `QCloudClient`, the runtime's own client). A product found
    /// in a docs checkout is named after its service instead (``ModuleNaming``).
    public static func defaultModuleName(_ folderName: String) -> String {
        let letters = folderName.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        return "QCloud" + (letters.first?.isLetter == true ? letters : "Pages" + letters)
    }

    /// `folder` and what is below it: a product (one module, plus the folders below with a
    /// docgen.yaml of their own), or a category whose subfolders are products. A folder with pages
    /// or a docgen.yaml is a product; without, it is a category when it is the folder given or a
    /// folder in it (`isTop`), or an API-version grouping or a folder in one.
    private static func collect(_ folder: String, isRoot: Bool, isTop: Bool = true, trust: Trust, into result: inout [ModuleInput],
                                diagnostics: inout [Diagnostic]) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder) else { throw PageFiles.NotFound(path: folder) }
        guard isFolder.boolValue else { throw PageFiles.NotFound(path: folder, isFile: true) }
        let entries = try manager.contentsOfDirectory(atPath: folder).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let hasConfig = entries.contains(ConfigLoader.fileName)
        let hasPages = entries.contains { $0.lowercased().hasSuffix(".md") && !isDirectory(folder + "/" + $0) }
        let name = folder.split(separator: "/").last.map(String.init) ?? folder
        let grouping = isVersionGrouping(name)
        if hasConfig || hasPages || !(isTop || grouping) {
            try collectProduct(folder, hasConfig: hasConfig, trust: trust, into: &result, diagnostics: &diagnostics)
            return
        }
        for entry in entries where isDirectory(folder + "/" + entry) {
            try collect(folder + "/" + entry, isRoot: false, isTop: isRoot || grouping, trust: trust, into: &result, diagnostics: &diagnostics)
        }
    }

    /// A folder named for an API version (`API 3.0`, `API2.0`): it groups categories.
    static func isVersionGrouping(_ name: String) -> Bool {
        let words = name.split(separator: " ").joined()
        guard words.hasPrefix("API"), words.count > 3 else { return false }
        return words.dropFirst(3).allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }

    /// The module of product folder `folder`, and those of the folders below it with a docgen.yaml
    /// of their own (their pages are theirs, not the product's).
    private static func collectProduct(_ folder: String, hasConfig: Bool, trust: Trust, into result: inout [ModuleInput], diagnostics: inout [Diagnostic]) throws {
        let configured = PageFiles.foldersBelow(folder, holding: ConfigLoader.fileName)
        let pages = try PageFiles.expand([folder]).filter { page in !configured.contains { page.hasPrefix($0 + "/") } }
        if !pages.isEmpty {
            do {
                var found = try module(folder, pages: pages, trusted: trust.trusts(folder), diagnostics: &diagnostics)
                found.hasConfigFile = hasConfig
                found.namedByService = found.config.module == nil
                result.append(found)
            } catch let error as ConfigError {
                diagnostics.append(Diagnostic(.error, error.message, at: error.location))
            }
        }
        for below in configured {
            try collectProduct(below, hasConfig: true, trust: trust, into: &result, diagnostics: &diagnostics)
        }
    }

    /// Whose `docgen.yaml` is obeyed whole: the folder named's (the caller's own), and those below
    /// it only when the caller says so.
    private struct Trust {
        var root: String
        var below: Bool

        func trusts(_ folder: String) -> Bool { below || folder == root }
    }

    /// The module of `folder`. Pages and error pages are read only from inside the folder (links
    /// and `..` resolved) or from the folders its docgen.yaml lists in `readOutside`; any other
    /// is left out with an error, as are pages whose names differ only in Unicode normalisation.
    /// An untrusted docgen.yaml (docs-tree configuration) loses what widens trust, with a warning each.
    private static func module(_ folder: String, pages: [String], trusted: Bool = true, diagnostics: inout [Diagnostic]) throws -> ModuleInput {
        var config = try ConfigLoader.load(folder: folder) ?? DocgenConfig()
        if !trusted {
            let configFile = SourceLocation(file: folder + "/" + ConfigLoader.fileName, line: 1, column: 1)
            for widening in config.trustWidening {
                diagnostics.append(Diagnostic(.warning, "ignored \(widening.setting): a docgen.yaml below the folder named is the docs tree's, and may not widen what the generator trusts (hosts, files read, retries, secrets); pass --trust-config to obey it",
                                              at: widening.location ?? configFile))
            }
            config = config.withoutTrustWidening
        }
        let name = config.module ?? defaultModuleName(URL(fileURLWithPath: folder).lastPathComponent)
        let configFile = SourceLocation(file: folder + "/" + ConfigLoader.fileName, line: 1, column: 1)
        let allowed = [realPath(folder)] + (config.readOutside ?? []).map { realPath($0.hasPrefix("/") ? $0 : folder + "/" + $0) }
        func inside(_ path: String) -> Bool {
            let real = realPath(path)
            return allowed.contains { real == $0 || real.hasPrefix($0 == "/" ? "/" : $0 + "/") }
        }
        // `exclude:` folders and pages are not read (a note says so, with the reason).
        let excluded = (config.exclude ?? []).map { exclusion in
            (path: folder + "/" + (exclusion.path.hasSuffix("/") ? String(exclusion.path.dropLast()) : exclusion.path), reason: exclusion.reason)
        }
        var pages = pages
        for exclusion in excluded {
            let count = pages.count
            pages.removeAll { $0 == exclusion.path || $0.hasPrefix(exclusion.path + "/") }
            diagnostics.append(Diagnostic(.note, "excluded (\(count - pages.count) pages): \(ConfigError.excerpt(exclusion.reason))",
                                          at: SourceLocation(file: exclusion.path, line: 1, column: 1)))
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
