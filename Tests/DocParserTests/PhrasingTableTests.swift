import Foundation
import Testing
@testable import DocParser

/// Every constraint phrasing lives in `Sources/DocParser/Phrasings`, one table per kind, each line
/// a pattern and a sentence from a real page: each line must read its own sentence, and every
/// line written in the folder must be in its table's list (so none escapes this test).
@Suite struct PhrasingTableTests {
    static let tables: [(name: String, lines: [any PhrasingLine])] = [
        ("values", ValuePhrasings.lines),
        ("value items", ItemPhrasing.all),
        ("defaults", DefaultPhrasings.lines),
        ("lengths", LengthPhrasings.lines),
        ("ranges", RangePhrasings.lines),
        ("item counts", ItemCountPhrasings.all),
        ("rules", RulePhrasings.lines),
        ("nothing to check", NonConstraintPhrasing.all),
    ]

    @Test(arguments: tables.map(\.name))
    func everyLineReadsItsExample(_ name: String) {
        let lines = Self.tables.first { $0.name == name }?.lines ?? []
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.pattern.firstMatch(in: line.example) != nil, "\(name): \(line.example)")
        }
    }

    /// The folder's lines, counted in its source (`Phrasing(`, `ItemPhrasing(`, …), are the
    /// tables' lines: a phrasing added to a file but not to its table's list fails here.
    @Test func theTablesListEveryLine() throws {
        let folder = Paths.packageRoot + "/Sources/DocParser/Phrasings"
        var written = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for constructor in ["= Phrasing(", "ItemPhrasing(pattern:", "NonConstraintPhrasing(pattern:", "RequiredIfPhrasing(\n", "        Phrasing(#"] {
                written += text.components(separatedBy: constructor).count - 1
            }
        }
        #expect(written == Self.tables.reduce(0) { $0 + $1.lines.count })
    }

    /// No constraint pattern is left outside the folder: the readers use the tables.
    @Test func noPhrasingOutsideTheFolder() throws {
        let folder = Paths.packageRoot + "/Sources/DocParser"
        for file in ["Constraints.swift", "RuleReader.swift", "ItemCount.swift", "ConstraintCoverage.swift"] {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let patterns = text.components(separatedBy: "Pattern(#").count - 1
            #expect(patterns <= (file == "RuleReader.swift" ? 1 : 0), "\(file) defines \(patterns) patterns of its own")
        }
    }
}
