import DocText
import APISchema
import DocDialects
import DocMarkdown

/// Finds the action name and host a page documents, from its prose, with the dialect's patterns.
enum PageIdentity {
    /// All action names the prose gives, each with its text's location, in pattern priority order.
    static func actionCandidates(in texts: [(String, SourcePosition)], dialect: Dialect) -> [(name: String, at: SourcePosition)] {
        // In pattern order, then text order; read text by text, so each text is indexed once.
        var found = [[(String, SourcePosition)]](repeating: [], count: dialect.actionPatterns.count)
        for (text, position) in texts {
            for (index, pattern) in dialect.actionPatterns.enumerated() {
                for match in pattern.matches(in: text) {
                    found[index].append((match[1], position))
                }
            }
        }
        return found.flatMap { $0 }
    }

    /// Chooses the action: the name the prose gives most often, ties going to the most specific
    /// pattern. Actions are UpperCamelCase: where the prose names any such name, a lowerCamelCase
    /// one (a partner's callback interface the page also describes, `verifyInterface`) is none.
    /// Returns the others that disagree, for a warning.
    static func chooseAction(_ candidates: [(name: String, at: SourcePosition)]) -> (String, SourcePosition, [String])? {
        let upper = candidates.filter { $0.name.first?.isUppercase == true }
        let candidates = upper.isEmpty ? candidates : upper
        guard let first = candidates.first else { return nil }
        var counts: [String: Int] = [:]
        for candidate in candidates { counts[candidate.name, default: 0] += 1 }
        var best = first
        for candidate in candidates where (counts[candidate.name] ?? 0) > (counts[best.name] ?? 0) {
            best = candidate
        }
        var others: [String] = []
        for candidate in candidates where candidate.name != best.name && !others.contains(candidate.name) {
            others.append(candidate.name)
        }
        return (best.name, best.at, others)
    }

    /// The hosts a text names as the one to sign for (`计算签名时请使用 shield.api.qcloud.com 作为请求域名`),
    /// lower-cased, in order.
    static func signingHosts(in text: String, dialect: Dialect) -> [String] {
        guard dialect.signingHostPattern.mayOccur(in: text) else { return [] }
        return dialect.signingHostPattern.matches(in: text).map { $0[1].lowercased() }
    }

    /// Every host a text names, in order, with the network each serves (a line that says 内网 or
    /// names an `*.api.tencentyun.com` host is the internal endpoint). `{$region}` is written
    /// `{region}`.
    static func hosts(in text: String, dialect: Dialect) -> [Endpoint] {
        var found: [Endpoint] = []
        guard dialect.hostPattern.mayOccur(in: text) else { return found }
        for line in text.splitAtNewlines() {
            let line = String(line)
            for match in dialect.hostPattern.matches(in: line) {
                var host = match[1].lowercased().replacingOccurrencesIfPresent(of: "{$region}", with: HostName.regionPlaceholder)
                while host.hasSuffix(".") { host.removeLast() }
                guard host.contains(".") else { continue }
                let lead = String(line[..<match.range.lowerBound]) + match[0]
                let isInternal = HostName.isUnder(HostName.filled(host), domain: "api.tencentyun.com")
                    || dialect.internalHostMarkers.contains { lead.contains($0) }
                found.append(Endpoint(host: host, kind: isInternal ? .internal : .public))
            }
        }
        return found
    }

    /// Every request address a text gives (`请求地址：https://cdn.api.qcloud.com/v2/index.php`), in
    /// order: the host, lower-cased, and the path when the URL has one beyond `/`.
    static func addresses(in text: String, dialect: Dialect) -> [(host: String, path: String?)] {
        guard dialect.addressPattern.mayOccur(in: text) else { return [] }
        return dialect.addressPattern.matches(in: text).map { match in
            let path = match[2]
            return (match[1].lowercased(), path.isEmpty || path == "/" ? nil : path)
        }
    }

    /// The first sentence of the description, without the `本接口（X）` lead.
    static func summary(from paragraphs: [String], dialect: Dialect) -> String {
        for paragraph in paragraphs {
            for line in paragraph.split(atASCII: [0x0A]) {
                let text = String(line).trimmingBlanks()
                if text.isEmpty || dialect.nonSummaryMarkers.contains(where: { text.contains($0) }) { continue }
                var sentence = text
                if let match = dialect.summaryPrefix.firstMatch(in: sentence) {
                    sentence = String(sentence[match.range.upperBound...])
                }
                if let stop = sentence.firstIndex(of: "。") {
                    sentence = String(sentence[...stop])
                }
                sentence = sentence.trimmingBlanks()
                if !sentence.isEmpty { return sentence }
            }
        }
        return ""
    }
}
