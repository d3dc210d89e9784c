import APISchema
import ArgumentParser
import DocParser
import Foundation

/// `qcloud-docgen lint PATH...`: findings as `path:line:column: severity: message`.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check doc pages and print diagnostics; exits 1 when any page has an error.")

    @Argument(help: "Doc pages or folders of pages (searched recursively for .md files).")
    var paths: [String]

    @Flag(name: .long, help: "Leave out notes.")
    var noNotes = false

    func run() throws {
        let pages = try PageReport.read(paths)
        var out = ""
        var counts: [Diagnostic.Severity: Int] = [:]
        for diagnostic in pages.diagnostics {
            counts[diagnostic.severity, default: 0] += 1
            if noNotes && diagnostic.severity == .note { continue }
            out += diagnostic.description + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        let summary = "\(pages.pageCount) pages: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.note] ?? 0) notes\n"
        FileHandle.standardError.write(Data(summary.utf8))
        if pages.hasErrors { throw ExitCode(1) }
    }
}
