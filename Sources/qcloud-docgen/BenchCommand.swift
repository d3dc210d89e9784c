import APISchema
import ArgumentParser
import DocMarkdown
import DocParser
import DocgenPipeline
import Foundation
import ParallelMap
import SwiftCodegen

/// `qcloud-docgen bench PATH... [--scale K] [--repeat N]`: times cmark-gfm alone against the
/// whole pipeline (parse, schema, render, write) on the same pages, in process. With `--scale K`
/// the pages are first copied K times under renamed actions into a temporary folder, and the
/// pipeline reads them from there. Run a release build (Benchmarks/run.sh does).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the pipeline against cmark-gfm alone (use a release build).")

    @Argument(help: "Folders of pages (each becomes one module).")
    var paths: [String]

    @Option(help: "Copies of the pages, with renamed actions.")
    var scale = 1

    @Option(name: .customLong("repeat"), help: "Runs of each measurement; the median is reported.")
    var repetitions = 5

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let folders = scale == 1 ? paths : try Self.scaledCopies(of: paths, times: scale, into: work + "/pages")
        var modules: [(name: String, files: [String])] = []
        for folder in folders {
            // Older copies (`_alt/`) repeat actions: the benchmark reads each page once.
            let files = try PageFiles.expand([folder]).filter { !$0.contains("/_alt/") }
            modules.append((URL(fileURLWithPath: folder).lastPathComponent.uppercased(), files))
        }
        let pageCount = modules.reduce(0) { $0 + $1.files.count }
        // Read once for the cmark floor (the pipeline below reads the files itself).
        let bytes = try modules.flatMap(\.files).map(PageFiles.read)
        let megabytes = Double(bytes.reduce(0) { $0 + $1.count }) / 1_048_576
        let inputs = modules.map { ModuleInput(spec: ModuleSpec(name: "QCloud" + $0.name, sourceFolder: $0.name), pages: $0.files) }
        var pipeline = Pipeline()
        pipeline.generator = try SwiftGenerator()

        // Both sides use all cores (the pipeline reads and renders pages in parallel).
        let cmark = try Self.median(repetitions) { _ = try bytes.parallelMap { MarkdownReader.cmarkOnly($0) } }
        // The whole pipeline, as `generate` runs it: find (done above), classify, parse, resolve,
        // render, write. Parse+resolve is also timed alone, for the breakdown.
        var writeTime = 0.0
        let full = try Self.median(repetitions) {
            try? FileManager.default.removeItem(atPath: work + "/out")
            let rendered = try pipeline.run(inputs, through: .render)
            let start = Date()
            let folder = OutputFolder(path: work + "/out")
            try folder.write(rendered.modules, folder.changes(for: rendered.modules))
            writeTime += Date().timeIntervalSince(start)
        }
        let parse = try Self.median(repetitions) { _ = try pipeline.run(inputs, through: .resolve) }
        let runs = Double(repetitions)
        print(String(format: "pages %d (%.1f MB), scale %dx, median of %d runs", pageCount, megabytes, scale, repetitions))
        print(String(format: "cmark-gfm only:  %8.1f ms  (%.3f ms/page)", cmark * 1000, cmark * 1000 / Double(pageCount)))
        print(String(format: "full pipeline:   %8.1f ms  (%.3f ms/page): parse+resolve %.1f (median), render %.1f, write %.1f (mean)",
                     full * 1000, full * 1000 / Double(pageCount), parse * 1000, full * 1000 - parse * 1000 - writeTime / runs * 1000, writeTime / runs * 1000))
        print(String(format: "ratio full / cmark-only: %.1fx", full / cmark))
    }

    /// The median duration of `body` over `count` runs.
    static func median(_ count: Int, _ body: () throws -> Void) throws -> Double {
        var times: [Double] = []
        for _ in 0..<max(1, count) {
            let start = Date()
            try body()
            times.append(Date().timeIntervalSince(start))
        }
        return times.sorted()[times.count / 2]
    }

    /// Copies every page of each folder `times` times, the action renamed in each copy
    /// (`AddVpnConnEx` → `AddVpnConnExC7` everywhere it is written), into `root/<folder>`.
    static func scaledCopies(of folders: [String], times: Int, into root: String) throws -> [String] {
        var result: [String] = []
        for folder in folders {
            let target = root + "/" + URL(fileURLWithPath: folder).lastPathComponent
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            for file in try PageFiles.expand([folder]) where !file.contains("/_alt/") {
                let text = String(decoding: try PageFiles.read(file), as: UTF8.self)
                let action = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                for copy in 0..<times {
                    let renamed = action + "C\(copy)"
                    try Data(text.replacingOccurrences(of: action, with: renamed).utf8)
                        .write(to: URL(fileURLWithPath: target + "/" + renamed + ".md"))
                }
            }
            result.append(target)
        }
        return result
    }
}
