/// The small view models the templates render: all decisions are made in Swift, the templates
/// only place text. Every view has every key, so a missing value never resolves to a parent's.

struct OperationView {
    var sourceFile: String
    var doc: [String]
    var name: String
    var actionLiteral: String
    var hostLiteral: String
    var pathLiteral: String
    var errorType: String
    var errors: [CaseView]
    var requestType: String
    var responseType: String
    var exampleCount: Int
    var examples: [ExampleView]
    /// The internal endpoint's host as a literal, when the page gives one (zero or one element).
    var internalHost: [String]
    /// `.v2Versioned` or `.v3` for versioned pages (zero or one element).
    var wireProtocol: [String] = []
    /// The API version as a literal, when the page names one (zero or one element).
    var versionLiteral: [String] = []
    /// The request's secret members as literals of wire paths (`"IKESet.psk", "users.n.password"`).
    var secretParameters: String
    /// `true` or `false` when docgen.yaml decides whether ambiguous failures are retried (zero or one element).
    var retriesAmbiguousFailures: [String] = []
    /// The rendered request and response structs.
    var code: [String]
}

struct StructView {
    var doc: [String]
    var name: String
    var nameLiteral: String = ""
    var properties: [PropertyView]
    var hasProperties: Bool
    var checks: [String]
    var valueLists: [ValueListView]
    var nested: [StructView]
    /// Whether the type also decodes from a response (a shared model), not only from and to
    /// request parameters: it and its nested types.
    var decodable = false
    /// The rendered value lists and nested structs, indented, filled in when rendering.
    var innerCode: [String] = []
}

extension StructView {
    /// The view with ``decodable`` set, here and in its nested types.
    func decoding() -> StructView {
        var view = self
        view.decodable = true
        view.nested = nested.map { $0.decoding() }
        return view
    }
}

struct PropertyView {
    var doc: [String]
    var swiftName: String
    var label: String
    var swiftType: String
    var optional: Bool
    var wireLiteral: String
    var decodeCall: String
    var last: Bool
    /// Whether the member holds a secret (a key or password), redacted in descriptions.
    var secret: Bool = false
    /// How a shared model decodes the member from JSON (`try container.lenientInt(…)`).
    var keyDecodeCall: String = ""

    /// Whether this is the `requestId` the generator adds to every response.
    var isRequestId = false

    /// `label: first line of the member's doc`, for `- Parameters:` lists.
    var parameterDoc: String {
        let summary = doc.first { !$0.isEmpty && !$0.hasPrefix("Wire name") } ?? "Wire name \(wireLiteral)."
        let short = summary.count > 120 ? String(summary.prefix(117)) + "…" : summary
        return SwiftNaming.bare(label) + ": " + short
    }
}

struct ValueListView {
    var doc: [String]
    var name: String
    var values: [CaseView]
}

/// One named value: a documented value of a value list, or an error-code case.
struct CaseView {
    var doc: [String]
    var caseName: String
    var literal: String
    var last: Bool
    /// Other literals the case is matched by (an error code's `codeDesc`).
    var aliases: [AliasView] = []
}

/// Another literal a case is matched by, with the case's name (for sections that need both).
struct AliasView {
    var caseName: String
    var literal: String
}

struct ExampleView {
    struct Parameter {
        var name: String
        var value: String
    }
    var parameters: [Parameter]
    /// A string literal, or `nil`.
    var responseJSON: String
    /// Comma-separated string literals.
    var omittedRequired: String
    var undocumented: String
    var unreadable: String
    /// Whether the example shows a request (some show only a response).
    var showsRequest: Bool
}

/// The shared structures' file: one namespace, one struct per structure.
struct ModelsView {
    var sourceFolder: String
    var service: String
    var name: String
    /// The rendered structs, indented.
    var code: [String]
}

struct OperationsView {
    var sourceFolder: String
    var service: String
    var name: String
    var operations: [String]
}

struct ClientView {
    struct Method {
        var doc: [String]
        var method: String
        var type: String
        /// The deprecation message as a literal, when the action is documented only as deprecated.
        var deprecated: [String] = []
    }
    var sourceFolder: String
    var service: String
    var name: String
    var operations: [Method]
}

/// The paginators and waiters of one operation, as an extension of the service's client.
struct BehavioursView {
    struct PaginatorView {
        var action: String
        var method: String
        var type: String
        /// Closure bodies reading the request's offset and limit as `Int?` (`$0.offset`,
        /// `$0.offset.flatMap { Swift.Int($0) }` for a number written as a string), setting the
        /// offset from `$1`, and reading the response's total (`$0.data?.totalCount`; `_ in nil`
        /// where there is none).
        var offsetRead: String
        var offsetWrite: String
        var limitRead: String
        var totalRead: String
        /// Reads the response's items as an array whether the chain is optional or not.
        var itemsOrEmpty: String
        var itemType: String
        /// The first page's number where the offset counts pages (empty, or one element).
        var firstPage: [String]
        /// How the offset moves and when the walk ends, for the doc comment.
        var advance: String
        var end: String
        var itemsWire: String
    }
    struct WaiterView {
        struct StateCase {
            /// `"0"?, "3"?`
            var literals: String
            /// `.success`
            var state: String
        }
        var action: String
        var actionLiteral: String
        var name: String
        var type: String
        var poll: String
        var pollLabel: String
        /// The task id read from `response`, as an optional (`response.data?.taskId`).
        var taskIdRead: String
        var taskIdType: String
        /// The status read from `response` as optional text.
        var statusRead: String
        var taskIdWire: String
        var statusWire: String
        var successText: String
        var failureText: String
        var cases: [StateCase]
    }
    /// The call with the request's members as arguments.
    struct FlattenedView {
        struct Parameter {
            var label: String
            /// The label at a call site: without backticks (`protocol: x`).
            var argumentLabel: String
            var swiftType: String
            var optional: Bool
            var parameterDoc: String
            var last: Bool
        }
        var action: String
        var method: String
        var type: String
        var parameters: [Parameter]
        /// The deprecation message as a literal (zero or one element).
        var deprecated: [String] = []
    }
    var client: String
    var flattened: [FlattenedView] = []
    var paginators: [PaginatorView]
    var waiters: [WaiterView]
}

struct ErrorsView {
    var sourceFolder: String
    var service: String
    var name: String
    var errorAlias: String
    var cases: [CaseView]
}

extension Array {
    /// Marks the last element (for separators in templates).
    func markingLast<T>(_ transform: (Element, Bool) -> T) -> [T] {
        enumerated().map { transform($0.element, $0.offset == count - 1) }
    }
}

extension Set where Element == String {
    /// Claims `name`, or `name2`, `name3`, ... when it is taken, and returns what was claimed.
    mutating func claim(_ name: String) -> String {
        var candidate = name
        var index = 2
        while contains(candidate) {
            candidate = name + String(index)
            index += 1
        }
        insert(candidate)
        return candidate
    }
}
