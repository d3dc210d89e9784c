import APISchema
import DocDialects
import DocParser

/// Hosts for operation pages that name none, from the pages around them.
extension Pipeline {
    /// Operation pages that name no host take the one an overview in their folder names, or in
    /// the nearest folder above them within the module, with a note: the docs say it there
    /// (`棋牌盾配置接入文档/说明.md`: `在计算签名时请使用 shield.api.qcloud.com 作为请求域名`, over pages that
    /// give no domain). An overview is a page that is no operation page; a folder whose overviews
    /// name different hosts names none. The host must be under the page dialect's API domains.
    static func inheritingFolderHosts(_ results: [PageResult], pages: [String]) -> [PageResult] {
        var named: [String: [(host: String, page: String)]] = [:]
        for (result, page) in zip(results, pages) where result.kind != .operation {
            guard let host = result.labelledHost else { continue }
            named[folder(of: page), default: []].append((host, page))
        }
        guard !named.isEmpty else { return results }
        return zip(results, pages).map { result, page in
            guard result.kind == .operation, let operation = result.operation, operation.host.isEmpty else { return result }
            let dialect = Dialect.named(operation.dialect)
            var folder = folder(of: page)
            while true {
                if let overviews = named[folder], let first = overviews.first, overviews.allSatisfy({ $0.host == first.host }) {
                    guard dialect.isAPIHost(first.host) else { return result }
                    return Self.giving(result, host: first.host, severity: .note,
                                       "the page gives no request domain (接口请求域名); using \(first.host), which \(first.page) names for its folder")
                }
                if named[folder] != nil || folder.isEmpty { return result }
                folder = Self.folder(of: folder)
            }
        }
    }

    /// A page's folder (`a/b` for `a/b/c.md`; empty at the top).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Operation pages that name no host take the host most of their same-dialect siblings in
    /// the module call, with a warning instead of the error; without such siblings the error stays.
    static func inheritingHosts(_ results: [PageResult]) -> [PageResult] {
        var counts: [String: [String: Int]] = [:]
        for result in results where result.kind == .operation {
            guard let operation = result.operation, !operation.host.isEmpty else { continue }
            counts[operation.dialect ?? "v2", default: [:]][operation.host, default: 0] += 1
        }
        return results.map { result in
            guard result.kind == .operation, let operation = result.operation, operation.host.isEmpty,
                  let host = counts[operation.dialect ?? "v2"]?.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return result }
            return Self.giving(result, host: host, severity: .warning, "the page gives no request domain (接口请求域名); using its siblings' host \(host)")
        }
    }

    /// The page's operation on `host`, its missing-host error now a finding of `severity` saying where the host came from.
    private static func giving(_ result: PageResult, host: String, severity: Diagnostic.Severity, _ message: String) -> PageResult {
        guard var operation = result.operation else { return result }
        var result = result
        operation.host = host
        operation.service = String(host.split(separator: ".").first ?? Substring(host))
        result.operation = operation
        result.diagnostics = result.diagnostics.map { finding in
            guard finding.severity == .error, finding.message == DocParser.missingHostMessage else { return finding }
            return Diagnostic(severity, message, at: finding.location)
        }
        return result
    }
}
