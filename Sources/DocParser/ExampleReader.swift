import APISchema
import DocMarkdown
import Foundation

/// Reads the example section: requests (`<pre>` or a fence of `&name=value` lines) and
/// responses (fenced JSON), paired in order.
struct ExampleReader {
    let file: String
    private(set) var examples: [Example] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var title: String?
    /// The dialect's common parameters, besides ``commonParameters`` (`Version` on versioned pages).
    let dialectCommon: Set<String>
    /// The `Version` an example request sends, when the dialect makes it a common parameter.
    private(set) var sentVersion: String?

    init(file: String, dialectCommon: Set<String> = []) {
        self.file = file
        self.dialectCommon = dialectCommon
    }

    /// The common request parameters every call carries; examples leave them out or write them
    /// as the `<公共请求参数>` placeholder.
    static let commonParameters: Set<String> = [
        "Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "RequestClient",
    ]

    mutating func read(_ blocks: [Block]) {
        for block in blocks {
            switch block.kind {
            case .heading(_, let text):
                title = text.bare
            case .html(let raw):
                let text = Self.stripTags(raw)
                addBlock(text, at: block.position, isCode: false)
            case .code(_, let literal):
                addBlock(literal, at: block.position, isCode: true)
            default:
                break
            }
        }
    }

    private mutating func addBlock(_ text: String, at position: SourcePosition, isCode: Bool) {
        let trimmed = text.trimmingBlanks()
        guard !trimmed.isEmpty else { return }
        // Content starts on the line after a fence or a lone `<pre>` line.
        let firstLine = position.line + (isCode ? 1 : 0)
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            addResponse(text, firstLine: firstLine)
        } else if trimmed.contains("=") && (trimmed.contains("&") || trimmed.contains("?") || trimmed.contains("Action")) {
            addRequest(trimmed, at: position)
        }
    }

    private mutating func addRequest(_ text: String, at position: SourcePosition) {
        var example = Example(title: title, requestSource: SourceLocation(file: file, line: position.line, column: position.column))
        let decoded = Self.decodeEntities(text)
        for piece in Self.requestPieces(decoded) {
            var part = piece.trimmingBlanks()
            if part.isEmpty { continue }
            if let scheme = part.rangeOfBytes("://") {
                let rest = part[scheme.upperBound...]
                let host = rest.prefix { $0 != "/" && $0 != "?" }
                example.host = String(host)
                continue
            }
            if part.hasPrefix("<") && part.hasSuffix(">") { continue }  // <公共请求参数>
            guard let equals = part.firstIndex(of: "=") else { continue }
            var name = String(part[..<equals]).trimmingBlanks()
            guard let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isLetter || $0.isNumber || "_.-[]".contains($0) }) else { continue }
            part = String(part[part.index(after: equals)...]).trimmingBlanks()
            let value = part.contains("%") ? (part.removingPercentEncoding ?? part) : part
            // `aclRules.n.protocol=tcp`: the docs wrote the placeholder index; read it as 0.
            let segments = name.split(separator: ".", omittingEmptySubsequences: false)
            if segments.count > 1, segments.dropFirst().contains(where: { $0 == "n" || $0 == "N" }) {
                name = segments.enumerated().map { $0.offset > 0 && ($0.element == "n" || $0.element == "N") ? "0" : String($0.element) }
                    .joined(separator: ".")
                diagnostics.append(Diagnostic(.note, "example parameter '\(segments.joined(separator: "."))' uses the placeholder index n; read as \(name)",
                                              at: example.requestSource ?? SourceLocation(file: file, line: position.line)))
            }
            if name == "Action" {
                example.action = value.trimmingCharacters(in: CharacterSet(charactersIn: "`'\"“”"))
            } else if dialectCommon.contains(name) {
                if name == "Version", sentVersion == nil { sentVersion = value }
            } else if !Self.commonParameters.contains(name) {
                example.request.append(ExampleParameter(name: name, value: value))
            }
        }
        examples.append(example)
    }

    /// The request split at `&`, `?` and line breaks, by Character (a `\r\n` pair is one
    /// Character and no separator); an ASCII request without `\r` is split by its bytes, which
    /// gives the same pieces without breaking it into Characters.
    private static func requestPieces(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return text.split(whereSeparator: { $0 == "&" || $0 == "\n" || $0 == "?" })
        }
        return text.utf8.split(whereSeparator: { $0 == 0x26 || $0 == 0x0A || $0 == 0x3F }).map { Substring($0) }
    }

    private mutating func addResponse(_ text: String, firstLine: Int) {
        let location = SourceLocation(file: file, line: firstLine, column: 1)
        var value: JSONValue?
        switch JSONReader.parse(text) {
        case .success(let parsed):
            value = parsed
        case .failure(let failure):
            let at = SourceLocation(file: file, line: firstLine + failure.line, column: failure.column)
            if failure.isLimit {
                diagnostics.append(Diagnostic(.error, "example response: \(failure.message)", at: at))
            } else if case .success(let parsed) = JSONReader.parse(JSONReader.repaired(text)) {
                value = parsed
                diagnostics.append(Diagnostic(.warning, "example response is not valid JSON (\(failure.message)); read it after repairing", at: at))
            } else {
                diagnostics.append(Diagnostic(.warning, "example response is not valid JSON: \(failure.message)", at: at))
            }
        }
        if let last = examples.indices.last, examples[last].response == nil, examples[last].responseSource == nil {
            examples[last].response = value
            examples[last].responseSource = location
        } else {
            examples.append(Example(title: title, response: value, responseSource: location))
        }
    }

    /// Drops HTML tags (`<pre>`, `<a href…>`, `</a>`) but keeps angle-bracketed words that are
    /// not tags (`<公共请求参数>`).
    static func stripTags(_ html: String) -> String {
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            let ch = html[index]
            if ch == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = String(html[index...close])
                var body = tag.dropFirst()
                if body.hasPrefix("/") { body = body.dropFirst() }
                if let first = body.first, first.isASCII, first.isLetter {
                    index = html.index(after: close)
                    continue
                }
            }
            out.append(ch)
            index = html.index(after: index)
        }
        return out
    }

    /// Decodes the HTML entities that appear in raw `<pre>` blocks.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        // One pass; `&amp;lt;` stays `&lt;` (the entity decoded is `&amp;`).
        let entities: [(String, String)] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            if let (entity, value) = entities.first(where: { tail.hasPrefix($0.0) }) {
                out += value
                rest = tail.dropFirst(entity.count)
            } else {
                out += "&"
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }
}
