import DocParser
import DocgenPipeline
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
            #expect(try PageFiles.read(file.path) == bytes, "\(size) bytes")
        }
        #expect(throws: (any Error).self) { try PageFiles.read(folder.appendingPathComponent("missing.md").path) }
    }
}
