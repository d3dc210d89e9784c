import Foundation
import Testing

/// README.md's Swift snippets are cut from files CI compiles (the example package and its
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

    @Test func everySwiftSnippetIsCutFromACompiledFile() throws {
        let readme = try Paths.text(Paths.root + "/README.md")
        let snippets = Self.snippets(readme)
        #expect(snippets.count >= 5)
        for snippet in snippets {
            guard let file = snippet.file else {
                Issue.record("README.md:\(snippet.line): a swift snippet without <!-- compiled: FILE -->")
                continue
            }
            let source = try Paths.text(Paths.root + "/" + file).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            // The snippet's lines, in order, among the file's (indentation aside).
            var position = 0
            for line in snippet.lines.map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
                guard let found = source[position...].firstIndex(of: line) else {
                    Issue.record("README.md:\(snippet.line): '\(line)' is not in \(file) (after line \(position))")
                    break
                }
                position = found + 1
            }
        }
    }
}
