import ArgumentParser
import Foundation

/// The `qcloud-docgen` command.
@main
struct QCloudDocgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qcloud-docgen",
        abstract: "Reads Tencent Cloud API 2.0 doc pages and generates a Swift client.",
        subcommands: [GenerateCommand.self, CheckCommand.self, SchemaCommand.self, LintCommand.self, DiffCommand.self],
        defaultSubcommand: GenerateCommand.self)

    /// Runs the command; bad usage exits 2, as the other tools of the pipeline do.
    static func main() {
        do {
            var command = try PagePathArguments.parse(Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
