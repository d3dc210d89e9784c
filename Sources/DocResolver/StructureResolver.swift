import APISchema
import DocDialects
import DocParser

/// Resolves the structures fields name (``Field/ref``): each reference is looked up among the
/// structures the service's pages define, nearest first (the same page, then the same folder,
/// then each enclosing folder: an API 3.0 page finds its product's 数据结构 page, a V3 page its
/// own 数据类型 page), and the structure's members are copied into the field, the reference
/// kept so the generator emits one shared type. A reference that resolves nowhere is a warning at
/// the field, which is then held as raw JSON; a structure that contains itself is an error, and
/// so is an operation whose structures expand to more than ``memberLimit`` members (structures
/// that each hold several members of the next double at every level: a few kilobytes of pages
/// would otherwise take minutes and gigabytes here, and the compiler far more).
enum StructureResolver {
    struct Result {
        var operations: [APISchema.Operation]
        /// The structures each operation uses (keys of ``definitions``), in the order of `operations`.
        var used: [Set<String>]
        /// The definitions used, by key (name and defining file).
        var definitions: [String: Structure]
        var diagnostics: [Diagnostic]

        /// The structures a set of the operations uses, one per name, with references in their
        /// members (not copies), sorted by name; and the operations with the references to a
        /// second definition of a name (another dialect's page: cbs `APIV3/数据类型.md` beside
        /// `API 3.0/数据结构.md`) removed, so those members stay types of their own operation.
        func shared(by chosen: [APISchema.Operation], keys: [Set<String>]) -> (operations: [APISchema.Operation], structures: [Structure]) {
            // The definition most operations use is the name's shared type.
            var counts: [String: Int] = [:]
            for set in keys { for key in set { counts[key, default: 0] += 1 } }
            var primary: [String: String] = [:]
            for key in counts.keys.sorted() {
                guard let structure = definitions[key] else { continue }
                if let current = primary[structure.name], (counts[current] ?? 0) >= (counts[key] ?? 0) { continue }
                primary[structure.name] = key
            }
            let operations = zip(chosen, keys).map { operation, set -> APISchema.Operation in
                let others = Set(set.compactMap { key in definitions[key].flatMap { primary[$0.name] == key ? nil : $0.name } })
                guard !others.isEmpty else { return operation }
                var operation = operation
                operation.input = operation.input.map { StructureResolver.removingRefs(others, from: $0) }
                operation.output = operation.output.map { StructureResolver.removingRefs(others, from: $0) }
                return operation
            }
            let structures = primary.values.compactMap { definitions[$0] }.sorted { ($0.name, $0.source.file) < ($1.name, $1.source.file) }
            return (operations, structures)
        }
    }

    /// A field with its references to the named structures removed (its members stay).
    static func removingRefs(_ names: Set<String>, from field: Field) -> Field {
        var field = field
        if let ref = field.ref, names.contains(ref) { field.ref = nil }
        field.fields = field.fields.map { $0.map { removingRefs(names, from: $0) } }
        if let item = field.item { field.item = removingRefs(names, from: item) }
        if let value = field.valueField { field.valueField = removingRefs(names, from: value) }
        return field
    }

    /// The deepest nesting of structures followed (the docs nest up to 6).
    static let depthLimit = 32
    /// The most members one operation's structures may expand to (the published docs' largest
    /// operation has 678, structures included).
    static let memberLimit = 5_000

    static func resolve(_ operations: [APISchema.Operation], structures: [Structure]) -> Result {
        // A field that names a structure and gives its members in place (`chargePrepaid |
        // ChargePrepaidObject` with a table nested under it) defines it for other pages too.
        // (Once per name and place: a page's structures copied into its fields at parse time
        // repeat the same rows many times over.)
        var seenInPlace: Set<String> = []
        let inline = operations.flatMap { $0.input + $0.output }.flatMap(\.structuresDefinedInPlace).filter { structure in
            seenInPlace.insert("\(structure.name)\u{0}\(structure.source.file)\u{0}\(structure.source.line)\u{0}\(structure.source.column ?? 0)").inserted
        }
        var state = State(byName: Dictionary(grouping: structures + inline, by: \.name))
        var used: [Set<String>] = []
        let resolved = operations.map { operation -> APISchema.Operation in
            var operation = operation
            let file = operation.source.file
            state.current = []
            state.unresolvedTop = []
            state.expanded = 0
            state.overLimit = false
            defer { used.append(state.current) }
            operation.input = operation.input.map { state.inlineTop($0, from: file) }
            operation.output = operation.output.map { state.inlineTop($0, from: file) }
            // The examples' use of the members now known is checked as the page's own are.
            let resolvedFields = Set((operation.input + operation.output).filter(Self.namesStructure).map(\.name))
                .union(state.unresolvedTop)
            if !resolvedFields.isEmpty {
                let (checked, findings) = ExampleChecker.recheck(operation, fields: resolvedFields,
                                                                 envelope: Dialect.named(operation.dialect).envelope)
                operation = checked
                state.diagnostics += findings
            }
            return operation
        }
        return Result(operations: resolved, used: used, definitions: state.used, diagnostics: state.diagnostics)
    }

    /// Whether a field or one below it names a resolved structure whose members it took.
    static func namesStructure(_ field: Field) -> Bool {
        if field.ref != nil, !(field.fields ?? []).isEmpty { return true }
        return ((field.fields ?? []) + [field.item, field.valueField].compactMap { $0 }).contains(where: namesStructure)
    }

    private struct State {
        let byName: [String: [Structure]]
        var used: [String: Structure] = [:]
        /// The keys the operation being resolved uses.
        var current: Set<String> = []
        /// The top-level fields of the operation being resolved that hold a structure defined
        /// nowhere (now raw JSON): their examples are checked again.
        var unresolvedTop: Set<String> = []
        var diagnostics: [Diagnostic] = []
        /// Unknown references already reported, by file and name (one error per row).
        private var reported: Set<String> = []
        /// How many structure members the operation being resolved has taken so far.
        var expanded = 0
        /// Whether the operation being resolved went past ``StructureResolver/memberLimit`` or
        /// ``StructureResolver/depthLimit`` (reported once; nothing more is expanded for it).
        var overLimit = false

        init(byName: [String: [Structure]]) {
            self.byName = byName
        }

        /// The operation's row that the field being expanded is under (where a finding about the
        /// whole expansion is reported).
        private var top = SourceLocation(file: "", line: 1)

        /// A top-level field of an operation, its structures expanded.
        mutating func inlineTop(_ field: Field, from file: String) -> Field {
            top = field.source
            return inline(field, from: file, path: field.name, stack: [])
        }

        mutating func inline(_ field: Field, from file: String, path: String, stack: [String]) -> Field {
            var field = field
            if let ref = field.ref {
                if let structure = lookup(ref, from: file) {
                    let key = structure.name + "\u{0}" + structure.source.file
                    field.ref = structure.name
                    if stack.contains(key) {
                        diagnostics.append(Diagnostic(.error, "structure '\(structure.name)' contains itself (through '\(path)'); it cannot be generated", at: field.source))
                        field.fields = []
                        return field
                    }
                    if overLimit || stack.count >= StructureResolver.depthLimit {
                        if !overLimit {
                            overLimit = true
                            diagnostics.append(Diagnostic(.error, "structures are nested more than \(StructureResolver.depthLimit) deep (at '\(path)'); it cannot be generated", at: top))
                        }
                        field.fields = []
                        return field
                    }
                    if used[key] == nil { used[key] = structure }
                    current.insert(key)
                    if (field.fields ?? []).isEmpty {
                        expanded += structure.fields.count
                        guard !overLimit, expanded <= StructureResolver.memberLimit else {
                            if !overLimit {
                                overLimit = true
                                diagnostics.append(Diagnostic(.error, "the structures of this operation expand to more than \(StructureResolver.memberLimit) members (at '\(path)', structure '\(structure.name)': structures that each hold several members of the next double at every level); it cannot be generated", at: top))
                            }
                            field.fields = []
                            return field
                        }
                        field.fields = structure.fields.map { inline($0, from: structure.source.file, path: path + "." + $0.name, stack: stack + [key]) }
                        return field
                    }
                } else if (field.fields ?? []).isEmpty {
                    // Published trees name structures defined on other products' pages
                    // (`SystemDisk`, OCR's 数据结构 page): the field is still usable, held as raw
                    // JSON (members an example shows are added later), so this is a warning;
                    // docgen.yaml `readOutside` can bring the defining page in.
                    let typeText = field.documentedType ?? ref
                    if reported.insert(file + "\u{0}" + path + "\u{0}" + ref).inserted {
                        diagnostics.append(Diagnostic(.warning, "unknown type '\(typeText)' for '\(path)': no structure '\(ref)' is defined on the service's pages (数据结构); held as raw JSON", at: field.source))
                    }
                    field.ref = nil
                    unresolvedTop.insert(String(path.prefix { $0 != "." }))
                }
            }
            field.fields = field.fields.map { $0.map { inline($0, from: file, path: path + "." + $0.name, stack: stack) } }
            if let item = field.item { field.item = inline(item, from: file, path: path + ".n", stack: stack) }
            if let value = field.valueField { field.valueField = inline(value, from: file, path: path + ".value", stack: stack) }
            return field
        }

        /// The definition of `name` nearest to `file`: the same page, then the folder with the
        /// longest common path; `Images` also finds `Image`.
        func lookup(_ name: String, from file: String) -> Structure? {
            var candidates = byName[name] ?? []
            if candidates.isEmpty, name.hasSuffix("s") { candidates = byName[String(name.dropLast())] ?? [] }
            let folders = file.split(separator: "/").dropLast()
            return candidates.min { a, b in
                let (ka, kb) = (key(a, folders: folders, file: file), key(b, folders: folders, file: file))
                if ka != kb { return ka < kb }
                return a.source.file.utf8.lexicographicallyPrecedes(b.source.file.utf8)
            }
        }

        /// Smaller is nearer: 0 for the same page, else how many of the page's folders are not
        /// shared with the definition's.
        private func key(_ structure: Structure, folders: ArraySlice<Substring>, file: String) -> Int {
            if structure.source.file == file { return 0 }
            let theirs = structure.source.file.split(separator: "/").dropLast()
            let shared = zip(folders, theirs).prefix { $0 == $1 }.count
            return 1 + folders.count - shared
        }
    }
}
