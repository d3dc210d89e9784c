import APISchema

/// Chooses one page per action when several document it (a deprecated copy, a conflict copy,
/// one action in two groups), by a stated, deterministic rule, and warns at the chosen page with
/// the others' paths. The rule, in order:
/// 1. a page outside deprecated folders (`废弃`, `弃用`, `deprecated`) over one inside;
/// 2. a page that is not a copy (`X__1.md`, `X(1).md`, `X copy.md`, `X副本.md`) over a copy;
/// 3. the newest dialect (API 3.0, then V3, then classic);
/// 4. a Chinese page over an English twin (`_en`, `_intl`);
/// 5. the page that documents more parameters (a usage example repeats a call with a few);
/// 6. the page with the fewest folders in its path, then the first by path bytes.
public enum PageChoice {
    /// Whether the rule uses page `a` rather than page `b` for their action (`a` not deprecated
    /// where `b` is, not a copy, newer dialect, Chinese, …).
    public static func prefers(_ a: APISchema.Operation, over b: APISchema.Operation) -> Bool {
        precedes(a, b)
    }

    static func choose(_ operations: [APISchema.Operation]) -> (accepted: [APISchema.Operation], diagnostics: [Diagnostic]) {
        var byAction: [String: [APISchema.Operation]] = [:]
        var order: [String] = []
        for operation in operations {
            if byAction[operation.action] == nil { order.append(operation.action) }
            byAction[operation.action, default: []].append(operation)
        }
        var accepted: [APISchema.Operation] = []
        var diagnostics: [Diagnostic] = []
        for action in order {
            guard let pages = byAction[action] else { continue }
            let ranked = pages.sorted { precedes($0, $1) }
            guard var chosen = ranked.first else { continue }
            // The chosen page's English twin is paired with it, not counted as another page: the
            // one beside it (same name plus `_en`/`_intl`), else the first English page of the
            // action anywhere in the product (products keep English pages in folders of their
            // own: `0英文文档/`, `英文文档/`).
            var others = Array(ranked.dropFirst())
            if !Twins.isEnglish(chosen.source.file),
               let twin = others.firstIndex(where: { Twins.isEnglish($0.source.file) && Twins.base($0.source.file) == Twins.base(chosen.source.file) })
                ?? others.firstIndex(where: { Twins.isEnglish($0.source.file) }) {
                let (merged, drift) = Twins.pair(chosen, with: others[twin])
                chosen = merged
                diagnostics += drift
                others.remove(at: twin)
            }
            if ranked.allSatisfy({ isDeprecated($0.source.file) }) { chosen.deprecated = true }
            accepted.append(chosen)
            if !others.isEmpty {
                let list = others.map(\.source.file).joined(separator: ", ")
                diagnostics.append(Diagnostic(.warning, "action \(action) is documented by \(others.count + 1) pages; using this one (not deprecated, not a copy, newest dialect, Chinese, most parameters, shallowest, first by name); also in: \(list)", at: chosen.source))
            }
        }
        return (accepted, diagnostics)
    }

    /// Whether the rule above prefers page `a` to page `b`.
    static func precedes(_ a: APISchema.Operation, _ b: APISchema.Operation) -> Bool {
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra.lexicographicallyPrecedes(rb) }
        return a.source.file.utf8.lexicographicallyPrecedes(b.source.file.utf8)
    }

    /// The dialects from newest to oldest: an action documented by an API 3.0 page and by an
    /// older page is generated from the 3.0 one (the contract the service serves today).
    static let dialectAge = ["v3", "v2-versioned", "v2"]

    /// The rule's key for an operation: its path's, with the dialect's age after "not a copy".
    static func rank(_ operation: APISchema.Operation) -> [Int] {
        var key = rank(operation.source.file)
        key.insert(dialectAge.firstIndex(of: operation.dialect ?? "v2") ?? dialectAge.count, at: 2)
        key.insert(-(fieldCount(operation.input) + fieldCount(operation.output)), at: 4)
        return key
    }

    /// How many fields `fields` document, members and elements included.
    static func fieldCount(_ fields: [Field]) -> Int {
        fields.reduce(0) { count, field in
            count + 1 + fieldCount(field.fields ?? []) + (field.item.map { fieldCount([$0]) - 1 } ?? 0)
        }
    }

    /// The rule's key for a path, before the final byte-order tie-break (smaller is preferred).
    static func rank(_ path: String) -> [Int] {
        let parts = path.split(separator: "/").map(String.init)
        let folders = parts.dropLast()
        var stem = parts.last ?? path
        if stem.lowercased().hasSuffix(".md") { stem.removeLast(3) }
        let deprecated = isDeprecated(path)
        let copy = isCopy(stem)
        // `X_en(KITTYYLI-PC1的冲突版本)` is English too (the suffix stands before a copy's note).
        let english = Twins.isEnglish(path)
        return [deprecated ? 1 : 0, copy ? 1 : 0, english ? 1 : 0, folders.count]
    }

    /// Whether the page is in a deprecated folder (`废弃`, `弃用`, `deprecated`).
    static func isDeprecated(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { $0.contains("废弃") || $0.contains("弃用") || $0.lowercased().contains("deprecated") }
    }

    /// `X__1`, `X(1)`, `X（1）`, `X copy`, `X副本`, `X(PC的冲突版本)` (a sync tool's conflict copy).
    static func isCopy(_ stem: String) -> Bool {
        if stem.lowercased().hasSuffix(" copy") || stem.hasSuffix("副本") { return true }
        if stem.hasSuffix(")") || stem.hasSuffix("）"), let open = stem.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            let note = stem[open...].lowercased()
            if note.contains("冲突") || note.contains("conflict") || note.contains("copy") || note.contains("副本") { return true }
        }
        if let range = stem.range(of: "__", options: .backwards), !stem[range.upperBound...].isEmpty,
           stem[range.upperBound...].allSatisfy(\.isNumber) { return true }
        for (open, close) in [("(", ")"), ("（", "）")] where stem.hasSuffix(close) {
            if let start = stem.range(of: open, options: .backwards) {
                let inner = stem[start.upperBound..<stem.index(before: stem.endIndex)]
                if !inner.isEmpty, inner.allSatisfy(\.isNumber) { return true }
            }
        }
        return false
    }
}
