import APISchema
import DocDialects
import DocgenFind
import Foundation
import Mustache
import ParallelMap
import QCloudProtocol

/// One generated file: its name inside the module folder and its text.
public struct GeneratedFile: Sendable, Hashable {
    /// The file name (`AddVpnConnEx.swift`).
    public var name: String
    /// The Swift source.
    public var contents: String

    /// Creates a file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Renders the API schema to Swift through the Mustache templates in `Templates/`.
public struct SwiftGenerator: Sendable {
    private let library: MustacheLibrary
    private let templateTexts: [String: String]
    /// When set, every render is checked against its template's tags (tests set it).
    public var audit: TemplateAudit?

    /// Loads the templates shipped with this module.
    public init() throws {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw GeneratorError("the code templates are missing from the SwiftCodegen bundle")
        }
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        for name in Self.templateNames {
            let url = folder.appendingPathComponent(name + ".mustache")
            let text = try String(contentsOf: url, encoding: .utf8)
            try library.register(text, named: name)
            texts[name] = text
        }
        self.library = library
        self.templateTexts = texts
    }

    /// The templates in `Templates/`: one per kind of file or declaration, and the partials they share.
    static let templateNames = ["operation", "request", "response", "models", "valueList", "errors", "operations", "client",
                                "docComment", "memberDocComment", "behaviours"]

    /// The most members one generated type may have: beyond it the code would compile slowly and
    /// be unusable, so the page is reported instead.
    public static let maximumMembers = 1000

    /// The member count and first member of the field list with the most members, at any depth.
    static func largestStruct(_ fields: [Field]) -> (count: Int, source: SourceLocation)? {
        var best: (count: Int, source: SourceLocation)? = fields.first.map { (fields.count, $0.source) }
        for field in fields {
            for inner in [field.fields ?? [], field.item?.fields ?? []] {
                if let candidate = largestStruct(inner), candidate.count > (best?.count ?? 0) { best = candidate }
            }
        }
        return best
    }

    /// The longest Swift file name written (the temporary `.<name>.tmp` must fit in 255 bytes too).
    static let maximumFileNameBytes = 240

    /// Types a generated module or its users refer to by name — every public type of the runtime
    /// and of QCloudProtocol (a test holds this list to their sources), and the standard
    /// library's and Foundation's that generated code names: an operation type, or a module's
    /// service-wide type (`<Service>Client`, `<Service>ErrorCode`, …), named so would shadow them.
    static let moduleTypeNames: Set<String> = [
        // QCloudRuntime and QCloudProtocol.
        "AttemptCounting", "CVMRoleCredentials", "CachedCredentials", "CallOptions", "ClientConfiguration", "ClientError",
        "CommonErrorCode", "CredentialChain", "CredentialProvider", "CredentialProviderError", "Credentials", "DocumentedValue",
        "EnvironmentCredentials", "FailedAttempt", "FailureKind", "FormEncoding", "HTTPRequest", "HTTPResponse",
        "HiddenCharacters", "InternalEndpoints", "JSONBody", "JSONPayload", "NoRetries", "OperationDescriptor",
        "OperationExample", "OperationTarget", "Paginator", "PaginatorItems", "Paging", "PagingError", "ParameterDecodable",
        "ParameterDecodingError", "ParameterEncodable", "ParameterKind", "ParameterReader", "ParameterScalar",
        "ParameterStruct", "ParameterWriter", "PreparedRequest", "ProfileCredentials", "QCloudClient", "QCloudLogging",
        "ReadOnlyActions", "RedactedDescription", "Redaction", "ResponseDecoding", "RetryPolicy", "SecretNames",
        "SecretRedacting", "ServiceError", "ServiceErrorCode", "ServiceErrorDetails", "Signer", "StandardRetryPolicy",
        "StaticCredentials", "TC3Signer", "TaskState", "Transport", "URLSessionTransport", "UndocumentedErrorCode",
        "V3Signing", "Validatable", "ValidationError", "ValidationIssue", "Validator", "Waiter", "WaiterError",
        "WaiterSettings", "WireKey", "WireProtocol",
        // Modules, the standard library and Foundation.
        "QCloudRuntime", "QCloudProtocol", "Swift", "Foundation", "Logging", "Logger", "Data", "String", "Int", "Double",
        "Bool", "Array", "Dictionary", "Set", "Optional", "Error", "Result", "Never", "Void", "Sendable", "Hashable",
        "Codable", "Decodable", "Encodable", "Equatable", "Decoder", "Encoder", "CodingKey", "URL", "Date",
    ]

    /// The files every module has besides one per page. Their `+` cannot come from a page's
    /// file name, so they never collide with one.
    public static let fixedFiles = ["Service+Operations.swift", "Service+Client.swift", "Service+ErrorCode.swift", "Service+Models.swift"]

    /// The Swift file a page becomes: its file name without `.md`, characters other than
    /// letters, digits, `_` and `-` replaced by `_` (`AddVpnConnEx.md` → `AddVpnConnEx.swift`).
    /// A name that had other characters (`创建NAT网关.md`) also gets 8 hex digits of a hash of its
    /// path below the module `folder` (`__NAT___b8e09fd6.swift`), so titles that differ only in
    /// non-ASCII characters, or repeat in two groups of a doc tree, do not collide. The build
    /// plugin (pages anywhere below the target's folder, paths relative to it) applies the same
    /// rule to declare its outputs before it runs.
    public static func fileName(forPage path: String, in folder: String? = nil) -> String {
        var stem = String(path.split(separator: "/").last ?? Substring(path))
        if stem.lowercased().hasSuffix(".md") { stem.removeLast(3) }
        let isPlain: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        var safe = String(stem.map { isPlain($0) ? $0 : "_" })
        if !stem.allSatisfy(isPlain) {
            var relative = stem
            if let folder, path.hasPrefix(folder + "/") {
                relative = String(path.dropFirst(folder.count + 1))
                if relative.lowercased().hasSuffix(".md") { relative.removeLast(3) }
            }
            safe += "_" + fnv1a(relative)
        }
        return (safe.isEmpty ? "_" : safe) + ".swift"
    }

    /// The 32-bit FNV-1a hash of the UTF-8 bytes, as 8 hex digits.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The files of one module, sorted by name: one per operation (named after its action, or in
    /// the plugin's mode after its page), plus the fixed files.
    /// `serviceErrors` are the codes of the service's error page, if it has one.
    /// With ``ModuleSpec/FileNaming/page``, `pages` are all the module's pages: each one that makes
    /// no operation file (an overview, an English twin merged into its Chinese page, a duplicate)
    /// still gets its file, a stub, so every file the build plugin declared is written.
    public func generate(_ module: ModuleSpec, operations: [APISchema.Operation], serviceErrors: [ErrorCode] = [],
                         structures: [Structure] = [], pages: [String] = []) throws -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        var files: [GeneratedFile] = []
        var diagnostics: [Diagnostic] = []
        // The shared structures: one struct each, in the `<Service>Models` namespace.
        let modelsName = module.servicePrefix + "Models"
        var modelNames: [String: String] = [:]
        var claimed: Set<String> = [modelsName]
        let shared = structures.filter { structure in
            guard modelNames[structure.name] == nil else { return false }
            modelNames[structure.name] = modelsName + "." + claimed.claim(SwiftNaming.typeName(structure.name))
            return true
        }
        let modelViews = shared.map { structure -> StructView in
            var builder = RequestBuilder(file: structure.source.file, language: module.docLanguage, models: modelNames, dual: true)
            let view = builder.build(structure, swiftName: String(modelNames[structure.name]?.dropFirst(modelsName.count + 1) ?? ""))
            diagnostics += builder.diagnostics
            return view
        }
        let modelsView = ModelsView(sourceFolder: SwiftNaming.docLines(module.sourceFolder).joined(), service: module.servicePrefix,
                                    name: modelsName, code: try modelViews.map { Self.indent(try renderStruct($0.decoding(), "request")) })
        files.append(GeneratedFile(name: Self.fixedFiles[3], contents: try render(modelsView, "models")))
        let errorType = module.servicePrefix + "ErrorCode"
        var seen: [String: String] = [:]
        let errorCases = ErrorsBuilder.cases(for: operations, serviceErrors: serviceErrors)
        let errorNames = Dictionary(errorCases.map { ($0.literal, $0.caseName) }, uniquingKeysWith: { a, _ in a })
        var fileNames: [String: String] = [:]
        var typeNames: [String: String] = [:]
        let moduleOwnTypes: Set<String> = [module.name, module.name + "Operations", module.servicePrefix + "Client",
                                           errorType, module.servicePrefix + "Error", module.servicePrefix + "Models"]
        // The service-wide types may not shadow the runtime's either (`Service` + `ErrorCode` is
        // the runtime's protocol `ServiceErrorCode`, and the module would not compile).
        for shadowing in moduleOwnTypes.intersection(Self.moduleTypeNames).sorted() {
            diagnostics.append(Diagnostic(.error, "module \(module.name) would declare \(shadowing), shadowing the type of that name the generated module uses; give the module another name (docgen.yaml module:)",
                                          at: SourceLocation(file: module.sourceFolder, line: 1, column: 1)))
        }
        // First, in order: which operations make files (duplicates and oversized types are errors).
        var accepted: [(operation: APISchema.Operation, fileName: String)] = []
        for operation in operations.sorted(by: { ($0.action, $0.source.file) < ($1.action, $1.source.file) }) {
            if let other = seen[operation.action] {
                diagnostics.append(Diagnostic(.error, "action \(operation.action) is documented twice (also in \(other))", at: operation.source))
                continue
            }
            let typeName = SwiftNaming.typeName(operation.action)
            if let other = typeNames[typeName.lowercased()] {
                diagnostics.append(Diagnostic(.error, "actions \(other) and \(operation.action) have the same Swift type name \(typeName) (up to case)", at: operation.source))
                continue
            }
            if Self.moduleTypeNames.contains(typeName) || moduleOwnTypes.contains(typeName) {
                diagnostics.append(Diagnostic(.error, "action \(operation.action) would shadow \(typeName), a type the generated module uses", at: operation.source))
                continue
            }
            let fileName = module.fileNaming == .page ? Self.fileName(forPage: operation.source.file, in: module.sourceFolder)
                : typeName + ".swift"
            if fileName.utf8.count > Self.maximumFileNameBytes {
                diagnostics.append(Diagnostic(.error, "the page's file name is too long for a Swift file name (\(fileName.utf8.count) bytes, limit \(Self.maximumFileNameBytes))", at: operation.source))
                continue
            }
            if let other = fileNames[fileName.lowercased()] {
                diagnostics.append(Diagnostic(.error, "pages \(other) and \(operation.source.file) would both generate \(fileName)", at: operation.source))
                continue
            }
            fileNames[fileName.lowercased()] = operation.source.file
            typeNames[typeName.lowercased()] = operation.action
            seen[operation.action] = operation.source.file
            if let crowded = Self.largestStruct(operation.input + operation.output), crowded.count > Self.maximumMembers {
                diagnostics.append(Diagnostic(.error, "\(crowded.count) members in one type (limit \(Self.maximumMembers)): split the table or raise the limit", at: crowded.source))
                continue
            }
            accepted.append((operation, fileName))
        }
        // The client's method names, claimed in action order (paginators are named after them).
        var methodNames: Set<String> = ["client", "init", "send"]
        var methodByAction: [String: String] = [:]
        for operation in operations.sorted(by: { $0.action < $1.action }) where seen[operation.action] == operation.source.file {
            methodByAction[operation.action] = methodNames.claim(SwiftNaming.propertyName(operation.action).replacingBackticks())
        }
        // Then the files, each independent of the others, on all cores.
        let models = modelNames
        let methodsByAction = methodByAction
        let byAction = Dictionary(accepted.map { ($0.operation.action, $0.operation) }, uniquingKeysWith: { first, _ in first })
        let clientName = module.servicePrefix + "Client"
        let rendered = try accepted.parallelMap { operation, fileName in
            try renderOperation(operation, fileName: fileName, errorType: errorType, errorNames: errorNames, language: module.docLanguage,
                                models: models, client: (clientName, methodsByAction[operation.action] ?? ""), operations: byAction)
        }
        for (file, fileDiagnostics) in rendered {
            files.append(file)
            diagnostics += fileDiagnostics
        }
        let names = operations.filter { seen[$0.action] == $0.source.file }.map(\.action).sorted().map { SwiftNaming.typeName($0) }
        let list = OperationsView(sourceFolder: SwiftNaming.docLines(module.sourceFolder).joined(), service: module.servicePrefix,
                                  name: module.name + "Operations", operations: names)
        files.append(GeneratedFile(name: Self.fixedFiles[0], contents: try render(list, "operations")))
        var methods: [ClientView.Method] = []
        for operation in operations.sorted(by: { $0.action < $1.action }) where seen[operation.action] == operation.source.file {
            let method = methodByAction[operation.action] ?? SwiftNaming.propertyName(operation.action)
            // Only names here, so that a page's new wording rewrites only that page's file.
            methods.append(.init(doc: ["Calls `\(operation.action)`; see ``\(SwiftNaming.typeName(operation.action))``."],
                                 method: method,
                                 type: SwiftNaming.typeName(operation.action),
                                 deprecated: Self.deprecation(operation)))
        }
        let client = ClientView(sourceFolder: SwiftNaming.docLines(module.sourceFolder).joined(), service: module.servicePrefix,
                                name: module.servicePrefix + "Client", operations: methods)
        files.append(GeneratedFile(name: Self.fixedFiles[1], contents: try render(client, "client")))
        let errors = ErrorsView(sourceFolder: SwiftNaming.docLines(module.sourceFolder).joined(), service: module.servicePrefix,
                                name: errorType, errorAlias: module.servicePrefix + "Error", cases: errorCases)
        files.append(GeneratedFile(name: Self.fixedFiles[2], contents: try render(errors, "errors")))
        if module.fileNaming == .action {
            let accepted = operations.filter { seen[$0.action] == $0.source.file }
            files.append(GeneratedFile(name: module.name + ".docc/" + module.name + ".md",
                                       contents: Self.documentationLandingPage(module, operations: accepted, client: clientName, errorType: errorType)))
        }
        if module.fileNaming == .page {
            let written = Set(files.map(\.name))
            for page in pages {
                let name = Self.fileName(forPage: page, in: module.sourceFolder)
                guard !written.contains(name), !files.contains(where: { $0.name == name }) else { continue }
                files.append(GeneratedFile(name: name, contents: "// Generated by qcloud-docgen from \(SwiftNaming.docLines(page).joined()). Do not edit.\n"
                    + "// This page makes no code of its own (not an operation page, or its action is generated from another page).\n"))
            }
        }
        return (files.sorted { $0.name < $1.name }, diagnostics)
    }

    /// The deprecation message of an operation documented only in deprecated folders, as a
    /// literal (zero or one element): the client method and the flattened call carry the same.
    static func deprecation(_ operation: APISchema.Operation) -> [String] {
        operation.deprecated == true ? [SwiftNaming.literal("\(operation.action) is documented only in deprecated folders of the docs")] : []
    }

    /// The DocC catalog's landing page: the client, the operations by the docs' groups (the
    /// folder each page is in), the shared models and the error codes.
    static func documentationLandingPage(_ module: ModuleSpec, operations: [APISchema.Operation], client: String, errorType: String) -> String {
        var groups: [String: [String]] = [:]
        for operation in operations {
            let folder = URL(fileURLWithPath: operation.source.file).deletingLastPathComponent().lastPathComponent
            let group = SwiftNaming.docLines(folder.isEmpty || folder == "." ? module.servicePrefix : folder).joined(separator: " ")
            groups[group, default: []].append(SwiftNaming.typeName(operation.action))
        }
        // DocC wants the title first: the generated mark follows it.
        var lines = ["# ``\(module.name)``", "",
                     "<!-- " + String(OutputFolderHeader.text.dropFirst(3)) + " from " + SwiftNaming.docLines(module.sourceFolder).joined() + ". Do not edit. -->", "",
                     "The \(module.servicePrefix) API, generated from its documentation pages: one type per operation "
                         + "(request, response, documented errors and examples), ``\(client)`` to call them, and ``\(errorType)``.", "",
                     "## Topics", "", "### Calling the service", "", "- ``\(client)``", "- ``\(errorType)``",
                     "- ``\(module.servicePrefix)Models``", "- ``\(module.name)Operations``"]
        for group in groups.keys.sorted() {
            lines += ["", "### " + group, ""] + (groups[group] ?? []).sorted().map { "- ``\($0)``" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One operation's file.
    private func renderOperation(_ operation: APISchema.Operation, fileName: String, errorType: String,
                                 errorNames: [String: String], language: ModuleSpec.DocLanguage,
                                 models: [String: String], client: (name: String, method: String),
                                 operations: [String: APISchema.Operation]) throws -> (GeneratedFile, [Diagnostic]) {
        var requestBuilder = RequestBuilder(file: operation.source.file, language: language, models: models)
        let request = requestBuilder.build(operation)
        var responseBuilder = ResponseBuilder(file: operation.source.file, language: language, models: models)
        let response = responseBuilder.build(operation)
        let examples = examples(of: operation)
        var view = OperationView(
            sourceFile: SwiftNaming.docLines(operation.source.file).joined(),
            doc: DocComment.texts(operation.summary, operation.summaryEn, language: language).flatMap { SwiftNaming.docLines($0) + [""] }
                + SwiftNaming.docLines("Action `\(operation.action)` on `\(operation.host)`."),

            name: SwiftNaming.typeName(operation.action),
            actionLiteral: SwiftNaming.literal(operation.action),
            hostLiteral: SwiftNaming.literal(operation.host),
            pathLiteral: SwiftNaming.literal(operation.path),
            errorType: errorType,
            errors: operation.errors.compactMap { error in
                errorNames[SwiftNaming.literal(error.code)].map {
                    CaseView(doc: [SwiftNaming.docLines(error.description).joined(separator: " ")], caseName: $0, literal: "", last: false)
                }
            },
            requestType: request.name,
            responseType: response.name,
            exampleCount: examples.count,
            examples: examples,
            internalHost: (operation.endpoints ?? []).first { $0.kind == .internal && InternalEndpoints.isInternal($0.host) }
                .map { [SwiftNaming.literal($0.host)] } ?? [],
            secretParameters: Self.secretPaths(operation.input, prefix: "").map(SwiftNaming.literal).joined(separator: ", "),
            code: [try renderStruct(request, "request"), try renderStruct(response, "response")])
        switch operation.dialect {
        case "v3": view.wireProtocol = [".v3"]
        case "v2-versioned": view.wireProtocol = [".v2Versioned"]
        default: break
        }
        view.versionLiteral = operation.version.map { [SwiftNaming.literal($0)] } ?? []
        view.retriesAmbiguousFailures = operation.retriesAmbiguousFailures.map { [$0 ? "true" : "false"] } ?? []
        var behaviours = BehavioursBuilder(client: client.name, language: language, models: models, operations: operations)
        if let behavioursView = behaviours.build(operation, method: client.method, request: request, response: response) {
            view.code.append(Self.trimmingNewlines(try render(behavioursView, "behaviours")))
        }
        let file = GeneratedFile(name: fileName, contents: try render(view, "operation"))
        return (file, requestBuilder.diagnostics + responseBuilder.diagnostics + behaviours.diagnostics)
    }

    /// The wire paths of the secret members (`IKESet.psk`, `users.n.password`), sorted.
    static func secretPaths(_ fields: [Field], prefix: String) -> [String] {
        var paths: [String] = []
        for field in fields {
            let path = prefix + field.name
            if field.secret == true { paths.append(path) }
            paths += secretPaths(field.fields ?? [], prefix: path + ".")
            if let item = field.item {
                if item.secret == true { paths.append(path + ".n") }
                paths += secretPaths(item.fields ?? [], prefix: path + ".n.")
            }
        }
        return paths.sorted()
    }

    /// The page's own examples (not follow-up calls such as a task query), as literals.
    private func examples(of operation: APISchema.Operation) -> [ExampleView] {
        let list = { (names: [String]?) in (names ?? []).map(SwiftNaming.literal).joined(separator: ", ") }
        return operation.examples.enumerated().compactMap { index, example in
            if index > 0, let action = example.action, action != operation.action { return nil }
            guard example.requestSource != nil || example.response != nil else { return nil }
            var json = "nil"
            // A wrapped dialect's example that is not wrapped (a callback body, a fragment) is not
            // what the client reads: it is not kept to replay (the lint reports it).
            let wrapper = Dialect.named(operation.dialect).envelope.wrapper
            if let response = example.response, wrapper.map({ Self.isWrapped(response, in: $0) }) ?? true {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                if let data = try? encoder.encode(response) { json = SwiftNaming.literal(String(decoding: data, as: UTF8.self)) }
            }
            return ExampleView(
                parameters: example.request.map { .init(name: SwiftNaming.literal($0.name), value: SwiftNaming.literal($0.value)) },
                responseJSON: json, omittedRequired: list(example.omittedRequired),
                undocumented: list(example.undocumentedParameters), unreadable: list(example.unreadableParameters),
                showsRequest: example.requestSource != nil)
        }
    }

    /// Whether a response is one object whose only member is `wrapper` (`{"Response": {…}}`).
    static func isWrapped(_ response: JSONValue, in wrapper: String) -> Bool {
        guard case .object(let members) = response, members.count == 1, members[0].key == wrapper,
              case .object = members[0].value else { return false }
        return true
    }

    /// Renders a struct with its value lists and nested structs, innermost first, each
    /// indented one level inside its parent.
    private func renderStruct(_ view: StructView, _ template: String) throws -> String {
        var view = view
        view.innerCode = try view.valueLists.map { Self.indent(try render($0, "valueList")) }
            + view.nested.map { Self.indent(try renderStruct($0, template)) }
        return Self.trimmingNewlines(try render(view, template))
    }

    static func indent(_ text: String) -> String {
        lines(of: trimmingNewlines(text)).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    }

    /// A new audit of this generator's templates; assign it to ``audit`` to check renders.
    public func makeAudit() -> TemplateAudit {
        TemplateAudit(templates: templateTexts)
    }

    private func render(_ view: Any, _ template: String) throws -> String {
        audit?.check(template, view)
        guard let text = library.render(view, withTemplate: template) else {
            throw GeneratorError("template \(template) is missing")
        }
        return Self.tidy(text)
    }

    /// Removes trailing spaces and runs of blank lines the templates leave, and ends with one newline.
    static func tidy(_ text: String) -> String {
        var kept: [String] = []
        for line in lines(of: text) {
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed.isEmpty, kept.last?.isEmpty ?? true { continue }
            kept.append(trimmed)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n") + "\n"
    }

    /// The lines of a text, split on the newline byte (cheaper than splitting by Character).
    static func lines(of text: String) -> [String] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// The text without leading and trailing newlines.
    static func trimmingNewlines(_ text: String) -> String {
        var kept = lines(of: text)
        while kept.first?.isEmpty == true { kept.removeFirst() }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }
}

/// The first words of every file the generator writes (`OutputFolder` recognises its files by them).
enum OutputFolderHeader {
    static let text = "// Generated by qcloud-docgen"
}

/// A failure of the generator itself (not of a document).
public struct GeneratorError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
    init(_ description: String) { self.description = description }
}
