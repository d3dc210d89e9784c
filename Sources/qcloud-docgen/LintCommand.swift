import APISchema
import ArgumentParser
import DocgenPipeline
import DocParser
import Foundation
import QCloudProtocol

/// `qcloud-docgen lint PATH...`: findings as `path:line:column: severity: message`. Runs the
/// same stages as `generate` (find, classify, parse, resolve, render) without writing, so a
/// folder lint passes is a folder generate accepts.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check doc pages and print diagnostics; exits 1 when any page has an error.")

    @Argument(help: "Doc pages or folders (a folder with docgen.yaml or pages of its own is one module; other folders hold modules).")
    var paths: [String]

    @OptionGroup var trust: TrustConfigOption

    @Flag(name: .long, help: "Leave out notes.")
    var noNotes = false

    @Flag(name: .long, help: "Print, per module, how many descriptions with constraint words were read into constraints, and the sentences that were not, by phrasing (instead of the diagnostics).")
    var coverage = false

    @Flag(name: .customLong("all"), help: "With --coverage: every sentence, not the first few of each phrasing.")
    var showAll = false

    func run() throws {
        if coverage {
            printCoverage(try CommandPipeline.run(paths: paths, trustConfig: trust.trustConfig, Pipeline.resolve))
            return
        }
        let result = try CommandPipeline.run(paths: paths, trustConfig: trust.trustConfig, Pipeline.render)
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

    /// `lint --coverage`: counts and the unread sentences by phrasing, per module and in total.
    private func printCoverage(_ result: Pipeline.Outcome<Pipeline.Resolved>) {
        var out = ""
        var total = ConstraintCoverage()
        for module in result.modules {
            var coverage = ConstraintCoverage()
            coverage.add(module.resolved, structures: module.structures)
            total.add(module.resolved, structures: module.structures)
            out += Self.line(module.input.spec.name, coverage)
            for (why, count) in coverage.notConstraints.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                out += "  \(count)× nothing to check: \(why)\n"
                for sentence in (coverage.notConstraintSentences[why] ?? []).prefix(showAll ? .max : 3) {
                    out += "    " + Self.shown(sentence.location, sentence.sentence)
                }
            }
            for (phrasing, misses) in coverage.missesByPhrasing {
                out += "  \(misses.count)× \(phrasing)\n"
                for miss in misses.prefix(showAll ? .max : 5) {
                    out += "    " + Self.shown(miss.location, miss.sentence)
                }
            }
        }
        if result.modules.count > 1 { out += Self.line("all modules", total) }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// `file:line:column: sentence` and a line break, with the page's name and text escaped
    /// (controls, C1 included, bidi and invisible characters as `\u{…}`): a page cannot write
    /// to the terminal.
    static func shown(_ location: SourceLocation, _ sentence: String) -> String {
        HiddenCharacters.escaped("\(location.file):\(location.line):\(location.column ?? 1): \(sentence)", newlinesAsSpaces: true) + "\n"
    }

    /// `coverage: M: R/N descriptions with constraint words read (r%); S state nothing a validator can check; U not understood (understood u%)`.
    static func line(_ name: String, _ coverage: ConstraintCoverage) -> String {
        func percent(_ count: Int) -> String {
            String(format: "%.1f", coverage.looking == 0 ? 100 : Double(count) * 100 / Double(coverage.looking))
        }
        let none = coverage.notConstraintCount
        return "coverage: \(name): \(coverage.read)/\(coverage.looking) descriptions with constraint words read (\(percent(coverage.read))%); "
            + "\(none) state nothing a validator can check; \(coverage.misses.count) not understood (understood \(percent(coverage.read + none))%)\n"
    }
}
