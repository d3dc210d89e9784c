import APISchema
import DocParser
import DocgenPipeline
import Foundation

/// Pages found and parsed while the command line is still being parsed.
///
/// swift-argument-parser takes a few milliseconds to read a command line, on one core, before any
/// page is read: it reflects over every command's properties, and each type it meets for the first
/// time costs a scan of the runtime's conformance tables. The page-paths commands (`schema`,
/// `lint`) take only flags besides their paths, so the paths can be seen at once: the words after
/// the command that do not start with `-`. ``begin(_:)`` starts finding and parsing those pages on
/// a thread of its own; the command, once swift-argument-parser has given it its paths, takes that
/// work through ``take(paths:)`` only when its paths are exactly the ones seen. Otherwise the work
/// is dropped and the command finds and parses its pages itself. The guess can only save time:
/// a command always runs on what swift-argument-parser gave it, and finding and parsing pages
/// writes nothing and has no effect outside the process.
final class PageHeadStart: @unchecked Sendable {
    /// What the thread gives: the modules found and every page of them parsed, in order.
    typealias Work = (found: CommandPipeline.Found, parsed: [PageResult])

    /// The paths the pages were found from.
    let paths: [String]
    /// Signalled once the thread has set `outcome`; kept signalled after every wait.
    private let finished = DispatchSemaphore(value: 0)
    /// Written by the thread once, before `finished` is signalled; read only after a wait on it.
    private var outcome: Result<Work, any Error>?

    private init(paths: [String]) {
        self.paths = paths
    }

    /// The head start of this process's command line (nil when it names no page-paths command
    /// with paths). The first use starts it; `main` uses it first thing.
    static let current: PageHeadStart? = begin(Array(CommandLine.arguments.dropFirst()))

    /// The page paths `arguments` (the command line without the program name) appear to give a
    /// page-paths command: nil for any other command, for `--` (after which a word starting with
    /// `-` is a path too) and when there are no paths.
    static func seenPaths(_ arguments: [String]) -> [String]? {
        guard let command = arguments.first, pagePathsCommandNames.contains(command),
              let paths = PagePathArguments.plainPaths(arguments), !paths.isEmpty else { return nil }
        return paths
    }

    /// Starts finding and parsing the pages that `arguments` appear to name, on a thread of its
    /// own; nil when they name none (``seenPaths(_:)``).
    static func begin(_ arguments: [String]) -> PageHeadStart? {
        guard let paths = seenPaths(arguments) else { return nil }
        let start = PageHeadStart(paths: paths)
        let thread = Thread {
            start.outcome = Result {
                let found = try CommandPipeline.modules(forPaths: paths)
                return (found, try Pipeline().parsePages(found.modules))
            }
            start.finished.signal()
        }
        thread.name = "qcloud-docgen page head start"
        thread.start()
        return start
    }

    /// The pages found and parsed for `paths`, once the thread is done (the find stage's error, as
    /// finding them now would have thrown it); nil when `paths` are not the paths seen.
    func take(paths: [String]) throws -> Work? {
        guard paths == self.paths else { return nil }
        finished.wait()
        defer { finished.signal() }
        return try outcome?.get()
    }
}
