import DocParser
import DocgenFind
import Foundation
import TestSupport
import Testing

/// `PageFiles.read` reads a page into an array of the file's size; it must give every byte of
/// any file, and stop one byte past the page limit (so the parser can refuse the page).
@Suite struct PageFilesTests {
    @Test func readsEveryByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pagefiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SeededTexts(seed: 17)
        for size in [0, 1, 2, 4095, 4096, 65_535, 65_536, 65_537, 300_001] {
            let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let file = folder.appendingPathComponent("\(size).md")
            try Data(bytes).write(to: file)
            #expect(try PageFiles.read(file.path, limit: InputLimits.pageBytes) == bytes, "\(size) bytes")
        }
        #expect(throws: (any Error).self) { try PageFiles.read(folder.appendingPathComponent("missing.md").path, limit: InputLimits.pageBytes) }
    }

    /// `generate PAGE.md`: a page where a folder is needed is named as one, not as missing.
    @Test func aPageWhereAFolderIsNeededSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pagefiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("说明.md")
        try Data("# 说明".utf8).write(to: page)
        do {
            _ = try SpecDiscovery.modules(under: page.path)
            Issue.record("a page was taken for a folder")
        } catch let error as PageFiles.NotFound {
            #expect(error.description.hasSuffix("is a page, not a folder (generate takes a folder of pages; check, lint and schema take pages)"))
        }
        do {
            _ = try SpecDiscovery.modules(under: folder.appendingPathComponent("missing").path)
            Issue.record("a missing folder was found")
        } catch let error as PageFiles.NotFound {
            #expect(error.description.hasSuffix(": no such file or folder"))
        }
    }
}
