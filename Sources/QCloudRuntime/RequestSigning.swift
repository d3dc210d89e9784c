import Foundation
import QCloudProtocol

/// Builds one attempt's signed request: the common parameters (a fresh `Nonce` and `Timestamp`
/// each time), the signature over the host the request is sent to, and the body.
struct RequestSigning {
    let configuration: ClientConfiguration
    let credentials: Credentials

    func prepare(_ target: OperationTarget, _ writer: ParameterWriter) throws -> PreparedRequest {
        let (components, signedHost) = try endpoint(target)
        if target.wireProtocol == .v3, configuration.v3Signing == .tc3 {
            return try prepareTC3(target, writer: writer, components: components, signedHost: signedHost)
        }
        var parameters = writer.parameters
        parameters.append(("Action", target.action))
        parameters.append(("Region", configuration.region))
        parameters.append(("Timestamp", String(configuration.clock())))
        parameters.append(("Nonce", String(configuration.nonce())))
        parameters.append(("SecretId", credentials.secretId))
        parameters.append(("SignatureMethod", configuration.signatureMethod.rawValue))
        if let token = credentials.token { parameters.append(("Token", token)) }
        if target.wireProtocol != .v2, let version = target.version { parameters.append(("Version", version)) }
        parameters.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }

        // The signature covers the host the request is sent to (with its port, as the Host header
        // carries it): a server verifies over the host it was addressed as. A forwarding proxy
        // is the transport's business, not an endpoint.
        let text = Signer.stringToSign(method: configuration.method, host: signedHost, path: target.path, parameters: parameters)
        parameters.append(("Signature", Signer.signature(of: text, secretKey: credentials.secretKey, method: configuration.signatureMethod)))

        let form = FormEncoding.encode(parameters)
        var http: HTTPRequest
        if configuration.method == "GET" {
            guard let url = URL(string: (components.url?.absoluteString ?? "") + "?" + form) else {
                throw ClientError.invalidEndpoint(signedHost)
            }
            http = HTTPRequest(method: "GET", url: url)
        } else {
            guard let url = components.url else { throw ClientError.invalidEndpoint(signedHost) }
            http = HTTPRequest(method: "POST", url: url, headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
                               body: Data(form.utf8))
        }
        http.headers["Host"] = nil
        return PreparedRequest(http: http, parameters: parameters, secretParameters: target.secretParameters)
    }

    /// An API 3.0 call: the parameters as a JSON body, the protocol in `X-TC-*` headers, signed
    /// with TC3-HMAC-SHA256 for the host it is sent to. The service in the credential scope is
    /// the first label of the documented host (`cvm` of `cvm.tencentcloudapi.com`).
    private func prepareTC3(_ target: OperationTarget, writer: ParameterWriter, components: URLComponents,
                            signedHost: String) throws -> PreparedRequest {
        guard let url = components.url else { throw ClientError.invalidEndpoint(signedHost) }
        let body = JSONBody.encode(writer.parameters, kinds: writer.kinds)
        let timestamp = configuration.clock()
        let contentType = "application/json; charset=utf-8"
        let service = String(target.host.split(separator: ".").first ?? Substring(target.host))
        var headers = [
            "Content-Type": contentType,
            "X-TC-Action": target.action,
            "X-TC-Timestamp": String(timestamp),
            "X-TC-Region": configuration.region,
        ]
        if let version = target.version { headers["X-TC-Version"] = version }
        if let token = credentials.token { headers["X-TC-Token"] = token }
        headers["Authorization"] = TC3Signer.authorization(secretId: credentials.secretId, secretKey: credentials.secretKey, service: service,
                                                           host: signedHost, method: "POST", contentType: contentType, payload: body,
                                                           timestamp: timestamp)
        let http = HTTPRequest(method: "POST", url: url, headers: headers, body: body)
        return PreparedRequest(http: http, parameters: writer.parameters, secretParameters: target.secretParameters)
    }

    /// Where an operation goes: the configured endpoint, or its documented host (the internal
    /// one when asked, `{region}` filled), with the operation's path; and the host as signed.
    private func endpoint(_ target: OperationTarget) throws -> (URLComponents, String) {
        let base: URL
        var isInternal = false
        if let endpoint = configuration.endpoint {
            base = endpoint
        } else {
            // `{region}` in a documented host is the client's region.
            let region = configuration.region.lowercased()
            guard !region.isEmpty, region.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw ClientError.invalidEndpoint("region '\(configuration.region)'")
            }
            var host = target.host
            if configuration.useInternalEndpoint, let internalHost = target.internalHost {
                host = internalHost
                // Plain HTTP only inside Tencent Cloud's network (its internal API domain).
                isInternal = InternalEndpoints.isInternal(internalHost)
            }
            host = host.replacingOccurrences(of: "{region}", with: region)
            guard let url = URL(string: (isInternal ? "http://" : "https://") + host) else { throw ClientError.invalidEndpoint(host) }
            base = url
        }
        guard var components = URLComponents(url: base, resolvingAgainstBaseURL: false), let host = components.host else {
            throw ClientError.invalidEndpoint(base.absoluteString)
        }
        if components.scheme?.lowercased() != "https" {
            guard components.scheme?.lowercased() == "http", isInternal || configuration.allowsInsecureHTTP || QCloudClient.isLoopback(host) else {
                throw ClientError.insecureEndpoint(base.absoluteString)
            }
        }
        components.path = target.path
        return (components, components.port.map { "\(host):\($0)" } ?? host)
    }
}
