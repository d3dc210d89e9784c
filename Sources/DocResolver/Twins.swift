import APISchema

/// Language twins: `X.md` and its English twin `X_en.md` / `X_intl.md` document one action. The
/// resolve stage pairs them into one operation (the Chinese page's facts, with the English
/// texts beside them: `summaryEn`, `descriptionEn`) and reports where the twins disagree on a
/// fact (a parameter, its type, its required flag, a listed value), with both locations: doc
/// drift that people want to know about.
enum Twins {
    /// Whether a page is an English twin (`_en` or `_intl` before `.md` or a copy's note; `_intl_cn` is Chinese).
    static func isEnglish(_ file: String) -> Bool {
        // A page in a folder of English pages (`0英文文档/`, `1.英文文档/`, `02英文/`) is English.
        if file.split(separator: "/").dropLast().contains(where: { $0.contains("英文") || $0.lowercased().contains("english") }) { return true }
        var stem = String(file.split(separator: "/").last ?? Substring(file))
        if stem.lowercased().hasSuffix(".md") { stem.removeLast(3) }
        if let open = stem.firstIndex(where: { $0 == "(" || $0 == "（" }) { stem = String(stem[..<open]) }
        return stem.hasSuffix("_en") || stem.hasSuffix("_intl")
    }

    /// The Chinese page's name for an English twin's (`a/X_en.md` → `a/X`), to pair pages of one folder.
    static func base(_ file: String) -> String {
        var path = file
        if path.lowercased().hasSuffix(".md") { path.removeLast(3) }
        if let open = path.lastIndex(where: { $0 == "(" || $0 == "（" }), !path[open...].contains("/") { path = String(path[..<open]) }
        for suffix in ["_en", "_intl"] where path.hasSuffix(suffix) { return String(path.dropLast(suffix.count)) }
        return path
    }

    /// `chinese` with the English texts of `english`, and the facts they disagree on.
    static func pair(_ chinese: APISchema.Operation, with english: APISchema.Operation) -> (APISchema.Operation, [Diagnostic]) {
        var merged = chinese
        if !english.summary.isEmpty { merged.summaryEn = english.summary }
        merged.descriptionEn = english.description
        var diagnostics: [Diagnostic] = []
        merged.input = pairFields(chinese.input, english.input, side: "input", chinese: chinese, english: english, diagnostics: &diagnostics)
        merged.output = pairFields(chinese.output, english.output, side: "output", chinese: chinese, english: english, diagnostics: &diagnostics)
        return (merged, diagnostics)
    }

    private static func pairFields(_ zh: [Field], _ en: [Field], side: String, chinese: APISchema.Operation, english: APISchema.Operation,
                                   prefix: String = "", diagnostics: inout [Diagnostic]) -> [Field] {
        func drift(_ what: String, at zhSource: SourceLocation?, _ enSource: SourceLocation?) {
            let zhAt = zhSource ?? chinese.source
            let enAt = enSource ?? english.source
            diagnostics.append(Diagnostic(.warning, "twins disagree: \(what) (\(zhAt.file):\(zhAt.line) and \(enAt.file):\(enAt.line))", at: enAt))
        }
        var result: [Field] = []
        for field in zh {
            var field = field
            let path = prefix + field.name
            guard let twin = en.first(where: { $0.name == field.name }) else {
                // Members only the example shows are not documented on either page.
                if field.origin != .example { drift("\(side) '\(path)' is only on the Chinese page", at: field.source, nil) }
                result.append(field)
                continue
            }
            if !twin.description.isEmpty { field.descriptionEn = twin.description }
            if twin.type != field.type, field.origin == nil, twin.origin == nil {
                drift("\(side) '\(path)' is \(field.type.rawValue) on the Chinese page and \(twin.type.rawValue) on the English one", at: field.source, twin.source)
            }
            if side == "input", twin.required != field.required {
                drift("\(side) '\(path)' is \(field.required ? "required" : "optional") on the Chinese page and \(twin.required ? "required" : "optional") on the English one", at: field.source, twin.source)
            }
            let zhValues = Set((field.enum ?? []).map(\.value)), enValues = Set((twin.enum ?? []).map(\.value))
            if !zhValues.isEmpty, !enValues.isEmpty, zhValues != enValues {
                let only = zhValues.subtracting(enValues).sorted(), onlyEn = enValues.subtracting(zhValues).sorted()
                drift("\(side) '\(path)' lists \(only.isEmpty ? "" : "\(only) only in Chinese")\(only.isEmpty || onlyEn.isEmpty ? "" : ", ")\(onlyEn.isEmpty ? "" : "\(onlyEn) only in English")", at: field.source, twin.source)
            }
            if let members = field.fields {
                field.fields = pairFields(members, twin.fields ?? [], side: side, chinese: chinese, english: english, prefix: path + ".", diagnostics: &diagnostics)
            }
            if var item = field.item, let twinItem = twin.item {
                if !twinItem.description.isEmpty { item.descriptionEn = twinItem.description }
                if let members = item.fields {
                    item.fields = pairFields(members, twinItem.fields ?? [], side: side, chinese: chinese, english: english, prefix: path + ".n.", diagnostics: &diagnostics)
                }
                field.item = item
            }
            result.append(field)
        }
        for twin in en where !zh.contains(where: { $0.name == twin.name }) && twin.origin != .example {
            drift("\(side) '\(prefix + twin.name)' is only on the English page", at: nil, twin.source)
        }
        return result
    }
}
