/// One example call: the request parameters and the response, as the page shows them.
public struct Example: Sendable, Hashable, Codable {
    /// The title the example stands under (`步骤1`), if any.
    public var title: String?
    /// The action the example request calls, if it names one.
    public var action: String?
    /// The host of the example URL (may be a placeholder such as `domain`).
    public var host: String?
    /// The request parameters in order, without `Action` and the common parameters.
    public var request: [ExampleParameter]
    /// The response, when it is valid JSON (or could be read after repairing NBSP or trailing commas).
    public var response: JSONValue?
    /// Where the request is.
    public var requestSource: SourceLocation?
    /// Where the response is.
    public var responseSource: SourceLocation?
    /// Required parameters the request leaves out (a doc bug), as wire paths with indexes.
    public var omittedRequired: [String]?
    /// Parameters the request passes that the input table does not document.
    public var undocumentedParameters: [String]?
    /// Parameters whose value does not read as the documented type.
    public var unreadableParameters: [String]?

    /// Creates an example.
    public init(title: String? = nil, action: String? = nil, host: String? = nil,
                request: [ExampleParameter] = [], response: JSONValue? = nil,
                requestSource: SourceLocation? = nil, responseSource: SourceLocation? = nil) {
        self.title = title
        self.action = action
        self.host = host
        self.request = request
        self.response = response
        self.requestSource = requestSource
        self.responseSource = responseSource
    }
}

/// A `name=value` pair of an example request.
public struct ExampleParameter: Sendable, Hashable, Codable {
    /// The parameter name as written (`userGwCidrBlock.0`).
    public var name: String
    /// The value as written.
    public var value: String

    /// Creates a parameter.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
