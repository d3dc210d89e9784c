import Foundation
import Logging

/// Credentials from the profile file Tencent Cloud's command-line tools and SDKs share,
/// `~/.tencentcloud/credentials`: INI sections named after profiles, each with `secret_id`,
/// `secret_key` and optionally `token`.
///
/// ```ini
/// [default]
/// secret_id = AKID…
/// secret_key = …
/// ```
///
/// A file that others can read is used, with a warning in the log. Errors name the file and
/// line, never a value.
public struct ProfileCredentials: CredentialProvider {
    /// The variable naming the profile when none is given in code.
    public static let profileVariable = "TENCENTCLOUD_PROFILE"

    /// The file read.
    public let path: String
    /// The profile (section) read.
    public let profile: String
    private let logger: Logger

    /// The profile `profile` (else `TENCENTCLOUD_PROFILE`, else `default`) of `path` (else
    /// `$HOME/.tencentcloud/credentials`).
    public init(path: String? = nil, profile: String? = nil, logger: Logger = QCloudLogging.silent,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        self.path = path ?? home + "/.tencentcloud/credentials"
        self.profile = profile ?? environment[Self.profileVariable].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        self.logger = logger
    }

    public func credentials() async throws -> Credentials {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CredentialProviderError.notFound("no profile file at \(path)") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw CredentialProviderError.invalid("\(path) is not a regular file") }
        guard info.st_size <= 1 << 20 else { throw CredentialProviderError.invalid("\(path) is larger than 1 MiB") }
        if info.st_mode & 0o077 != 0 {
            logger.warning("the credentials file is readable by other users; run chmod 600 on it",
                           metadata: ["file": "\(path)", "mode": "\(String(info.st_mode & 0o777, radix: 8))"])
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CredentialProviderError.invalid("\(path) cannot be read") }
        let sections = try Self.parse(String(decoding: data, as: UTF8.self), file: path)
        guard let section = sections[profile] else {
            throw CredentialProviderError.notFound("\(path) has no profile [\(profile)]")
        }
        guard let id = section["secret_id"], !id.isEmpty, let key = section["secret_key"], !key.isEmpty else {
            throw CredentialProviderError.invalid("profile [\(profile)] of \(path) lacks secret_id or secret_key")
        }
        return Credentials(secretId: id, secretKey: key, token: section["token"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The sections of an INI text: `[name]` headers, `key = value` lines, `#` and `;` comments.
    /// Throws for a line that is none of these (its number only, not its text).
    static func parse(_ text: String, file: String) throws -> [String: [String: String]] {
        var sections: [String: [String: String]] = [:]
        var current: String?
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw CredentialProviderError.invalid("\(file):\(index + 1): a section header is [name]")
                }
                let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                current = name
                sections[name, default: [:]] = sections[name] ?? [:]
                continue
            }
            guard let equals = line.firstIndex(of: "="), let section = current else {
                throw CredentialProviderError.invalid("\(file):\(index + 1): expected [profile] or key = value")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            sections[section, default: [:]][key] = value
        }
        return sections
    }
}
