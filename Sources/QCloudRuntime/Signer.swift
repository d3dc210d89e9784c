import Crypto
import Foundation

/// The API 2.0 signature: sort the parameters except `Signature` by name (byte order), join
/// `name=value` with `&` using raw values (`_` in a name reads as `.`), prefix
/// `METHOD + host + path + "?"`, HMAC it with the SecretKey, and Base64 the result.
public enum Signer {
    /// The HMAC to use, named as the `SignatureMethod` parameter names it.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case hmacSHA1 = "HmacSHA1"
        case hmacSHA256 = "HmacSHA256"
    }

    /// The text that is signed.
    public static func stringToSign(method: String, host: String, path: String, parameters: [(name: String, value: String)]) -> String {
        let sorted = parameters.filter { $0.name != "Signature" }
            .map { (name: $0.name.replacingOccurrences(of: "_", with: "."), value: $0.value) }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        let query = sorted.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        return method.uppercased() + host + path + "?" + query
    }

    /// The Base64 signature of `text`.
    public static func signature(of text: String, secretKey: String, method: Method) -> String {
        let key = SymmetricKey(data: Data(secretKey.utf8))
        switch method {
        case .hmacSHA1:
            return Data(HMAC<Insecure.SHA1>.authenticationCode(for: Data(text.utf8), using: key)).base64EncodedString()
        case .hmacSHA256:
            return Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key)).base64EncodedString()
        }
    }

    /// The method a parameter list asks for: HmacSHA256 only when `SignatureMethod` says so.
    public static func method(for parameters: [(name: String, value: String)]) -> Method {
        parameters.first { $0.name == "SignatureMethod" }.map { $0.value == Method.hmacSHA256.rawValue ? .hmacSHA256 : .hmacSHA1 } ?? .hmacSHA1
    }
}

/// TC3-HMAC-SHA256, the API 3.0 signature (`../shared/corpus/reference/KEY-FACTS-3.0.md`):
/// a canonical request over the method, path `/`, query, the `content-type` and `host` headers
/// and the payload's SHA-256; a string to sign with the timestamp and the credential scope
/// `<UTC date>/<service>/tc3_request`; a key derived from the secret key through the date, the
/// service and `tc3_request`.
public enum TC3Signer {
    /// The algorithm's name, as `Authorization` starts.
    public static let algorithm = "TC3-HMAC-SHA256"
    /// The headers signed, in order.
    public static let signedHeaders = "content-type;host"

    /// The UTC date (`2019-02-25`) of a Unix timestamp.
    public static func date(of timestamp: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(timestamp)))
        let pad = { (value: Int?, width: Int) -> String in
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }

    /// Lower-case hex of SHA-256.
    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The canonical request.
    public static func canonicalRequest(method: String, query: String, contentType: String, host: String, payload: Data) -> String {
        [method.uppercased(), "/", query, "content-type:\(contentType)\nhost:\(host)\n", signedHeaders, sha256Hex(payload)]
            .joined(separator: "\n")
    }

    /// The string to sign for a canonical request.
    public static func stringToSign(timestamp: Int, service: String, canonicalRequest: String) -> String {
        [algorithm, String(timestamp), "\(date(of: timestamp))/\(service)/tc3_request", sha256Hex(Data(canonicalRequest.utf8))]
            .joined(separator: "\n")
    }

    /// The hex signature of a string to sign.
    public static func signature(secretKey: String, timestamp: Int, service: String, stringToSign: String) -> String {
        func hmac(_ key: Data, _ text: String) -> Data {
            Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: key)))
        }
        let secretDate = hmac(Data(("TC3" + secretKey).utf8), date(of: timestamp))
        let secretService = hmac(secretDate, service)
        let secretSigning = hmac(secretService, "tc3_request")
        return hmac(secretSigning, stringToSign).map { String(format: "%02x", $0) }.joined()
    }

    /// The `Authorization` header of a request.
    public static func authorization(secretId: String, secretKey: String, service: String, host: String, method: String,
                                     query: String = "", contentType: String, payload: Data, timestamp: Int) -> String {
        let canonical = canonicalRequest(method: method, query: query, contentType: contentType, host: host, payload: payload)
        let text = stringToSign(timestamp: timestamp, service: service, canonicalRequest: canonical)
        let signature = signature(secretKey: secretKey, timestamp: timestamp, service: service, stringToSign: text)
        return "\(algorithm) Credential=\(secretId)/\(date(of: timestamp))/\(service)/tc3_request, SignedHeaders=\(signedHeaders), Signature=\(signature)"
    }
}
