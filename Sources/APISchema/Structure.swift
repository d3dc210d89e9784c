/// A named data structure of a service (`Placement`, `Disk`): read from the product's
/// data-structure page (数据结构, `## Name` and a member table) or from a table on an operation
/// page headed by the structure's name, and shared by every operation whose fields name it
/// (``Field/ref``).
public struct Structure: Sendable, Hashable, Codable {
    /// The structure's name as the pages write it.
    public var name: String
    /// The text between its heading and its table.
    public var description: String
    /// The members.
    public var fields: [Field]
    /// Where it is defined.
    public var source: SourceLocation

    /// Creates a structure.
    public init(name: String, description: String = "", fields: [Field], source: SourceLocation) {
        self.name = name
        self.description = description
        self.fields = fields
        self.source = source
    }
}

extension Field {
    /// The structures this field and those below it define in place: a field that names a
    /// structure and gives its members (`chargePrepaid | ChargePrepaidObject` with a table nested
    /// under it), depth first.
    public var structuresDefinedInPlace: [Structure] {
        var found: [Structure] = []
        if let ref, let members = fields, !members.isEmpty {
            found.append(Structure(name: ref, description: "", fields: members, source: source))
        }
        for member in (fields ?? []) + [item, valueField].compactMap({ $0 }) {
            found += member.structuresDefinedInPlace
        }
        return found
    }
}
