import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory regenerate-sdk [SPECS] [--output DIR]`:
/// regenerates the committed modules (default `specs/` into `Generated/`), for packages that
/// commit generated code.
@main
struct DocgenCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "qcloud-docgen")
        let process = Process()
        process.executableURL = tool.url
        process.currentDirectoryURL = context.package.directoryURL
        process.arguments = ["generate"] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("qcloud-docgen generate failed (exit \(process.terminationStatus))")
            throw CommandError.failed
        }
    }

    enum CommandError: Error { case failed }
}
