import Foundation

/// Temporary credentials of the CAM role bound to the CVM instance the program runs on, from
/// the instance metadata service: `…/cam/security-credentials/` names the role, and
/// `…/cam/security-credentials/<role>` answers `TmpSecretId`, `TmpSecretKey`, `Token` and
/// `ExpiredTime`. Wrap it in ``CachedCredentials`` (``CredentialChain/standard(transport:logger:)``
/// does) so the keys are fetched once and refreshed before `ExpiredTime`.
public struct CVMRoleCredentials: CredentialProvider {
    /// The metadata service's folder of role credentials.
    public static let defaultEndpoint = "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/"

    /// The folder asked (a test server's in tests).
    public let endpoint: String
    /// The role; nil asks the service which role the instance has.
    public let role: String?
    /// Seconds to wait for each answer: off a CVM the service does not exist, and a chain
    /// should not wait long to find that out.
    public let timeout: TimeInterval
    private let transport: any Transport

    /// A provider asking `endpoint` for `role`'s keys.
    public init(role: String? = nil, endpoint: String = CVMRoleCredentials.defaultEndpoint, timeout: TimeInterval = 2,
                transport: any Transport = URLSessionTransport()) {
        self.role = role
        self.endpoint = endpoint.hasSuffix("/") ? endpoint : endpoint + "/"
        self.timeout = timeout
        self.transport = transport
    }

    public func credentials() async throws -> Credentials {
        let role: String
        if let given = self.role {
            role = given
        } else {
            let listing = try await fetch(endpoint)
            guard let first = String(decoding: listing, as: UTF8.self).split(whereSeparator: \.isNewline).first
                .map({ $0.trimmingCharacters(in: .whitespaces) }), !first.isEmpty else {
                throw CredentialProviderError.notFound("the instance has no CAM role")
            }
            role = first
        }
        guard role.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.@+=,".contains($0)) }) else {
            throw CredentialProviderError.invalid("the metadata service named a role that is not a role name")
        }
        let body = try await fetch(endpoint + role)
        struct Answer: Decodable {
            var TmpSecretId: String?
            var TmpSecretKey: String?
            var Token: String?
            var ExpiredTime: Double?
            var Code: String?
        }
        guard let answer = try? JSONDecoder().decode(Answer.self, from: body) else {
            throw CredentialProviderError.invalid("the metadata service's answer for role \(role) is not JSON")
        }
        guard answer.Code == nil || answer.Code == "Success", let id = answer.TmpSecretId, !id.isEmpty,
              let key = answer.TmpSecretKey, !key.isEmpty else {
            throw CredentialProviderError.invalid("the metadata service gave no keys for role \(role) (code \(answer.Code ?? "none"))")
        }
        return Credentials(secretId: id, secretKey: key, token: answer.Token,
                           expiration: answer.ExpiredTime.map { Date(timeIntervalSince1970: $0) })
    }

    private func fetch(_ address: String) async throws -> Data {
        guard let url = URL(string: address) else { throw CredentialProviderError.invalid("metadata address \(address) is not a URL") }
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(method: "GET", url: url), timeout: timeout, maximumResponseBytes: 64 * 1024)
        } catch {
            throw CredentialProviderError.notFound("no instance metadata service (\(error))")
        }
        guard response.status == 200 else {
            throw CredentialProviderError.notFound("the metadata service answered HTTP \(response.status) for \(url.path)")
        }
        return response.body
    }
}
