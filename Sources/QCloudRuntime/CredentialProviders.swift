import Foundation
import Logging

/// Where a client's credentials come from. Asked before every attempt, so expiring
/// credentials are replaced without building a new client.
public protocol CredentialProvider: Sendable {
    /// The credentials to sign with; throws ``CredentialProviderError/notFound(_:)`` when this
    /// source has none (a chain then asks the next).
    func credentials() async throws -> Credentials
}

/// Why a provider gave no credentials. Messages never include a secret.
public enum CredentialProviderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// This source has no credentials (the next one in a chain is asked).
    case notFound(String)
    /// The source exists but is unusable (a malformed profile file, a metadata answer without keys).
    case invalid(String)

    public var description: String {
        switch self {
        case .notFound(let reason): return "no credentials: \(Redaction.printable(reason))"
        case .invalid(let reason): return "unusable credentials: \(Redaction.printable(reason))"
        }
    }
}

/// Credentials given in code.
public struct StaticCredentials: CredentialProvider {
    /// The credentials.
    public let value: Credentials

    /// A provider of `credentials`.
    public init(_ credentials: Credentials) {
        self.value = credentials
    }

    public func credentials() async throws -> Credentials { value }
}

/// `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY` and the optional
/// `TENCENTCLOUD_SESSION_TOKEN`, read when asked.
public struct EnvironmentCredentials: CredentialProvider {
    private let environment: @Sendable () -> [String: String]

    /// Reads the process's environment, or `environment` (tests).
    public init(environment: @escaping @Sendable () -> [String: String] = { ProcessInfo.processInfo.environment }) {
        self.environment = environment
    }

    public func credentials() async throws -> Credentials {
        guard let credentials = Credentials.fromEnvironment(environment()) else {
            throw CredentialProviderError.notFound("\(Credentials.secretIdVariable) and \(Credentials.secretKeyVariable) are not both set")
        }
        return credentials
    }
}

/// Tries providers in order and uses the first that has credentials; the others' "not found"
/// reasons make up the error when none has.
public struct CredentialChain: CredentialProvider {
    /// The providers, first asked first.
    public let providers: [any CredentialProvider]

    /// A chain of `providers`.
    public init(_ providers: [any CredentialProvider]) {
        self.providers = providers
    }

    /// The order Tencent Cloud's SDKs use: the environment, the profile file
    /// (`~/.tencentcloud/credentials`, profile `TENCENTCLOUD_PROFILE` or `default`), then the
    /// CVM instance role, refreshed before it expires; all cached.
    public static func standard(transport: any Transport = URLSessionTransport(),
                                logger: Logger = QCloudLogging.silent) -> CachedCredentials {
        CachedCredentials(CredentialChain([
            EnvironmentCredentials(),
            ProfileCredentials(logger: logger),
            CVMRoleCredentials(transport: transport),
        ]))
    }

    public func credentials() async throws -> Credentials {
        var reasons: [String] = []
        for provider in providers {
            do {
                return try await provider.credentials()
            } catch CredentialProviderError.notFound(let reason) {
                reasons.append(reason)
            }
        }
        throw CredentialProviderError.notFound(reasons.joined(separator: "; "))
    }
}

/// Keeps a provider's credentials until shortly before they expire. Concurrent calls during a
/// refresh wait for the one refresh in flight rather than each asking the source.
public actor CachedCredentials: CredentialProvider {
    private let provider: any CredentialProvider
    private let refreshMargin: TimeInterval
    private let now: @Sendable () -> Date
    private var cached: Credentials?
    private var refreshing: Task<Credentials, any Error>?
    /// How many times the source was asked (for tests and logs).
    public private(set) var refreshCount = 0

    /// Caches `provider`'s credentials; ones with an expiration are refreshed `refreshMargin`
    /// seconds before it.
    public init(_ provider: any CredentialProvider, refreshMargin: TimeInterval = 300,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.provider = provider
        self.refreshMargin = refreshMargin
        self.now = now
    }

    public func credentials() async throws -> Credentials {
        if let cached, isFresh(cached) { return cached }
        if let refreshing { return try await refreshing.value }
        let provider = self.provider
        let task = Task { try await provider.credentials() }
        refreshing = task
        refreshCount += 1
        defer { refreshing = nil }
        let fresh = try await task.value
        cached = fresh
        return fresh
    }

    private func isFresh(_ credentials: Credentials) -> Bool {
        guard let expiration = credentials.expiration else { return true }
        return now().addingTimeInterval(refreshMargin) < expiration
    }
}
