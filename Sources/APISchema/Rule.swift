/// A rule that spans several fields.
public struct Rule: Sendable, Hashable, Codable {
    /// The kinds of rule.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// At least one of ``fields`` must be given.
        case atLeastOne
        /// ``field`` is required when ``when`` equals ``equals``.
        case requiredIf
    }

    /// Which rule.
    public var kind: Kind
    /// For `atLeastOne`: the wire paths of the alternatives (without `.n`).
    public var fields: [String]?
    /// For `requiredIf`: the wire path of the field that becomes required.
    public var field: String?
    /// For `requiredIf`: the wire path of the field that decides.
    public var when: String?
    /// For `requiredIf`: the deciding value.
    public var equals: String?
    /// The sentence the rule came from.
    public var sentence: String?
    /// Where the sentence is.
    public var source: SourceLocation?

    /// An at-least-one rule.
    public static func atLeastOne(_ fields: [String], sentence: String? = nil, source: SourceLocation? = nil) -> Rule {
        Rule(kind: .atLeastOne, fields: fields, sentence: sentence, source: source)
    }

    /// A conditional requirement.
    public static func requiredIf(_ field: String, when: String, equals: String,
                                  sentence: String? = nil, source: SourceLocation? = nil) -> Rule {
        Rule(kind: .requiredIf, field: field, when: when, equals: equals, sentence: sentence, source: source)
    }

    /// Creates a rule.
    public init(kind: Kind, fields: [String]? = nil, field: String? = nil, when: String? = nil,
                equals: String? = nil, sentence: String? = nil, source: SourceLocation? = nil) {
        self.kind = kind
        self.fields = fields
        self.field = field
        self.when = when
        self.equals = equals
        self.sentence = sentence
        self.source = source
    }
}
