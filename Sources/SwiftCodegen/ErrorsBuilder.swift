import APISchema
import QCloudProtocol

/// Builds the service's error-code enum: every code the pages document plus the common
/// numeric codes, each with one case whose name is unique and readable.
///
/// The rule for names, in the order they are claimed:
/// 1. the common numeric codes every API 2.0 service shares (``CommonErrorCode``, `4100` →
///    `authenticationFailed`), in a module with API 2.0 operations; a module of API 3.0
///    operations only has none (its service never sends them, and its own `InvalidParameter`
///    keeps the plain name);
/// 2. the codes of the service's error pages, then of its operation pages, each named after
///    its English name where the table gives one (`11056 | InstanceNotExists` →
///    `instanceNotExists`, matched by both), else after the code (`InvalidVpc.NotFound` →
///    `invalidVpcNotFound`, `29257` → `code29257`). A name already taken gets the numeric code
///    appended when there is one (`invalidParameter11050`), else a number (`name2`).
enum ErrorsBuilder {
    static func cases(for operations: [APISchema.Operation], serviceErrors: [ErrorCode] = []) -> [CaseView] {
        var entries: [(code: String, codeDesc: String?, doc: String)] = []
        var seenCodes: Set<String> = []
        let hasAPI2 = operations.isEmpty || operations.contains { $0.dialect != "v3" }
        var commonNames: [String: String] = [:]
        if hasAPI2 {
            for common in CommonErrorCode.allCases where seenCodes.insert(String(common.rawValue)).inserted {
                commonNames[String(common.rawValue)] = common.name
                entries.append((String(common.rawValue), nil, "Common error \(common.rawValue): \(common.meaning)."))
            }
        }
        for error in serviceErrors where seenCodes.insert(error.code).inserted {
            entries.append((error.code, error.codeDesc, error.description))
        }
        // Codes from the operations' pages: the doc names the pages, not their wording, so a
        // page's new wording changes only that page's file.
        var pagesByCode: [String: [String]] = [:]
        var codeDescs: [String: String] = [:]
        for operation in operations {
            for error in operation.errors {
                pagesByCode[error.code, default: []].append(operation.action)
                if let name = error.codeDesc, codeDescs[error.code] == nil { codeDescs[error.code] = name }
            }
        }
        for operation in operations {
            for error in operation.errors where seenCodes.insert(error.code).inserted {
                let pages = Set(pagesByCode[error.code] ?? []).sorted().joined(separator: ", ")
                let name = codeDescs[error.code].map { " (`\($0)`)" } ?? ""
                entries.append((error.code, codeDescs[error.code], "`\(error.code)`\(name), documented by \(pages)."))
            }
        }
        var usedNames: Set<String> = ["other", "code", "common", "allCases", "description", "init"]
        // A codeDesc matches one case: the first code that gives it, unless it is a code itself.
        var matched = seenCodes
        var views: [CaseView] = []
        for entry in entries {
            let wanted = commonNames[entry.code] ?? caseName(for: entry.codeDesc ?? entry.code)
            let isNumber = !entry.code.isEmpty && entry.code.allSatisfy { $0.isASCII && $0.isNumber }
            let name = usedNames.contains(wanted) && isNumber && entry.codeDesc != nil
                ? usedNames.claim(wanted + entry.code) : usedNames.claim(wanted)
            var aliases: [AliasView] = []
            if let codeDesc = entry.codeDesc, matched.insert(codeDesc).inserted {
                aliases.append(AliasView(caseName: name, literal: SwiftNaming.literal(codeDesc)))
            }
            views.append(CaseView(doc: SwiftNaming.docLines(entry.doc), caseName: name,
                                  literal: SwiftNaming.literal(entry.code), last: false, aliases: aliases))
        }
        return views.markingLast { view, last in
            var view = view
            view.last = last
            return view
        }
    }

    /// `InvalidVpc.NotFound` → `invalidVpcNotFound`; `29257` → `code29257`; `-502` → `codeMinus502`.
    static func caseName(for code: String) -> String {
        if code.allSatisfy(\.isNumber) { return "code" + code }
        if code.hasPrefix("-"), code.dropFirst().allSatisfy(\.isNumber), code.count > 1 { return "codeMinus" + code.dropFirst() }
        return SwiftNaming.propertyName(code).replacingBackticks()
    }
}
