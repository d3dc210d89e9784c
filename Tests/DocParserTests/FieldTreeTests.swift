import APISchema
@testable import DocParser
import DocMarkdown
import Testing

/// ``FieldTree/allNodes()`` keeps its last walk until a row is inserted: after every insert the
/// list is the tree as it now is, in insertion order.
@Suite struct FieldTreeTests {
    static func row(_ dotted: String, line: Int) -> ParamRow {
        let location = SourceLocation(file: "a.md", line: line, column: 1)
        return ParamRow(path: dotted.split(separator: ".").map(String.init), typeText: "String", spelling: .known(.string),
                        required: nil, description: InlineText(segments: []), location: location, typeLocation: location,
                        descriptionLocation: location)
    }

    /// The walk the cache stands for, done afresh.
    static func walk(_ node: FieldTree.Node, _ prefix: [String] = []) -> [[String]] {
        node.children.flatMap { child in [prefix + [child.name]] + walk(child, prefix + [child.name]) }
    }

    @Test func nodesFollowEveryInsert() {
        let tree = FieldTree()
        #expect(tree.allNodes().isEmpty)
        let names = ["data", "data.list.n", "data.list.n.id", "offset", "data.total", "data.list.n.name", "offset", "a.b.c"]
        for (line, name) in names.enumerated() {
            _ = tree.allNodes()
            tree.insert(Self.row(name, line: line + 1))
            let nodes = tree.allNodes()
            #expect(nodes.map(\.path) == Self.walk(tree.root), "after \(name)")
            #expect(nodes.allSatisfy { tree.node(at: $0.path) === $0.node })
            #expect(tree.allPaths() == nodes.map(\.path))
        }
    }
}
