import APISchema
import ArgumentParser
import DocParser
import DocgenFind
import DocgenPipeline
import Foundation

/// How the commands run the pipeline and show what it found.
enum CommandPipeline {
    /// What the find stage gives: the modules and its findings.
    typealias Found = (modules: [ModuleInput], diagnostics: [Diagnostic])

    /// Finds the modules at `paths` (lint, schema, diff): a missing path is bad usage (exit 2).
    /// `trustConfig`: obey what a docgen.yaml below a folder named widens (``TrustConfigOption``).
    static func modules(forPaths paths: [String], trustConfig: Bool = false) throws -> Found {
        do {
            return try SpecDiscovery.modules(forPaths: paths, trustingConfigBelow: trustConfig)
        } catch let error as PageFiles.NotFound {
            throw ValidationError("\(error)")
        }
    }

    /// Runs the pipeline up to a stage (`\.parse`, `\.resolve`, `\.render`: ``Pipeline/parse(_:)``
    /// and the others) over the modules at `paths`, with the find stage's findings first.
    static func run<Module>(paths: [String], trustConfig: Bool = false,
                            _ stage: (Pipeline) -> ([ModuleInput]) throws -> Pipeline.Outcome<Module>) throws -> Pipeline.Outcome<Module> {
        try run(modulesFound: try modules(forPaths: paths, trustConfig: trustConfig), stage)
    }

    /// Runs the pipeline up to a stage over modules the find stage gave, its findings first;
    /// `partial`: pages that cannot be read are left out of their modules (``Pipeline/partial``).
    static func run<Module>(modulesFound found: Found, partial: Bool = false,
                            _ stage: (Pipeline) -> ([ModuleInput]) throws -> Pipeline.Outcome<Module>) throws -> Pipeline.Outcome<Module> {
        var outcome = try stage(Pipeline(partial: partial))(found.modules)
        outcome.diagnostics = found.diagnostics + outcome.diagnostics
        return outcome
    }

    /// Writes findings to stderr as `path:line:column: severity: message`, page paths shown
    /// under `root` when given (SwiftPM and Xcode show them).
    static func report(_ diagnostics: [Diagnostic], notes: Bool, root: String? = nil) {
        var text = ""
        for diagnostic in diagnostics where notes || diagnostic.severity != .note {
            var shown = diagnostic
            if let root, !shown.location.file.hasPrefix("/") { shown.location.file = root + "/" + shown.location.file }
            text += shown.description + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// `--trust-config`, for every command that reads a folder of folders.
struct TrustConfigOption: ParsableArguments {
    @Flag(name: .long, help: "Obey docgen.yaml files below the folder named in full (allowedHosts, readOutside, ambiguous retries, errata that unmark a secret); by default those are the docs tree's and ignored with a warning.")
    var trustConfig = false
}
