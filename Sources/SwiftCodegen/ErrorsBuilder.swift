import APISchema
import QCloudProtocol


/// Builds the service's error-code enum: every code the pages document plus the common
/// numeric codes, each with one case whose name is unique and readable.
enum ErrorsBuilder {
    static func cases(for operations: [APISchema.Operation], serviceErrors: [ErrorCode] = []) -> [CaseView] {
        var entries: [(code: String, name: String, doc: String)] = []
        var seenCodes: Set<String> = []
        for common in CommonErrorCode.allCases where seenCodes.insert(String(common.rawValue)).inserted {
            entries.append((String(common.rawValue), common.name, "Common error \(common.rawValue): \(common.meaning)."))
        }
        for error in serviceErrors where seenCodes.insert(error.code).inserted {
            entries.append((error.code, caseName(for: error.code), error.description))
        }
        // Codes from the operations' pages: the doc names the pages, not their wording, so a
        // page's new wording changes only that page's file.
        var pagesByCode: [String: [String]] = [:]
        for operation in operations {
            for error in operation.errors { pagesByCode[error.code, default: []].append(operation.action) }
        }
        for operation in operations {
            for error in operation.errors where seenCodes.insert(error.code).inserted {
                let pages = Set(pagesByCode[error.code] ?? []).sorted().joined(separator: ", ")
                entries.append((error.code, caseName(for: error.code), "`\(error.code)`, documented by \(pages)."))
            }
        }
        var usedNames: Set<String> = ["other", "code", "common", "allCases", "description", "init"]
        var views: [CaseView] = []
        for entry in entries {
            let name = usedNames.claim(entry.name)
            views.append(CaseView(doc: SwiftNaming.docLines(entry.doc), caseName: name,
                                       literal: SwiftNaming.literal(entry.code), last: false))
        }
        return views.markingLast { view, last in
            var view = view
            view.last = last
            return view
        }
    }

    /// `InvalidVpc.NotFound` → `invalidVpcNotFound`; `29257` → `code29257`.
    static func caseName(for code: String) -> String {
        if code.allSatisfy(\.isNumber) { return "code" + code }
        return SwiftNaming.propertyName(code).replacingBackticks()
    }
}
