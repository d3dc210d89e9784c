import APISchema

/// A spec folder's `docgen.yaml`, typed:
///
/// ```yaml
/// module: QCloudVPC          # the Swift module; default QCloud + the folder name in capitals
/// errorPages:                # the service's error-code pages, relative to this folder
///   - ../errors/vpc.md
/// allowedHosts:              # request hosts outside the Tencent Cloud API domains (a test server)
///   - api.example.test
/// readOutside:               # folders outside the spec folder that pages and error pages may come from
///   - ../../shared/corpus
/// pages:                     # pages outside the folder that belong to the module (under readOutside)
///   - ../../shared/corpus/vpc/DescribeVpcTaskResult.md
/// retries:                   # whether an action's ambiguous failures (timeout, 500, 6000) are retried
///   - action: DescribeVpcTaskResult
///     ambiguous: true
///     reason: read-only, though its name does not say so
/// waiters:                   # how to wait for the task an action starts
///   - action: AddVpnConnEx
///     taskId: data.taskId
///     poll: DescribeVpcTaskResult
///     pollParameter: taskId
///     status: data.status
///     success: [0]
///     failure: [1]
///     pending: [2]
/// errata:                    # corrections to what the pages say, each with its reason
///   - path: AddVpnConnEx input.IKESet
///     secret: false
///     reason: IKE settings are algorithms and lifetimes; 密钥 there is about key exchange.
/// ```
///
/// Unknown keys, wrong types and errata without a reason are located errors (``ConfigError``).
public struct DocgenConfig: Sendable, Hashable, Codable {
    /// The Swift module name.
    public var module: String?
    /// The service's error-code pages, as written (relative to the spec folder, or absolute).
    public var errorPages: [String]?
    /// Request hosts allowed although they are not under a Tencent Cloud API domain, by name.
    public var allowedHosts: [String]?
    /// Folders outside the spec folder (relative to it, or absolute) that pages, links to pages
    /// and error pages may be read from. Nothing outside is read otherwise.
    public var readOutside: [String]?
    /// Corrections applied to the schema after the pages are read.
    public var errata: [Erratum]?
    /// The language of generated doc comments where pages have English twins: `zh`, `en` or
    /// `both` (the default).
    public var docLanguage: DocLanguage?
    /// Pages outside the spec folder that belong to this module (each inside a `readOutside` folder).
    public var pages: [String]?
    /// Per-action retry settings.
    public var retries: [RetrySetting]?
    /// Waiters for actions that start asynchronous tasks.
    public var waiters: [WaiterSetting]?
    /// Folders and pages of this folder that are not read (a deprecated folder, a page of another
    /// product), each with why.
    public var exclude: [Exclusion]?
    /// Whether a page that cannot be read stops generation (`true`: a curated spec folder) rather
    /// than being left out of the module with a warning (the default for docs as published).
    public var strict: Bool?
    /// Where each entry of a top-level list is in `docgen.yaml` (`pages`, `errorPages`,
    /// `readOutside`, `retries`, `waiters`, ...), in order: not read from the file, set by the
    /// loader, so that a finding about an entry points at the entry's own line.
    public var entryLocations: [CodingKeys: [SourceLocation]] = [:]

    /// Where entry `index` of the list under `key` is, when the configuration was loaded from a file.
    public func location(of key: CodingKeys, entry index: Int) -> SourceLocation? {
        guard let list = entryLocations[key], list.indices.contains(index) else { return nil }
        return list[index]
    }

    /// Which texts doc comments carry.
    public enum DocLanguage: String, Sendable, Hashable, Codable, CaseIterable {
        case zh, en, both
    }

    /// Creates a configuration.
    public init(module: String? = nil, errorPages: [String]? = nil, allowedHosts: [String]? = nil,
                readOutside: [String]? = nil, errata: [Erratum]? = nil) {
        self.module = module
        self.errorPages = errorPages
        self.allowedHosts = allowedHosts
        self.readOutside = readOutside
        self.errata = errata
    }

    /// The keys `docgen.yaml` may have at its top level.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case module, errorPages, allowedHosts, readOutside, errata, docLanguage, pages, retries, waiters, strict, exclude
    }
}

/// A folder or page left out of a module, with why.
public struct Exclusion: Sendable, Hashable, Codable {
    /// The folder or page, relative to the folder of the docgen.yaml.
    public var path: String
    /// Why it is left out.
    public var reason: String

    /// The keys an exclude entry may have.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case path, reason
    }
}

/// Whether an action's ambiguous failures are retried, against what its name says.
public struct RetrySetting: Sendable, Hashable, Codable {
    /// The action.
    public var action: String
    /// Whether a timeout after sending, HTTP 500 or error 6000 is retried (only safe where the
    /// action changes nothing, or the same change twice is harmless).
    public var ambiguous: Bool
    /// Why the action's name misleads.
    public var reason: String
    /// Where the entry is in `docgen.yaml` (not read from the file: set by the loader).
    public var source: SourceLocation?

    /// The keys a retries entry may have.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case action, ambiguous, reason
    }
}

/// How to wait for the task an action starts (paths are wire names joined with dots).
public struct WaiterSetting: Sendable, Hashable, Codable {
    /// The action that starts the task.
    public var action: String
    /// Where its response holds the task id (`data.taskId`).
    public var taskId: String
    /// The action that polls (`DescribeVpcTaskResult`).
    public var poll: String
    /// The polling action's parameter that takes the task id.
    public var pollParameter: String
    /// Where the poll's response holds the status (`data.status`).
    public var status: String
    /// Status values meaning success.
    public var success: [String]
    /// Status values meaning failure.
    public var failure: [String]
    /// Status values meaning still running.
    public var pending: [String]?
    /// Where the entry is in `docgen.yaml` (not read from the file: set by the loader).
    public var source: SourceLocation?

    /// The keys a waiters entry may have.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case action, taskId, poll, pollParameter, status, success, failure, pending
    }
}

/// One correction of the docs: which schema element, what to change, and why.
public struct Erratum: Sendable, Hashable, Codable {
    /// The element, as `Action input.a.b` or `Action output.data.c` (`n` steps into array elements).
    public var path: String
    /// Why the docs are wrong here (a sentence, a link to the report): required.
    public var reason: String
    /// The Swift name to use for the member instead of the one derived from its wire name.
    public var swiftName: String?
    /// The type the member really has.
    public var type: FieldType?
    /// Whether the member's value is a secret (redacted in descriptions, logs and dry runs).
    public var secret: Bool?
    /// Whether the parameter is required.
    public var required: Bool?
    /// The documented values (an empty list removes a wrongly read list).
    public var values: [String]?
    /// Where the entry is in `docgen.yaml` (not read from the file: set by the loader).
    public var source: SourceLocation?

    /// Creates an erratum.
    public init(path: String, reason: String, swiftName: String? = nil, type: FieldType? = nil, secret: Bool? = nil,
                required: Bool? = nil, values: [String]? = nil, source: SourceLocation? = nil) {
        self.path = path
        self.reason = reason
        self.swiftName = swiftName
        self.type = type
        self.secret = secret
        self.required = required
        self.values = values
        self.source = source
    }

    /// The keys an errata entry may have.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case path, reason, swiftName, type, secret, required, values, source
    }

    /// The parts of ``path``: the action, the side, and the wire names below it.
    public var target: (action: String, side: Side, names: [String])? {
        let parts = path.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else { return nil }
        var names = parts[1].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let side = Side(rawValue: names.removeFirst()), !names.isEmpty, !names.contains(where: \.isEmpty) else { return nil }
        return (String(parts[0]), side, names)
    }

    /// Request or response.
    public enum Side: String, Sendable {
        case input, output
    }
}
