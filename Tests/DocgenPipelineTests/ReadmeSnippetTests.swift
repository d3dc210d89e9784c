import Foundation
import Testing

/// The Swift snippets of README.md and Docs/ are cut from files CI compiles (the example package and its
/// manifest): each ```swift block must be marked `<!-- compiled: FILE -->` and its lines must be
/// lines of that file, in order. So the README cannot show an API the code does not have.
@Suite struct ReadmeSnippetTests {
    struct Snippet {
        var file: String?
        var lines: [String]
        var line: Int
    }

    static func snippets(_ readme: String) -> [Snippet] {
        var result: [Snippet] = []
        var current: Snippet?
        var marker: String?
        for (index, raw) in readme.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if var snippet = current {
                if line == "```" {
                    result.append(snippet)
                    current = nil
                } else {
                    snippet.lines.append(raw)
                    current = snippet
                }
            } else if line.hasPrefix("<!-- compiled: "), line.hasSuffix("-->") {
                marker = String(line.dropFirst("<!-- compiled: ".count).dropLast(3)).trimmingCharacters(in: .whitespaces)
            } else if line == "```swift" {
                current = Snippet(file: marker, lines: [], line: index + 1)
                marker = nil
            } else if !line.isEmpty {
                marker = nil
            }
        }
        return result
    }

    /// The documents whose snippets are checked: README.md and Docs/*.md.
    static func documents() throws -> [String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/Docs").filter { $0.hasSuffix(".md") }.sorted()
        return ["README.md"] + docs.map { "Docs/" + $0 }
    }

    @Test func everySwiftSnippetIsCutFromACompiledFile() throws {
        var count = 0
        for document in try Self.documents() {
            let snippets = Self.snippets(try Paths.text(Paths.root + "/" + document))
            count += snippets.count
            try check(snippets, in: document)
        }
        #expect(count >= 5)
    }

    func check(_ snippets: [Snippet], in document: String) throws {
        for snippet in snippets {
            guard let file = snippet.file else {
                Issue.record("\(document):\(snippet.line): a swift snippet without <!-- compiled: FILE -->")
                continue
            }
            let source = try Paths.text(Paths.root + "/" + file).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            // The snippet's lines, in order, among the file's (indentation aside).
            var position = 0
            for line in snippet.lines.map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
                guard let found = source[position...].firstIndex(of: line) else {
                    Issue.record("\(document):\(snippet.line): '\(line)' is not in \(file) (after line \(position))")
                    break
                }
                position = found + 1
            }
        }
    }
}
