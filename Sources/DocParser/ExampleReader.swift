import DocText
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
            guard let equals = part.firstWholeCharacter(0x3D, from: part.startIndex) else { continue }
            var name = String(part[..<equals]).trimmingBlanks()
            guard Self.isParameterName(name) else { continue }
            part = String(part[part.index(after: equals)...]).trimmingBlanks()
            let value = part.utf8.contains(0x25) ? (part.removingPercentEncoding ?? part) : part
            // `aclRules.n.protocol=tcp`: the docs wrote the placeholder index; read it as 0.
            let segments = name.utf8.contains(0x2E) ? name.split(separator: ".", omittingEmptySubsequences: false) : []
            if segments.count > 1, segments.dropFirst().contains(where: { $0 == "n" || $0 == "N" }) {
                name = segments.enumerated().map { $0.offset > 0 && ($0.element == "n" || $0.element == "N") ? "0" : String($0.element) }
                    .joined(separator: ".")
                diagnostics.append(Diagnostic(.note, "example parameter '\(segments.joined(separator: "."))' uses the placeholder index n; read as \(name)",
                                              at: example.requestSource ?? SourceLocation(file: file, line: position.line)))
            }
            if name == "Action" {
                example.action = value.trimmingScalars(in: Self.quotes)
            } else if dialectCommon.contains(name) {
                if name == "Version", sentVersion == nil { sentVersion = value }
            } else if !Self.commonParameters.contains(name) {
                example.request.append(ExampleParameter(name: name, value: value))
            }
        }
        examples.append(example)
    }

    /// Whether a request piece's name is a parameter's: a letter or `_`, then letters, digits and
    /// `_.-[]` (by bytes when ASCII without `\r`, where each byte is a Character).
    static func isParameterName(_ name: String) -> Bool {
        let view = name.utf8
        if view.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            guard let first = view.first, first.isASCIILetter || first == 0x5F else { return false }
            return view.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || [0x5F, 0x2E, 0x2D, 0x5B, 0x5D].contains($0) }
        }
        guard let first = name.first, first.isLetter || first == "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || "_.-[]".contains($0) }
    }

    /// The request split at `&`, `?` and line breaks, as by Character (a `\r\n` pair is one
    /// Character and no separator).
    private static func requestPieces(_ text: String) -> [Substring] {
        text.split(atASCII: [0x26, 0x0A, 0x3F])
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
    /// Read by bytes, cut only where `<`, `/`, `>` and the letter are whole Characters, as a
    /// walk by Character would.
    static func stripTags(_ html: String) -> String {
        let view = html.utf8
        guard view.contains(0x3C) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(view.count)
        var copiedUpTo = view.startIndex
        var index = view.startIndex
        while index < view.endIndex {
            guard view[index] == 0x3C, html.isWholeCharacter(at: index),
                  let close = html.firstWholeCharacter(0x3E, from: view.index(after: index)) else {
                index = view.index(after: index)
                continue
            }
            var first = view.index(after: index)
            if view[first] == 0x2F, html.isWholeCharacter(at: first) { first = view.index(after: first) }
            if view[first].isASCIILetter, html.isWholeCharacter(at: first) {
                out.append(contentsOf: view[copiedUpTo..<index])
                index = view.index(after: close)
                copiedUpTo = index
            } else {
                index = view.index(after: index)
            }
        }
        out.append(contentsOf: view[copiedUpTo..<view.endIndex])
        return String(decoding: out, as: UTF8.self)
    }

    /// The quotes trimmed from an `Action` value.
    static let quotes: Set<Unicode.Scalar> = ["`", "'", "\"", "“", "”"]

    /// The entities ``decodeEntities(_:)`` decodes, as bytes.
    private static let entities: [(entity: [UInt8], value: [UInt8])] = [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")]
        .map { (Array($0.utf8), Array($1.utf8)) }

    /// Decodes the HTML entities that appear in raw `<pre>` blocks.
    static func decodeEntities(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress, memchr(base, 0x26, bytes.count) != nil else { return text }
            // One pass; `&amp;lt;` stays `&lt;` (the entity decoded is `&amp;`). Read by bytes,
            // from one `&` to the next: an entity is decoded where its `&` and its last byte are
            // whole Characters, as a walk by Character would.
            let view = text.utf8
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var copiedUpTo = 0
            var index = 0
            while index < bytes.count, let hit = memchr(base + index, 0x26, bytes.count - index) {
                index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let at = view.index(view.startIndex, offsetBy: index)
                let match = text.isWholeCharacter(at: at) ? Self.entities.first { entity in
                    let end = index + entity.entity.count
                    guard end <= bytes.count, entity.entity.elementsEqual(UnsafeBufferPointer(rebasing: bytes[index..<end])) else { return false }
                    return text.isWholeCharacter(at: view.index(view.startIndex, offsetBy: end - 1))
                } : nil
                guard let (entity, value) = match else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
                out += value
                index += entity.count
                copiedUpTo = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
