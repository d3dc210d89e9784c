import APISchema
import DocDialects
import QCloudProtocol

/// Checks on what a page says that would make generation fail, compile badly or send requests
/// somewhere unexpected. Each finding is a located error, so `lint` reports it and `generate`
/// writes nothing.
struct OperationChecks {
    /// Hosts allowed by name although not under an API domain (docgen.yaml `allowedHosts`).
    let allowedHosts: Set<String>
    private(set) var diagnostics: [Diagnostic] = []

    init(allowedHosts: [String]) {
        self.allowedHosts = Set(allowedHosts.map { $0.lowercased() })
    }

    mutating func check(_ operations: [APISchema.Operation]) {
        for operation in operations {
            checkAction(operation)
            checkHost(operation)
            checkBounds(operation.input + operation.output)
        }
    }

    /// An action is an ASCII identifier of reasonable length (the Swift type and file names made
    /// from it are checked for collisions by the generator).
    private mutating func checkAction(_ operation: APISchema.Operation) {
        let action = operation.action
        let isIdentifier = action.first.map { $0.isASCII && $0.isLetter } == true
            && action.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        if !isIdentifier {
            diagnostics.append(Diagnostic(.error, "action '\(action)' is not an ASCII identifier (letters, digits, _)", at: operation.source))
        } else if action.count > 128 {
            diagnostics.append(Diagnostic(.error, "action name is longer than 128 characters", at: operation.source))
        }
    }

    /// Every host (the endpoints too) is a host name (a `{region}` template filled in) under one of
    /// the dialect's API domains, or allowed by name.
    private mutating func checkHost(_ operation: APISchema.Operation) {
        for host in Set([operation.host] + (operation.endpoints ?? []).map(\.host)).sorted() {
            checkHost(host, operation)
        }
        for endpoint in operation.endpoints ?? [] where endpoint.kind == .internal && !InternalEndpoints.isInternal(endpoint.host) {
            diagnostics.append(Diagnostic(.warning, "internal endpoint \(endpoint.host) is not under \(InternalEndpoints.domain), Tencent Cloud's internal API domain; it is not used (an internal endpoint is sent plain HTTP)", at: operation.source))
        }
    }

    private mutating func checkHost(_ host: String, _ operation: APISchema.Operation) {
        let host = host.lowercased()
        if allowedHosts.contains(host) { return }
        let dialect = Dialect.named(operation.dialect)
        guard HostName.isValid(HostName.filled(host)) else {
            diagnostics.append(Diagnostic(.error, "request host '\(host)' is not a host name", at: operation.source))
            return
        }
        if !dialect.isAPIHost(host) {
            let domains = dialect.apiDomains.map { "*.\($0)" }.joined(separator: ", ")
            diagnostics.append(Diagnostic(.error, "request host \(host) is not a Tencent Cloud API domain (\(domains)); signed requests would go there. If it is right, list it in docgen.yaml allowedHosts", at: operation.source))
        }
    }

    /// Numeric bounds are finite numbers (a bound that overflowed to infinity would not compile).
    private mutating func checkBounds(_ fields: [Field]) {
        for field in fields {
            for bound in [field.minimum, field.maximum].compactMap({ $0 }) where !bound.isFinite {
                diagnostics.append(Diagnostic(.error, "numeric bound of '\(field.name)' is out of range", at: field.source))
            }
            checkBounds(field.fields ?? [])
            if let item = field.item { checkBounds([item]) }
        }
    }
}
