/// What a generated operation knows about itself: its request and response types, where it is
/// sent, the error codes and the examples its page documents.
public protocol OperationDescriptor: Sendable {
    /// The request type. (Not `Hashable`: derived `==` and `hash(into:)` for every request and
    /// nested type cost as much to compile as the rest of a request; compare requests by their
    /// parameters, ``ParameterWriter/parameters``.)
    associatedtype Request: ParameterStruct & ParameterEncodable & Validatable
    /// The response type.
    associatedtype Response: Decodable & Sendable
    /// The service's error codes.
    associatedtype ErrorCode: ServiceErrorCode

    /// The action name sent as `Action=`.
    static var action: String { get }
    /// The request host; a `{region}` in it is filled with the client's region.
    static var host: String { get }
    /// The host inside Tencent Cloud's network, when the docs give one (`*.api.tencentyun.com`).
    static var internalHost: String? { get }
    /// The request path.
    static var path: String { get }
    /// The error codes the page documents.
    static var documentedErrors: [ErrorCode] { get }
    /// The page's examples.
    static var examples: [OperationExample] { get }
    /// The request members that hold secrets, as wire paths with array indexes written `n`
    /// (`IKESet.psk`, `users.n.password`): redacted in dry runs, logs and errors.
    static var secretParameters: Set<String> { get }
    /// How the operation is sent, by the dialect of its page.
    static var wireProtocol: WireProtocol { get }
    /// The API version versioned pages name (`2017-03-12`), sent as `Version` or `X-TC-Version`.
    static var version: String? { get }
    /// Whether a failure that leaves it unknown if the server acted (a timeout after sending,
    /// HTTP 500, error 6000) is retried: read-only actions by their name
    /// (``ReadOnlyActions``), unless docgen.yaml's `retries:` says otherwise.
    static var retriesAmbiguousFailures: Bool { get }
}

extension OperationDescriptor {
    /// Classic v2 unless the page said otherwise.
    public static var wireProtocol: WireProtocol { .v2 }
    /// No version (classic v2 pages).
    public static var version: String? { nil }
    /// No secret members beyond those secret by name (``SecretNames``).
    public static var secretParameters: Set<String> { [] }
    /// No internal endpoint.
    public static var internalHost: String? { nil }
    /// Read-only actions by name (``ReadOnlyActions/isReadOnly(_:)``).
    public static var retriesAmbiguousFailures: Bool { ReadOnlyActions.isReadOnly(action) }
}

/// One documented example call, kept in the generated module so tests can replay it.
public struct OperationExample: Sendable {
    /// The request parameters, without Action and the common parameters.
    public var parameters: [(name: String, value: String)]
    /// The response as JSON text, when the page shows one that parses.
    public var responseJSON: String?
    /// Required parameters the example leaves out (a doc bug).
    public var omittedRequired: [String]
    /// Parameters the example passes that the input table does not document.
    public var undocumented: [String]
    /// Parameters whose value is not of the documented type.
    public var unreadable: [String]
    /// Whether the example shows a request (some show only a response, such as a failure case).
    public var showsRequest: Bool

    /// Creates an example.
    public init(parameters: [(name: String, value: String)], responseJSON: String?, omittedRequired: [String] = [],
                undocumented: [String] = [], unreadable: [String] = [], showsRequest: Bool = true) {
        self.showsRequest = showsRequest
        self.parameters = parameters
        self.responseJSON = responseJSON
        self.omittedRequired = omittedRequired
        self.undocumented = undocumented
        self.unreadable = unreadable
    }
}
