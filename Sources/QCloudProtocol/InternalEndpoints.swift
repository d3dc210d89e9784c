/// Tencent Cloud's internal API domain: hosts reachable only inside its network, which the docs
/// serve over plain HTTP (`vpc.api.tencentyun.com`).
///
/// An internal endpoint is taken as one only under this domain, compared by whole labels: the
/// generator drops any other a page names (with a warning), and the client sends plain HTTP only
/// to a host under it. A page cannot send the signature, token and secrets in clear text to a
/// host of its choosing.
public enum InternalEndpoints {
    /// The internal API domain.
    public static let domain = "api.tencentyun.com"

    /// Whether `host` (a `{region}` template or a host name, any case) is a host under ``domain``.
    public static func isInternal(_ host: String) -> Bool {
        host.lowercased().hasSuffix("." + domain)
    }
}
