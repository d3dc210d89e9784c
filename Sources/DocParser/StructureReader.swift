import DocText
import APISchema
import DocDialects
import DocMarkdown

/// Reads the structures a page defines: on a data-structure page (数据结构) every `## Name`
/// with its description and member table; on an operation page, a table under a heading that
/// is a structure's name and is not placed under one of the page's fields
/// (`#### Placement` on a batch page, used by `Placement | Placement object`).
struct StructureReader {
    let file: String
    let dialect: Dialect
    private(set) var diagnostics: [Diagnostic] = []
    private var drafts: [(name: String, at: SourceLocation, description: String, tree: FieldTree)] = []
    /// Paragraphs since the last heading: the next structure's description.
    private var pending: [String] = []

    init(file: String, dialect: Dialect) {
        self.file = file
        self.dialect = dialect
    }

    /// Words of a line that lists the actions using a structure (`被如下接口引用：…`), which is
    /// not part of its description.
    static let referenceLineMarkers = ["被如下接口引用", "Used by actions", "Referenced by", "used by the following"]

    /// The structure a heading names: one ASCII identifier starting with a capital letter
    /// (`## Placement`, `### Disk `), not a section title of the dialect, not the page's action
    /// and not a response wrapper.
    static func structureName(heading block: Block, action: String?, dialect: Dialect) -> (String, SourcePosition)? {
        guard case .heading(_, let text) = block.kind else { return nil }
        var name = text.bare.trimmingBlanks()
        // `## Credentials 数据结构`, `## Placement object`: the name before a structure word.
        // An English word only as a word of its own (`FilterObject` is a name).
        let lowered = name.lowercased()
        if let word = dialect.types.structureWords.first(where: { word in
            let ascii = word.unicodeScalars.allSatisfy(\.isASCII)
            return lowered.hasSuffix(ascii ? " " + word : word) && name.count > word.count
        }) {
            name = String(name.dropLast(word.count)).trimmingBlanks()
        }
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isUppercase, name.count <= 128,
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_") }),
              name != action, name != dialect.envelope.wrapper, dialect.sectionRole(ofHeading: name) == .other else { return nil }
        return (name, block.position)
    }

    /// The names of the structures read so far.
    var names: [String] { drafts.map(\.name) }

    /// The structure of `names` a type cell's word names, without regard to case or a plural
    /// `s` (`credentials` for `## Credentials 数据结构`, `Filters` for `Filter`); the exact name first.
    static func canonical(_ word: String, among names: [String]) -> String? {
        if names.contains(word) { return word }
        let key = word.lowercased()
        let singular = key.hasSuffix("s") ? String(key.dropLast()) : key
        return names.first { $0.lowercased() == key } ?? names.first { $0.lowercased() == singular }
            ?? names.first { $0.lowercased() == key + "s" }
    }

    /// A type cell's reading with a page structure named in other case or number given its
    /// defined name (nil when nothing changes). A bare lower-case word is no structure name by
    /// itself (`name`), only when the page defines one spelt so.
    static func respelled(_ spelling: TypeSpelling, among names: [String]) -> TypeSpelling? {
        switch spelling {
        case .unknown(let word):
            guard !word.contains(" "), let name = canonical(word, among: names) else { return nil }
            return .structure(name)
        case .structure(let word):
            guard let name = canonical(word, among: names), name != word else { return nil }
            return .structure(name)
        case .arrayOfStructure(let word):
            guard let name = canonical(word, among: names), name != word else { return nil }
            return .arrayOfStructure(name)
        default:
            return nil
        }
    }

    /// Notes a paragraph under the current heading (nil: a new heading starts).
    mutating func describe(_ text: String?) {
        guard let text else { pending = []; return }
        if Self.referenceLineMarkers.contains(where: { text.containsIgnoringASCIICase($0) }) { return }
        pending.append(text)
    }

    /// Whether a table under the heading `name` belongs under a field of the page's own tables
    /// (then it is read as before, nested there).
    func places(_ name: String, in tree: FieldTree?, section: SectionKind) -> Bool {
        guard let tree, section == .input || section == .output else { return false }
        return TableReader.container(forCaption: name, in: tree, elementsByDefault: section == .output) != nil
    }

    /// The structure a table's caption names (`**ForwardLBInfo**`, `包年包月（ChargePrepaidObject）相关参数如下：`):
    /// a name in it that a type cell of the page's tables refers to and that no table has defined yet.
    func named(byCaption caption: String?, trees: [FieldTree]) -> String? {
        guard let caption, caption.hasAtMostCharacters(120) else { return nil }
        let referenced = Set((trees + drafts.map(\.tree)).flatMap(Self.references))
        return TableReader.captionTokens(in: caption).map(\.text)
            .first { name in referenced.contains(name) && !drafts.contains { $0.name == name } }
    }

    /// The structure names a tree's type cells refer to.
    static func references(in tree: FieldTree) -> [String] {
        tree.allNodes().compactMap { _, node in
            switch node.row?.spelling {
            case .structure(let name)?, .arrayOfStructure(let name)?: name
            default: nil
            }
        }
    }

    /// Reads the member table of the structure `name`.
    mutating func read(_ table: Table, name: String, at position: SourcePosition, tables: inout TableReader) {
        let location = SourceLocation(file: file, line: position.line, column: position.column)
        if let earlier = drafts.first(where: { $0.name == name }) {
            diagnostics.append(Diagnostic(.warning, "structure '\(name)' is defined again (first at line \(earlier.at.line)); the first is kept", at: location))
            return
        }
        let tree = FieldTree()
        _ = tables.read(table, caption: nil, into: tree)
        diagnostics += tree.diagnostics
        drafts.append((name, location, pending.joined(separator: "\n"), tree))
        pending = []
    }

    /// The structures read, with their members built like any table's.
    mutating func build() -> [Structure] {
        drafts.map { draft in
            var builder = FieldBuilder(tree: draft.tree, nullableMarkers: dialect.nullableMarkers)
            let fields = builder.build()
            diagnostics += builder.diagnostics
            return Structure(name: draft.name, description: draft.description, fields: fields, source: draft.at)
        }
    }

    /// The references of fields (and structures) that name a structure the page neither defines
    /// nor gives members for, with the dotted path of the field.
    static func undefined(in fields: [Field], defined: Set<String>, prefix: String = "") -> [(path: String, field: Field)] {
        fields.flatMap { field -> [(path: String, field: Field)] in
            let path = prefix.isEmpty ? field.name : prefix + "." + field.name
            var found: [(path: String, field: Field)] = []
            if let ref = field.ref, (field.fields ?? []).isEmpty, !defined.contains(ref) { found.append((path, field)) }
            found += undefined(in: field.fields ?? [], defined: defined, prefix: path)
            if let item = field.item {
                if let ref = item.ref, (item.fields ?? []).isEmpty, !defined.contains(ref) { found.append((path + ".n", item)) }
                found += undefined(in: item.fields ?? [], defined: defined, prefix: path + ".n")
            }
            return found
        }
    }

    /// Fields with the members of the structures this page defines copied in (the reference kept),
    /// so a page reads whole on its own; structures defined elsewhere are the resolve stage's.
    static func inliningPageStructures(_ fields: [Field], _ structures: [Structure]) -> [Field] {
        var budget = memberLimit
        return inliningPageStructures(fields, structures, depth: 0, budget: &budget)
    }

    /// The most members a page's structures are copied into its fields as: structures that each
    /// hold several members of the next double at every level. Past it the references stay as
    /// they are, and the resolve stage, which expands them with the same bound, reports it.
    public static let memberLimit = 5_000

    private static func inliningPageStructures(_ fields: [Field], _ structures: [Structure], depth: Int, budget: inout Int) -> [Field] {
        guard !structures.isEmpty, depth < 16 else { return fields }
        return fields.map { field in
            var field = field
            if let ref = field.ref, (field.fields ?? []).isEmpty, let structure = structures.first(where: { $0.name == ref }) {
                budget -= structure.fields.count
                if budget >= 0 {
                    field.fields = inliningPageStructures(structure.fields, structures.filter { $0.name != ref }, depth: depth + 1, budget: &budget)
                }
            } else if let members = field.fields {
                field.fields = inliningPageStructures(members, structures, depth: depth + 1, budget: &budget)
            }
            if let item = field.item { field.item = inliningPageStructures([item], structures, depth: depth + 1, budget: &budget).first }
            return field
        }
    }
}
