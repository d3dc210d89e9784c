import Foundation
import Mustache

/// Checks, while the generator renders, that every tag a template uses is answered by the view
/// in front of it. Mustache looks a missing key up in the enclosing views, so a view that lacks
/// a key silently renders its parent's value; the audit makes that a test failure instead.
/// Tests switch it on (``SwiftGenerator/audit``); generation does not pay for it otherwise.
public final class TemplateAudit: @unchecked Sendable {
    private let lock = NSLock()
    private let templates: [String: [Token]]
    private var problems: Set<String> = []
    private var visited: Set<String> = []

    /// An audit of the named template texts.
    init(templates: [String: String]) {
        self.templates = templates.mapValues(Self.tokens)
    }

    /// Tags that a view did not answer, as `template: 'tag' is not answered by View`.
    public var unanswered: [String] { lock.withLock { problems.sorted() } }

    /// Tags no render reached (inside sections whose lists were always empty), as `template: 'tag'`.
    public var unvisited: [String] {
        lock.withLock {
            templates.flatMap { name, tokens in
                tokens.enumerated().compactMap { index, token -> String? in
                    guard token.kind != .close, !visited.contains("\(name)#\(index)") else { return nil }
                    return "\(name): '\(token.name)'"
                }
            }.sorted()
        }
    }

    /// Walks `template` with `view` as the context, as Mustache would.
    func check(_ template: String, _ view: Any) {
        var found: [String] = []
        var seen: [String] = []
        walk(template, contexts: [view], found: &found, seen: &seen, depth: 0)
        lock.withLock {
            problems.formUnion(found)
            visited.formUnion(seen)
        }
    }

    private func walk(_ template: String, contexts: [Any], found: inout [String], seen: inout [String], depth: Int) {
        guard depth < 8, let tokens = templates[template] else { return }
        var index = 0
        walkRange(template, tokens, &index, contexts: contexts, found: &found, seen: &seen, depth: depth)
    }

    /// Walks tokens from `index` to the end or to the close of the current section.
    private func walkRange(_ template: String, _ tokens: [Token], _ index: inout Int, contexts: [Any],
                           found: inout [String], seen: inout [String], depth: Int) {
        while index < tokens.count {
            let token = tokens[index]
            let here = index
            index += 1
            switch token.kind {
            case .close:
                return
            case .partial:
                seen.append("\(template)#\(here)")
                walk(token.name, contexts: contexts, found: &found, seen: &seen, depth: depth + 1)
            case .variable, .section, .inverted:
                seen.append("\(template)#\(here)")
                let value = lookup(token.name, in: contexts, template: template, found: &found)
                guard token.kind != .variable else { continue }
                // The section's body: once per element of a list, once with the same context otherwise.
                var elements: [Any] = []
                if token.kind == .section, let list = value as? [Any] { elements = list } else { elements = [contexts.last as Any] }
                let bodyStart = index
                if elements.isEmpty {
                    skipSection(tokens, &index)
                    continue
                }
                for element in elements {
                    index = bodyStart
                    let inner = (token.kind == .section && value is [Any]) ? contexts + [element] : contexts
                    walkRange(template, tokens, &index, contexts: inner, found: &found, seen: &seen, depth: depth)
                }
            }
        }
    }

    private func skipSection(_ tokens: [Token], _ index: inout Int) {
        var depth = 1
        while index < tokens.count, depth > 0 {
            switch tokens[index].kind {
            case .section, .inverted: depth += 1
            case .close: depth -= 1
            default: break
            }
            index += 1
        }
    }

    private func lookup(_ name: String, in contexts: [Any], template: String, found: inout [String]) -> Any? {
        guard name != ".", let top = contexts.last else { return contexts.last }
        if let parent = top as? MustacheParent, let value = parent.child(named: name) { return value }
        found.append("\(template): '\(name)' is not answered by \(type(of: top))")
        return nil
    }

    /// One tag of a template.
    struct Token {
        enum Kind { case variable, section, inverted, close, partial }
        var kind: Kind
        var name: String
    }

    /// The tags of a template, in order (`{{% … }}` pragmas and `{{! … }}` comments left out).
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            var triple = false
            if rest.first == "{" { triple = true; rest = rest.dropFirst() }
            guard let close = rest.range(of: triple ? "}}}" : "}}") else { break }
            let body = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let sigil = body.first else { continue }
            let name = { (s: String) in String(s.dropFirst()).trimmingCharacters(in: .whitespaces) }
            switch sigil {
            case "#": tokens.append(Token(kind: .section, name: name(body)))
            case "^": tokens.append(Token(kind: .inverted, name: name(body)))
            case "/": tokens.append(Token(kind: .close, name: name(body)))
            case ">": tokens.append(Token(kind: .partial, name: name(body)))
            case "%", "!": continue
            default: tokens.append(Token(kind: .variable, name: body))
            }
        }
        return tokens
    }
}
