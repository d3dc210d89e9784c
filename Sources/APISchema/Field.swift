/// A request parameter or response field. Objects hold their members in ``fields``; arrays
/// describe their element in ``items`` (whose name is `n`, as the docs write it).
public struct Field: Sendable, Hashable, Codable {
    /// The wire name at this level (`IKESet`, then `propoEncryAlgorithm` inside it).
    public var name: String
    /// The type.
    public var type: FieldType
    /// Whether the parameter must be given. For a member of an optional object or array element
    /// it means "required when the parent is given".
    public var required: Bool
    /// Plain-text description (HTML stripped, links as Markdown links).
    public var description: String
    /// The type as the page spells it (`Array`, `ChargePrepaidObject`), when it differs from ``type``.
    public var documentedType: String?
    /// The element, for arrays.
    public var items: Indirect<Field>?
    /// The members, for objects.
    public var fields: [Field]?
    /// The values, for maps (`map[string]int`: an integer field named `value`).
    public var values: Indirect<Field>?
    /// The closed list of values, when the description gives one.
    public var `enum`: [EnumValue]?
    /// The documented literal default.
    public var `default`: String?
    /// Inclusive numeric lower bound.
    public var minimum: Double?
    /// Inclusive numeric upper bound.
    public var maximum: Double?
    /// Minimum length in characters.
    public var minLength: Int?
    /// Maximum length in characters.
    public var maxLength: Int?
    /// The greatest number of elements, for arrays (`最多支持100个`, `Up to 100 IDs`).
    public var maxItems: Int?
    /// The sentences the constraints above came from.
    public var constraintSources: [String]?
    /// Where the row is (for a member only the example shows, the example response).
    public var source: SourceLocation
    /// The description in English, from the page's English twin, when generation paired one.
    public var descriptionEn: String?
    /// Where the member comes from when not from the page's tables: decided in the resolve stage.
    public var origin: FieldOrigin?
    /// Whether the value is a secret (a key, a password): redacted wherever it is shown.
    /// Decided in the resolve stage from the name and description, or by an erratum.
    public var secret: Bool?
    /// The Swift name an erratum gives the member, instead of the one derived from ``name``.
    public var swiftName: String?
    /// The reasons of the docgen.yaml errata that changed this field.
    public var errata: [String]?
    /// The named structure this field holds (on an `object` field, or on the `items` of an
    /// array): `Placement` for a type written `[Placement](/document/api/362/15669#Placement)`,
    /// `Placement object` or `Array of Placement`. Its members are the structure's.
    public var ref: String?
    /// Whether the response may carry JSON `null` here (`注意：此字段可能返回 null`).
    public var nullable: Bool?

    /// Creates a field.
    public init(name: String, type: FieldType, required: Bool = false, description: String = "",
                documentedType: String? = nil, items: Field? = nil, fields: [Field]? = nil, values valueField: Field? = nil,
                enum values: [EnumValue]? = nil, default defaultValue: String? = nil,
                minimum: Double? = nil, maximum: Double? = nil, minLength: Int? = nil,
                maxLength: Int? = nil, constraintSources: [String]? = nil, source: SourceLocation) {
        self.name = name
        self.type = type
        self.required = required
        self.description = description
        self.documentedType = documentedType
        self.items = items.map(Indirect.init)
        self.fields = fields
        self.values = valueField.map(Indirect.init)
        self.enum = values
        self.default = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.constraintSources = constraintSources
        self.source = source
    }

    /// The value of a map field.
    public var valueField: Field? {
        get { values?.value }
        set { values = newValue.map(Indirect.init) }
    }

    /// The element of an array field.
    public var item: Field? {
        get { items?.value }
        set { items = newValue.map(Indirect.init) }
    }
}

/// A box that lets a value type hold a value of its own type (an array's element field).
/// Encodes as the wrapped value.
public struct Indirect<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
    private let box: Box

    /// Wraps a value.
    public init(_ value: Value) { box = Box(value) }
    /// The wrapped value.
    public var value: Value { box.value }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
    public init(from decoder: any Decoder) throws { self.init(try Value(from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

/// Where a field comes from when the tables do not give it as it is.
public enum FieldOrigin: String, Sendable, Hashable, Codable {
    /// Not in the tables: only the page's example response shows the member.
    case example
    /// In the tables, but the example response shows another shape (a list where the table says
    /// a string, ...); the example's shape is kept so the real response decodes.
    case exampleShape
}

/// The types a field can have.
public enum FieldType: String, Sendable, Hashable, Codable, CaseIterable {
    case string, integer, number, boolean, array, object, datetime
    /// String keys to values of one type (`map[string]int`); ``Field/values`` describes the values.
    case map
    /// A string whose content is JSON (`spdAcl`).
    case json
}

/// One value of a closed list, with its meaning for code lists (`0：公网网关`).
public struct EnumValue: Sendable, Hashable, Codable {
    /// The value as sent on the wire.
    public var value: String
    /// What the value means, when the page says.
    public var description: String?

    /// Creates an enum value.
    public init(value: String, description: String? = nil) {
        self.value = value
        self.description = description
    }
}
