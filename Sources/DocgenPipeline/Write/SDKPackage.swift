import Foundation
import SwiftCodegen

/// The output of `generate` over a docs checkout, as a Swift package: a `Package.swift` with a
/// library product per module, each depending on this project's runtime, and a `README.md`
/// that lists the modules with their operation counts and the pages left out.
public enum SDKPackage {
    /// Where the generated modules' runtime (`QCloudRuntime`) comes from.
    public enum Runtime: Sendable, Hashable {
        /// This project's repository, by URL and the lowest version to accept.
        case url(String, from: String)
        /// A local checkout of this project.
        case path(String)

        /// The public repository of qcloud-docgen, and the release the generated code needs.
        public static let published = Runtime.url("https://github.com/qcloud-docgen/qcloud-docgen", from: "0.1.0")

        /// The package identity SwiftPM gives the dependency (its last path component, lowercased).
        var identity: String {
            let location: String
            switch self {
            case .url(let url, _): location = url.hasSuffix(".git") ? String(url.dropLast(4)) : url
            case .path(let path): location = path
            }
            let trimmed = location.hasSuffix("/") ? String(location.dropLast()) : location
            return (trimmed.split(separator: "/").last.map(String.init) ?? trimmed).lowercased()
        }

        var dependency: String {
            switch self {
            case .url(let url, let version): ".package(url: \(SwiftNaming.literal(url)), from: \(SwiftNaming.literal(version)))"
            case .path(let path): ".package(path: \(SwiftNaming.literal(path)))"
            }
        }
    }

    /// The package's name.
    public static let name = "QCloudSDK"

    /// `Package.swift` and `README.md` for `modules`, generated from the docs at `source` (as shown).
    public static func files(for modules: [Pipeline.Rendered], source: String, runtime: Runtime) -> [GeneratedFile] {
        let names = modules.map(\.input.spec.name).sorted()
        let products = names.map { "        .library(name: \(SwiftNaming.literal($0)), targets: [\(SwiftNaming.literal($0))])," }
        let targets = names.map {
            "        .target(name: \(SwiftNaming.literal($0)), dependencies: [.product(name: \"QCloudRuntime\", package: \(SwiftNaming.literal(runtime.identity)))], "
                + "path: \(SwiftNaming.literal("Sources/" + $0)), exclude: [\(SwiftNaming.literal(Pipeline.schemaFileName))]),"
        }
        let manifest = """
            // swift-tools-version:6.0
            \(OutputFolder.header) from \(SwiftNaming.docLines(source).joined()). Do not edit.
            import PackageDescription

            let package = Package(
                name: \(SwiftNaming.literal(name)),
                platforms: [.macOS(.v13)],
                products: [
            \(products.joined(separator: "\n"))
                ],
                dependencies: [
                    \(runtime.dependency),
                ],
                targets: [
            \(targets.joined(separator: "\n"))
                ],
                swiftLanguageModes: [.v6]
            )

            """
        return [GeneratedFile(name: "Package.swift", contents: manifest), GeneratedFile(name: "README.md", contents: index(modules, source: source))]
    }

    /// The package's index: every module with its client, its operations and the pages left out.
    static func index(_ modules: [Pipeline.Rendered], source: String) -> String {
        let sorted = modules.sorted { $0.input.spec.name < $1.input.spec.name }
        let operations = sorted.reduce(0) { $0 + $1.accepted.count }
        let leftOut = sorted.reduce(0) { $0 + $1.leftOut.count }
        func cell(_ text: String) -> String {
            SwiftNaming.docLines(text).joined().replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'")
        }
        var lines = [
            "# \(name)", "<!-- \(OutputFolder.header.dropFirst(3)) from \(cell(source)). Do not edit. -->", "",
            "Swift modules generated from the Tencent Cloud API docs at `\(cell(source))`: \(sorted.count) modules, "
                + "\(operations) operations, \(leftOut) pages left out. Add a module's library product to your target and `import` it.", "",
            "| Module | Client | Operations | Pages left out | Docs folder |", "|---|---|---|---|---|",
        ]
        for module in sorted {
            lines.append("| \(module.input.spec.name) | \(module.input.spec.servicePrefix)Client | \(module.accepted.count) | \(module.leftOut.count) | \(cell(module.input.spec.sourceFolder)) |")
        }
        if leftOut > 0 {
            lines += ["", "## Pages left out", "", "Each could not be read; `qcloud-docgen lint` on the page says where and why.", ""]
            for module in sorted {
                for page in module.leftOut { lines.append("- \(module.input.spec.name): `\(cell(page.page))`: \(cell(page.reason))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether `folder` is inside a Swift package (a `Package.swift` in it or a folder above):
    /// generated modules then go straight into it, as targets of that package; elsewhere the
    /// output is a package of its own.
    public static func isInsidePackage(_ folder: String) -> Bool {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                // The output's own manifest, written by an earlier run, does not count.
                let manifest = url.appendingPathComponent("Package.swift").path
                if url.path != URL(fileURLWithPath: folder).standardizedFileURL.path || !OutputFolder.isOwned(manifest) { return true }
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return false }
            url = parent
        }
    }
}
