import APISchema
import DocDialects
import DocParser
import DocgenFind
import SwiftCodegen

/// The name stage: a product folder found in a docs checkout is named after the service its
/// operation pages call, never after the folder (whose name is Chinese, or a group's).
///
/// The rule: a host gives a name. An API 2.0 host (`vpc.api.qcloud.com`) makes `QCloud` + the
/// service, an API 3.0 host (`vpc.tencentcloudapi.com`) `TencentCloud` + the service, so the
/// two dialects of one service are two modules (`QCloudVPC`, `TencentCloudVPC`). The service is
/// the host's first label without its region (`{region}`, a two-letter `-gz`), in words at `-`:
/// a word of up to four letters is an acronym (`VPC`, `CVM`, `LB`), a longer one a word
/// (`Monitor`, `Mongodb`), so `cmq-queue` gives `CMQQueue`. Client and error types take the
/// name without its prefix (`VPCClient`, `VPCError`).
///
/// A product takes the name of the host most of its operation pages call, unless a product whose
/// pages call fewer hosts took it first: then the next most called (the network-security product
/// whose pages call the anti-DDoS, shield and DaYu hosts takes `Dayu`; the anti-DDoS product
/// `Bgpip`). A product left with no name of its own whose actions the module of its most called
/// host does not have is one more part of that module (the overseas CDN pages join the CDN
/// module); one documenting some of the same actions again is a module of its own, numbered
/// (`QCloudKMS2`). A module named in its docgen.yaml (or with a docgen.yaml of its own) keeps
/// its folder: a name two such modules would share is an error naming both folders.
public enum ModuleNaming {
    /// A module after the parse stage: its input and every page's result, in page order.
    public struct Parsed: Sendable {
        /// What the module is made from.
        public var input: ModuleInput
        /// Each page's result, in the order of `input.pages`.
        public var results: [PageResult]

        /// Creates a parsed module.
        public init(input: ModuleInput, results: [PageResult]) {
            self.input = input
            self.results = results
        }
    }

    /// The API domains a name is made from, with the prefix each gives.
    static let domainPrefixes: [(domain: String, prefix: String)] = [
        ("tencentcloudapi.com", "TencentCloud"), ("api.qcloud.com", "QCloud"), ("api.cloud.tencent.com", "QCloud"),
        ("api.tencentyun.com", "QCloud"),
    ]

    /// The module name a host gives (`vpc.api.qcloud.com` → `QCloudVPC`), or nil for a host under
    /// no API domain.
    public static func moduleName(forHost host: String) -> String? {
        let host = host.lowercased()
        guard let family = domainPrefixes.first(where: { HostName.isUnder(HostName.filled(host), domain: $0.domain) }),
              let label = host.split(separator: ".").first else { return nil }
        let service = serviceWords(String(label).replacingOccurrences(of: HostName.regionPlaceholder, with: ""))
        return service.isEmpty ? nil : family.prefix + service
    }

    /// `cmq-queue` → `CMQQueue`, `monitor` → `Monitor`, `vpc` → `VPC`, `kms-gz` → `KMS` (a
    /// two-letter part after the first is a region).
    static func serviceWords(_ label: String) -> String {
        let parts = label.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return parts.enumerated().map { index, part -> String in
            let word = part.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard let first = word.first, index == 0 || word.count != 2 else { return "" }
            if word.count <= 4 { return word.uppercased() }
            return first.uppercased() + word.dropFirst()
        }.joined()
    }

    /// The names `results`' operation pages' hosts give, most called first (ties by name).
    static func serviceNames(of results: [PageResult]) -> [String] {
        var counts: [String: Int] = [:]
        for result in results where result.kind == .operation {
            guard let host = result.operation?.host, let name = moduleName(forHost: host) else { continue }
            counts[name, default: 0] += 1
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }

    /// Names the modules found in docs checkouts, merging a product left with no name of its own
    /// into the module of its most called host; leaves out, with a note, product folders without
    /// any operation page. Modules keep their order.
    static func name(_ parsed: [Parsed]) -> (modules: [Parsed], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var modules = parsed.filter { module in
            guard module.input.namedByService, !module.results.contains(where: { $0.kind == .operation }) else { return true }
            // Each page says what it was taken for, as in a module that is made.
            for (page, result) in zip(module.input.pages, module.results) {
                diagnostics.append(Diagnostic(.note, "skipped: not an operation page (taken for \(result.kind.takenFor))",
                                              at: SourceLocation(file: module.input.displayPath(page), line: 1, column: 1)))
            }
            diagnostics.append(Diagnostic(.note, "no module: no operation page in \(module.input.spec.sourceFolder)",
                                          at: SourceLocation(file: module.input.spec.sourceFolder, line: 1, column: 1)))
            return false
        }
        var taken: [String: Int] = [:]  // lowercased name → index of the module holding it
        var mergedInto: [Int: Int] = [:]
        var dropped: Set<Int> = []
        // Named modules first, then those named by their service: those whose pages call fewer
        // hosts first, then the larger, then in folder order.
        let names = modules.map { serviceNames(of: $0.results) }
        let operationCount = modules.map { $0.results.filter { $0.kind == .operation }.count }
        let order = modules.indices.sorted { a, b in
            let (named, other) = (!modules[a].input.namedByService, !modules[b].input.namedByService)
            if named != other { return named }
            if names[a].count != names[b].count { return names[a].count < names[b].count }
            return (operationCount[a], b) > (operationCount[b], a)
        }
        for index in order where !modules[index].input.namedExplicitly {
            var input = modules[index].input
            if input.namedByService {
                if let free = names[index].first(where: { taken[$0.lowercased()] == nil }) {
                    input.spec.name = free
                } else if let first = names[index].first, let holder = taken[first.lowercased()] {
                    let holderActions = actions(of: modules[holder].results).union(mergedInto.filter { $0.value == holder }.flatMap { actions(of: modules[$0.key].results) })
                    if mergeable(modules[holder].input), mergeable(input), actions(of: modules[index].results).isDisjoint(with: holderActions) {
                        mergedInto[index] = holder
                        continue
                    }
                    input.spec.name = (2...).lazy.map { first + String($0) }.first { taken[$0.lowercased()] == nil } ?? first
                } else {
                    // Pages of another protocol (a REST path on the product's own domain), or
                    // none with a host: nothing an API client could call.
                    diagnostics.append(Diagnostic(.note, "no module: no operation page in \(input.spec.sourceFolder) calls a Tencent Cloud API host",
                                                  at: SourceLocation(file: input.spec.sourceFolder, line: 1, column: 1)))
                    dropped.insert(index)
                    continue
                }
                modules[index].input = input
            }
            let key = input.spec.name.lowercased()
            if let holder = taken[key] {
                diagnostics.append(Diagnostic(.error, "module \(input.spec.name) is also made from \(modules[holder].input.spec.sourceFolder); give one of the two folders another name (docgen.yaml module:)",
                                              at: SourceLocation(file: input.spec.sourceFolder, line: 1, column: 1)))
                dropped.insert(index)
                continue
            }
            taken[key] = index
        }
        for (index, holder) in mergedInto.sorted(by: { $0.key < $1.key }) {
            modules[holder].input.pages += modules[index].input.pages
            modules[holder].results += modules[index].results
        }
        modules = modules.indices.filter { mergedInto[$0] == nil && !dropped.contains($0) }.map { modules[$0] }
        return (modules, diagnostics)
    }

    /// The actions of the operation pages among `results`.
    private static func actions(of results: [PageResult]) -> Set<String> {
        Set(results.filter { $0.kind == .operation }.compactMap { $0.operation?.action })
    }

    /// Whether a module may take in another of the same name: both named by their service, with
    /// no docgen.yaml of their own.
    private static func mergeable(_ input: ModuleInput) -> Bool {
        input.namedByService && !input.hasConfigFile
    }
}
