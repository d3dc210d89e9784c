import DocText
import APISchema

/// Assembles parameter rows into a tree of fields. Names build the tree: `x.n` is an array,
/// `x.n.y` a member of its element, `x.y` a member of an object; parents that no row
/// declares (`data` for `data.taskId`) are implied.
final class FieldTree {
    final class Node {
        let name: String
        /// Set by ``FieldTree/insert(_:)`` only (the tree's node list depends on it).
        fileprivate(set) var row: ParamRow?
        /// Values a table elsewhere on the page lists for this field (`status` → `| 编码 | 描述 |`
        /// under `1. status：`), used when the row's own description gives none.
        var pointedValues: [EnumValue] = []
        /// Adds values of one more table (metric tables split by section): each value once.
        func addPointedValues(_ values: [EnumValue]) {
            for value in values where !pointedValues.contains(where: { $0.value == value.value }) { pointedValues.append(value) }
        }

        /// The children in the order they first appeared.
        private(set) var children: [Node] = []
        private var byName: [String: Node] = [:]
        init(name: String) { self.name = name }

        func child(_ name: String) -> Node? { byName[name] }

        fileprivate func childOrNew(_ name: String) -> Node {
            if let existing = byName[name] { return existing }
            let node = Node(name: name)
            children.append(node)
            byName[name] = node
            return node
        }

        /// Whether this node is an array: it has an element child, or its row says Array and
        /// nothing below it is written without an index.
        var isArray: Bool {
            if child("n") != nil { return true }
            guard children.isEmpty, let spelling = row?.spelling else { return false }
            switch spelling {
            case .known(.array), .arrayOf, .arrayOfStructure: return true
            default: return false
            }
        }
    }

    let root = Node(name: "")
    private(set) var diagnostics: [Diagnostic] = []
    /// ``allNodes()`` as last walked; nil after a row was inserted (only ``insert(_:)`` adds
    /// nodes or rows: `childOrNew` and `row`'s setter are private to this file).
    private var walkedNodes: [(path: [String], node: Node)]?

    /// Required cells that state a condition, by the dotted path of their row.
    private(set) var requiredConditions: [String: RequiredCondition] = [:]

    /// Adds a row, with its required cell when that states a condition. A second row with the same
    /// path is reported and otherwise ignored.
    func insert(_ row: ParamRow, requiredCondition: RequiredCondition? = nil) {
        if let requiredCondition, requiredConditions[row.dottedPath] == nil { requiredConditions[row.dottedPath] = requiredCondition }
        walkedNodes = nil
        var node = root
        for segment in row.path { node = node.childOrNew(segment) }
        if let existing = node.row {
            let same = existing.typeText.lowercased() == row.typeText.lowercased()
                && existing.required == row.required
            if same {
                diagnostics.append(Diagnostic(.note, "'\(row.dottedPath)' is listed again (first at line \(existing.location.line))", at: row.location))
            } else {
                diagnostics.append(Diagnostic(.warning, "duplicate parameter '\(row.dottedPath)' differs from the row at line \(existing.location.line); the first row is used", at: row.location))
            }
            return
        }
        node.row = row
    }

    /// Gives rows whose type cell `respelled` reads otherwise the new reading (a structure of the
    /// page named in other case: `credentials` for `Credentials`).
    func respell(_ respelled: (ParamRow) -> TypeSpelling?) {
        for (_, node) in allNodes() {
            guard var row = node.row, let spelling = respelled(row) else { continue }
            row.spelling = spelling
            node.row = row
        }
    }

    /// The node at `path`, if it exists.
    func node(at path: [String]) -> Node? {
        var node = root
        for segment in path {
            guard let next = node.child(segment) else { return nil }
            node = next
        }
        return node
    }

    /// Every node's path, in insertion order (depth first).
    func allPaths() -> [[String]] {
        allNodes().map(\.path)
    }

    /// Every node with its path, in insertion order (depth first): for walks that need the
    /// nodes, without looking each path up again.
    func allNodes() -> [(path: [String], node: Node)] {
        if let walkedNodes { return walkedNodes }
        var result: [(path: [String], node: Node)] = []
        func walk(_ node: Node, _ prefix: [String]) {
            for child in node.children {
                let path = prefix + [child.name]
                result.append((path, child))
                walk(child, path)
            }
        }
        walk(root, [])
        walkedNodes = result
        return result
    }
}
