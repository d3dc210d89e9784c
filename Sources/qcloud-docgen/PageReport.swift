import APISchema
import ArgumentParser
import DocParser

/// The pages named on the command line, read: operations and findings.
struct PageReport {
    var operations: [APISchema.Operation] = []
    var diagnostics: [Diagnostic] = []
    var pageCount = 0

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reads every page below `paths`. A path that does not exist is bad usage.
    static func read(_ paths: [String]) throws -> PageReport {
        let files: [String]
        do {
            files = try PageFiles.expand(paths)
        } catch {
            throw ValidationError("\(error)")
        }
        var report = PageReport()
        for file in files {
            report.pageCount += 1
            let bytes: [UInt8]
            do {
                bytes = try PageFiles.read(file)
            } catch {
                report.diagnostics.append(Diagnostic(.error, "cannot read the page", at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            let result = DocParser.parse(bytes, file: file)
            report.diagnostics += result.diagnostics
            if let operation = result.operation { report.operations.append(operation) }
        }
        report.operations.sort { ($0.service, $0.action, $0.source.file) < ($1.service, $1.action, $1.source.file) }
        return report
    }
}
