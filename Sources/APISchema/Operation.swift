/// One API action, as documented by one page.
public struct Operation: Sendable, Hashable, Codable {
    /// The action name sent as `Action=` (`AddVpnConnEx`).
    public var action: String
    /// The service the action belongs to: the first label of the host (`vpc`).
    public var service: String
    /// The request host (`vpc.api.qcloud.com`).
    public var host: String
    /// The page dialect the operation was read in (`v2`).
    public var dialect: String?
    /// The request path (the dialect's default, `/v2/index.php` for v2 pages).
    public var path: String
    /// The first sentence of the page's description.
    public var summary: String
    /// The whole description section as plain text.
    public var description: String?
    /// Where the page is.
    public var source: SourceLocation
    /// The request parameters, as a tree.
    public var input: [Field]
    /// The response fields, as a tree.
    public var output: [Field]
    /// The error codes the page documents.
    public var errors: [ErrorCode]
    /// Cross-field rules (one-of, conditional requirement).
    public var rules: [Rule]
    /// The page's examples.
    public var examples: [Example]
    /// The summary in English, from the page's English twin (`X_en.md`), when generation paired one.
    public var summaryEn: String?
    /// The description in English, from the English twin.
    public var descriptionEn: String?
    /// Whether the only pages of the action are in deprecated folders (`废弃`, `弃用`).
    public var deprecated: Bool?
    /// The API version a versioned page names (`2017-03-12`): sent as `Version` (V3 pages) or
    /// `X-TC-Version` (API 3.0).
    public var version: String?
    /// The endpoints, when the page gives more than one host or a region template
    /// (`cmq-queue-{region}.api.qcloud.com`); ``host`` is the first.
    public var endpoints: [Endpoint]?
    /// Whether failures that leave it unknown if the server acted are retried, when docgen.yaml
    /// `retries:` says so for this action (nil: by the action's name, read-only ones retried).
    public var retriesAmbiguousFailures: Bool?
    /// How the operation pages, when its tables show offset/limit paging (``Pagination``).
    public var pagination: Pagination?
    /// How to wait for the task the operation starts (docgen.yaml `waiters:`).
    public var waiter: TaskWaiter?

    /// Creates an operation.
    public init(action: String, service: String, host: String, path: String,
                summary: String, description: String? = nil, source: SourceLocation,
                input: [Field] = [], output: [Field] = [], errors: [ErrorCode] = [],
                rules: [Rule] = [], examples: [Example] = [], dialect: String? = nil) {
        self.action = action
        self.dialect = dialect
        self.service = service
        self.host = host
        self.path = path
        self.summary = summary
        self.description = description
        self.source = source
        self.input = input
        self.output = output
        self.errors = errors
        self.rules = rules
        self.examples = examples
    }
}

/// One of an operation's hosts.
public struct Endpoint: Sendable, Hashable, Codable {
    /// Reached from the internet, or only from inside Tencent Cloud (`*.api.tencentyun.com`).
    public enum Kind: String, Sendable, Hashable, Codable {
        case `public`, `internal`
    }

    /// The host, perhaps with a `{region}` placeholder the client fills in.
    public var host: String
    /// Which network the host serves.
    public var kind: Kind

    /// Creates an endpoint.
    public init(host: String, kind: Kind) {
        self.host = host
        self.kind = kind
    }
}

/// Offset/limit paging, found by the rule in the resolve stage: top-level integer request
/// parameters named `offset` and `limit` (any case), and a response level (the top, or one
/// object such as `data`) with exactly one integer total (`totalCount`, `total`, `totalNum`)
/// and exactly one array.
public struct Pagination: Sendable, Hashable, Codable {
    /// The offset parameter's wire name (`offset`; `pageNo` where it counts pages).
    public var offset: String
    /// The limit parameter's wire name (`limit`, `pageSize`).
    public var limit: String
    /// The total's path in the response (`["data", "totalCount"]`); nil where the response
    /// states none (the walk ends at a page shorter than the limit).
    public var total: [String]?
    /// The list's path in the response (`["data", "aclSet"]`).
    public var items: [String]
    /// Where the offset counts pages, not items: the first page's number (1, or 0 where the
    /// docs say so).
    public var firstPage: Int?

    /// Creates a paging description.
    public init(offset: String, limit: String, total: [String]?, items: [String], firstPage: Int? = nil) {
        self.offset = offset
        self.limit = limit
        self.total = total
        self.items = items
        self.firstPage = firstPage
    }
}

/// How to wait for an asynchronous task an operation starts: which response member holds the
/// task id, which action polls it with which parameter, and how its status reads.
public struct TaskWaiter: Sendable, Hashable, Codable {
    /// The task id's path in the operation's response (`["data", "taskId"]`).
    public var taskId: [String]
    /// The polling action (`DescribeVpcTaskResult`).
    public var poll: String
    /// The polling action's parameter that takes the task id (`taskId`).
    public var pollParameter: String
    /// The status's path in the polling action's response (`["data", "status"]`).
    public var status: [String]
    /// Status values meaning success, failure and still running.
    public var success: [String]
    public var failure: [String]
    public var pending: [String]

    /// Creates a waiter description.
    public init(taskId: [String], poll: String, pollParameter: String, status: [String], success: [String], failure: [String],
                pending: [String]) {
        self.taskId = taskId
        self.poll = poll
        self.pollParameter = pollParameter
        self.status = status
        self.success = success
        self.failure = failure
        self.pending = pending
    }
}
