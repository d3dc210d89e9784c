import Foundation
import Logging

/// Settings of one call that replace the client's for that call only, without building a new
/// client: `try await vpc.describeVpcEx(request, options: CallOptions(region: "sh", timeout: 5))`.
public struct CallOptions: Sendable {
    /// The region.
    public var region: String?
    /// Seconds to wait for each attempt's response.
    public var timeout: TimeInterval?
    /// How failed attempts are retried (``NoRetries`` to send once).
    public var retryPolicy: (any RetryPolicy)?
    /// Where to send (a test server, another region's endpoint); signed for its host.
    public var endpoint: URL?
    /// Where the call's log lines go.
    public var logger: Logger?
    /// Whether the request is checked against its documented constraints before sending
    /// (``ClientConfiguration/validatesRequests``): off for when the docs are wrong.
    public var validatesRequest: Bool?

    /// Options; nil keeps the client's setting.
    public init(region: String? = nil, timeout: TimeInterval? = nil, retryPolicy: (any RetryPolicy)? = nil, endpoint: URL? = nil,
                logger: Logger? = nil, validatesRequest: Bool? = nil) {
        self.region = region
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.endpoint = endpoint
        self.logger = logger
        self.validatesRequest = validatesRequest
    }
}

extension ClientConfiguration {
    /// This configuration with a call's options applied.
    public func applying(_ options: CallOptions) -> ClientConfiguration {
        var configuration = self
        if let region = options.region { configuration.region = region }
        if let timeout = options.timeout { configuration.timeout = timeout }
        if let policy = options.retryPolicy { configuration.retryPolicy = policy }
        if let endpoint = options.endpoint { configuration.endpoint = endpoint }
        if let logger = options.logger { configuration.logger = logger }
        if let validates = options.validatesRequest { configuration.validatesRequests = validates }
        return configuration
    }
}

/// What the runtime needs to send an action: what a generated ``OperationDescriptor`` states,
/// as a value, so that actions the docs describe wrongly can be sent too
/// (``QCloudClient/send(action:parameters:service:options:)``).
public struct OperationTarget: Sendable, Hashable {
    /// The action name.
    public var action: String
    /// The request host (`{region}` filled with the client's region).
    public var host: String
    /// The host inside Tencent Cloud's network, when there is one.
    public var internalHost: String?
    /// The request path.
    public var path: String
    /// How the call is sent.
    public var wireProtocol: WireProtocol
    /// The API version (versioned dialects).
    public var version: String?
    /// Secret members (wire paths, indexes as `n`).
    public var secretParameters: Set<String>
    /// Whether ambiguous failures are retried (read-only actions).
    public var retriesAmbiguousFailures: Bool

    /// A target stated by hand.
    public init(action: String, host: String, internalHost: String? = nil, path: String = "/v2/index.php",
                wireProtocol: WireProtocol = .v2, version: String? = nil, secretParameters: Set<String> = [],
                retriesAmbiguousFailures: Bool? = nil) {
        self.action = action
        self.host = host
        self.internalHost = internalHost
        self.path = path
        self.wireProtocol = wireProtocol
        self.version = version
        self.secretParameters = secretParameters
        self.retriesAmbiguousFailures = retriesAmbiguousFailures ?? ReadOnlyActions.isReadOnly(action)
    }

    /// What `operation` states.
    public init<Operation: OperationDescriptor>(_ operation: Operation.Type) {
        self.init(action: Operation.action, host: Operation.host, internalHost: Operation.internalHost, path: Operation.path,
                  wireProtocol: Operation.wireProtocol, version: Operation.version, secretParameters: Operation.secretParameters,
                  retriesAmbiguousFailures: Operation.retriesAmbiguousFailures)
    }

    /// Another action of the same service (same host, path, protocol and version).
    public func action(_ action: String) -> OperationTarget {
        OperationTarget(action: action, host: host, internalHost: internalHost, path: path, wireProtocol: wireProtocol, version: version)
    }
}

/// The runtime's logging defaults.
public enum QCloudLogging {
    /// A logger that drops everything: the default, so a library prints nothing unless its user
    /// gives it a logger.
    public static let silent = Logger(label: "qcloud", factory: { _ in SwiftLogNoOpLogHandler() })
}
