import DocMarkdown

/// Finds the action name and host a page documents, from its prose.
enum PageIdentity {
    /// Patterns that name the action, most specific first. Each captures the name in group 1.
    static let actionPatterns: [Pattern] = [
        Pattern(#"Action\s*字段(?:为|是)\s*[：:]?\s*[`'"“]?([A-Za-z][A-Za-z0-9_]*)"#, anyOf: ["字段"]),
        Pattern(#"本接口\s*[（(]\s*[`]?([A-Za-z][A-Za-z0-9_]*)[`]?\s*[)）]"#, anyOf: ["本接口"]),
        Pattern(#"接口名(?:称)?\s*[：:]\s*[`'"“]?([A-Za-z][A-Za-z0-9_]*)"#, anyOf: ["接口名"]),
        Pattern(#"(?:^|\n)\s*[`]?([A-Z][A-Za-z0-9_]*)[`]?\s*(?:接口|API)\s*(?:用来|用于|可以|可)"#, anyOf: ["接口", "API"]),
    ]

    static let hostPattern = Pattern(#"域名\s*(?:为|是)?\s*[：:]?\s*[`'"“]?(?:https?://)?([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)"#, anyOf: ["域名"])

    /// All action names the prose gives, each with its text's location, in pattern priority order.
    static func actionCandidates(in texts: [(String, SourcePosition)]) -> [(name: String, at: SourcePosition)] {
        var found: [(String, SourcePosition)] = []
        for pattern in actionPatterns {
            for (text, position) in texts {
                for match in pattern.matches(in: text) {
                    found.append((match[1], position))
                }
            }
        }
        return found
    }

    /// Chooses the action: the name the prose gives most often, ties going to the most specific
    /// pattern. Returns the others that disagree, for a warning.
    static func chooseAction(_ candidates: [(name: String, at: SourcePosition)]) -> (String, SourcePosition, [String])? {
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

    /// The host named by a `接口请求域名：` line, if any.
    static func host(in text: String) -> String? {
        guard let match = hostPattern.firstMatch(in: text) else { return nil }
        var host = match[1].lowercased()
        while host.hasSuffix(".") { host.removeLast() }
        return host.contains(".") ? host : nil
    }

    static let summaryPrefix = Pattern(#"^\s*(?:本接口\s*[（(][^)）]*[)）]|[`]?[A-Z][A-Za-z0-9_]*[`]?\s*接口(?=用来|用于|可以|可))\s*"#)

    /// The first sentence of the description, without the `本接口（X）` lead.
    static func summary(from paragraphs: [String]) -> String {
        for paragraph in paragraphs {
            for line in paragraph.split(separator: "\n") {
                let text = String(line).trimmingBlanks()
                if text.isEmpty || text.contains("域名") || text.hasPrefix("接口名") { continue }
                var sentence = text
                if let match = summaryPrefix.firstMatch(in: sentence) {
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
