import ArgumentParser

/// A command whose positional arguments are all page paths (`schema`, `lint`).
protocol PagePathsCommand: ParsableCommand {
    /// The pages and folders named on the command line.
    var paths: [String] { get set }
}

extension SchemaCommand: PagePathsCommand {}
extension LintCommand: PagePathsCommand {}

/// The names of the page-paths commands.
let pagePathsCommandNames = [SchemaCommand.configuration.commandName, LintCommand.configuration.commandName]

/// Parses the command line with many page paths in linear time. swift-argument-parser stores each
/// value of an array argument by copying the array and the set of its origins, so a list of n
/// paths costs O(n²) (292 pages: ~6 ms before any work, at the start where nothing runs in
/// parallel). Here the parser reads the command line with only the first path; when that gives a
/// page-paths command whose paths are exactly that one (every other argument was a flag), the
/// command gets all the paths. Anything else (an option with a value, `--`, help, an error, a
/// command of another kind) is parsed again whole, as before.
enum PagePathArguments {
    /// Below this many plain arguments the ordinary parse is as fast.
    static let threshold = 16

    /// The words after the command (`arguments[0]`) that do not start with `-`: the paths, when
    /// the command is a page-paths command, since these take flags only; nil after `--` (past
    /// which a word starting with `-` is a path too).
    static func plainPaths(_ arguments: [String]) -> [String]? {
        arguments.contains("--") ? nil : arguments.dropFirst().filter { !$0.hasPrefix("-") }
    }

    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        guard let plain = plainPaths(arguments), plain.count >= threshold, let first = plain.first else {
            return try QCloudDocgen.parseAsRoot(arguments)
        }
        let shortened = [arguments[0]] + arguments.dropFirst().filter { $0.hasPrefix("-") } + [first]
        if var command = (try? QCloudDocgen.parseAsRoot(shortened)) as? PagePathsCommand, command.paths == [first] {
            command.paths = Array(plain)
            return command
        }
        return try QCloudDocgen.parseAsRoot(arguments)
    }
}
