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
