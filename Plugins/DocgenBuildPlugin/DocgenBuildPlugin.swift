import Foundation
import PackagePlugin

/// Generates Swift from the doc pages (`*.md`) and `docgen.yaml` of the target it is applied to,
/// into the build directory, on every build where a page changed. Output files are declared up
/// front: one per page (its file name with `.swift`) plus the fixed files every module has.
/// Doc errors and warnings show as `path:line:column:` diagnostics; an error fails the build.
@main
struct DocgenBuildPlugin: BuildToolPlugin {
    /// The files every module has besides one per page (`SwiftGenerator.fixedFiles`).
    static let fixedFiles = ["Service+Operations.swift", "Service+Client.swift", "Service+ErrorCode.swift", "Service+Models.swift"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL
        // Every page below the target's folder (a whole doc tree works: group folders, overviews,
        // twins), as paths relative to it.
        var pages: [String] = []
        if let walker = FileManager.default.enumerator(atPath: folder.path) {
            while let relative = walker.nextObject() as? String {
                if relative.lowercased().hasSuffix(".md") { pages.append(relative) }
            }
        }
        pages.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard !pages.isEmpty else {
            Diagnostics.warning("\(target.name): the qcloud-docgen plugin found no .md pages in \(folder.path)")
            return []
        }
        var inputs = pages.map { folder.appendingPathComponent($0) }
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("docgen.yaml").path) {
            inputs.append(folder.appendingPathComponent("docgen.yaml"))
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
        // Outputs are declared before anything reads the pages: one file per page, named from its
        // path (the generator writes a stub for a page that makes no code), plus the fixed files.
        let outputs = (pages.map(Self.fileName(forPage:)) + Self.fixedFiles).map { output.appendingPathComponent($0) }
        return [
            .buildCommand(
                displayName: "Generating Swift from \(pages.count) doc page(s) of \(target.name)",
                executable: try context.tool(named: "qcloud-docgen").url,
                arguments: ["generate", folder.path, "--output", output.path, "--single-module",
                            "--source-root", context.package.directoryURL.path],
                inputFiles: inputs,
                outputFiles: outputs),
        ]
    }

    /// The same rule as `SwiftGenerator.fileName(forPage:)` (plugins cannot import the package's
    /// modules; `SwiftCodegenTests.pageFileNames` pins the rule's results).
    static func fileName(forPage relative: String) -> String {
        var stem = String(relative.split(separator: "/").last ?? Substring(relative))
        if stem.lowercased().hasSuffix(".md") { stem.removeLast(3) }
        let isPlain: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        var safe = String(stem.map { isPlain($0) ? $0 : "_" })
        if !stem.allSatisfy(isPlain) {
            var path = relative
            if path.lowercased().hasSuffix(".md") { path.removeLast(3) }
            var hash: UInt32 = 0x811C_9DC5
            for byte in path.utf8 {
                hash ^= UInt32(byte)
                hash = hash &* 0x0100_0193
            }
            let hex = String(hash, radix: 16)
            safe += "_" + String(repeating: "0", count: 8 - hex.count) + hex
        }
        return (safe.isEmpty ? "_" : safe) + ".swift"
    }
}
