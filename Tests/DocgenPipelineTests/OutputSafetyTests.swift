import APISchema
import DocgenFind
import DocgenPipeline
import Foundation
import Testing

/// The write stage writes only files the generator owns, never through links, and two spec
/// folders cannot make one module.
@Suite struct OutputSafetyTests {
    /// A spec folder `specs/<name>` holding the given page and config; returns the specs root.
    static func specs(_ folders: [(name: String, page: String, config: String)]) throws -> String {
        let root = try Paths.scratch() + "/specs"
        for folder in folders {
            try FileManager.default.createDirectory(atPath: root + "/" + folder.name, withIntermediateDirectories: true)
            try GeneratorSecurityTests.page().write(toFile: root + "/" + folder.name + "/" + folder.page, atomically: true, encoding: .utf8)
            try folder.config.write(toFile: root + "/" + folder.name + "/docgen.yaml", atomically: true, encoding: .utf8)
        }
        return root
    }

    static func render(_ root: String) throws -> [Pipeline.Rendered] {
        let found = try SpecDiscovery.modules(under: root)
        #expect(found.diagnostics.isEmpty)
        return try Pipeline().render(found.modules).modules
    }

    /// `module: MyApp` must not replace a hand-written `Sources/MyApp/CreateThing.swift` with the
    /// file of the action CreateThing.
    @Test func handWrittenFilesAreLeftAlone() throws {
        let root = try Self.specs([("app", "main.md", "module: MyApp\n")])
        let output = root + "/../Sources"
        try FileManager.default.createDirectory(atPath: output + "/MyApp", withIntermediateDirectories: true)
        try "print(\"hand-written\")\n".write(toFile: output + "/MyApp/CreateThing.swift", atomically: true, encoding: .utf8)
        let modules = try Self.render(root)
        let folder = OutputFolder(path: output)
        let changes = folder.changes(for: modules)
        #expect(changes.refused == ["\(output)/MyApp/CreateThing.swift: not written by qcloud-docgen (no generated header); it is left alone"])
        #expect(throws: OutputError.self) { try folder.write(modules, changes) }
        #expect(try String(contentsOfFile: output + "/MyApp/CreateThing.swift", encoding: .utf8) == "print(\"hand-written\")\n")
        #expect(!FileManager.default.fileExists(atPath: output + "/MyApp/Service+Client.swift"))
    }

    /// A temporary file planted as a link to a file elsewhere is replaced, not followed.
    @Test func plantedTemporaryLinksAreNotFollowed() throws {
        let root = try Self.specs([("thing", "A.md", "module: Thing\n")])
        let output = root + "/../Generated"
        let victim = root + "/../victim.txt"
        try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: output + "/Thing", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: output + "/Thing/.CreateThing.swift.tmp", withDestinationPath: victim)
        let modules = try Self.render(root)
        let folder = OutputFolder(path: output)
        try folder.write(modules, folder.changes(for: modules))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        #expect(try String(contentsOfFile: output + "/Thing/CreateThing.swift", encoding: .utf8).hasPrefix(OutputFolder.header))
        #expect(!FileManager.default.fileExists(atPath: output + "/Thing/.CreateThing.swift.tmp"))
    }

    /// A module folder (or a file in it) that is a link is refused.
    @Test func linkedOutputFoldersAreRefused() throws {
        let root = try Self.specs([("thing", "A.md", "module: Thing\n")])
        let output = root + "/../Generated"
        let elsewhere = root + "/../elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: output + "/Thing", withDestinationPath: elsewhere)
        let modules = try Self.render(root)
        let changes = OutputFolder(path: output).changes(for: modules)
        #expect(changes.refused == ["\(output)/Thing: the module folder is a symbolic link; the generator does not write through links"])
        #expect(changes.written.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
    }

    /// Two folders that name one module in their docgen.yaml: an error naming both, and the
    /// second module is not made (never silently dropped).
    @Test func twoFoldersCannotNameOneModule() throws {
        let root = try Self.specs([("a", "A.md", "module: Same\n"), ("b", "B.md", "module: same\n")])
        let found = try SpecDiscovery.modules(under: root)
        let result = try Pipeline(partial: true).resolve(found.modules)
        #expect(result.modules.map(\.input.spec.name) == ["Same"])
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description)
            == ["\(root)/b:1:1: error: module same is also made from \(root)/a; give one of the two folders another name (docgen.yaml module:)"])
    }
}
