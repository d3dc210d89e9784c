import APISchema
import ArgumentParser
import DocgenPipeline
import Foundation

/// `qcloud-docgen lint PATH...`: findings as `path:line:column: severity: message`. Runs the
/// same stages as `generate` (find, classify, parse, resolve, render) without writing, so a
/// folder lint passes is a folder generate accepts.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check doc pages and print diagnostics; exits 1 when any page has an error.")

    @Argument(help: "Doc pages or folders (a folder with docgen.yaml or pages of its own is one module; other folders hold modules).")
    var paths: [String]

    @Flag(name: .long, help: "Leave out notes.")
    var noNotes = false

    func run() throws {
        let result = try CommandPipeline.run(paths: paths, through: .render)
        var out = ""
        var counts: [Diagnostic.Severity: Int] = [:]
        for diagnostic in result.diagnostics {
            counts[diagnostic.severity, default: 0] += 1
            if noNotes && diagnostic.severity == .note { continue }
            out += diagnostic.description + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        let summary = "\(result.pageCount) pages: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.note] ?? 0) notes\n"
        FileHandle.standardError.write(Data(summary.utf8))
        if result.hasErrors { throw ExitCode(1) }
    }
}
