import DocText
import APISchema
import DocDialects
import DocMarkdown
import Foundation

/// What a page is, decided from what it contains (never from its file name).
public enum PageKind: String, Sendable, Hashable, Codable {
    /// It documents one action: it names it and has parameter tables or sections (a page that
    /// has request/response sections but cannot be read is still one, with errors).
    case operation
    /// A service's error-code list: error tables, no action, no parameter tables.
    case errorCodes
    /// Data structures (对象属性说明): field tables without an action.
    case dataStructures
    /// Example calls without parameter tables (使用示例, 示例代码, 最终请求形式).
    case fragment
    /// Anything else: an overview, quick start, call-method page, change log.
    case other
    /// An API of another protocol: a REST path on a host outside the API domains, signed in an
    /// `Authorization` header (`POST /face/detect`), not an Action call.
    case otherProtocol

    /// What a skipped page was taken for, for the note that says so.
    public var takenFor: String {
        switch self {
        case .operation: "an operation page"
        case .errorCodes: "an error-code page"
        case .dataStructures: "a data-structure page"
        case .fragment: "an example fragment (calls without parameter tables)"
        case .other: "an overview or other page (no action and no parameter tables)"
        case .otherProtocol: "an API of another protocol (a REST path on its own host, an Authorization header), not an Action call"
        }
    }
}

/// What reading one page gives: what kind of page it is, the operation (nil when the page could
/// not be read as one) and every finding, sorted by position.
public struct PageResult: Sendable {
    /// The operation the page documents.
    public var operation: APISchema.Operation?
    /// Findings about the page.
    public var diagnostics: [Diagnostic]
    /// What the page is.
    public var kind: PageKind
    /// The codes of the page's error tables (for an error-code page, the service's list).
    public var errorCodes: [ErrorCode]
    /// The structures the page defines (a data-structure page's, or tables under a structure's
    /// name on an operation page).
    public var structures: [Structure]
    /// The request domain a labelled line of the page names, whatever the page is: an overview's
    /// is the host of the operation pages beside and below it that name none.
    public var labelledHost: String?

    /// Creates a result.
    public init(operation: APISchema.Operation?, diagnostics: [Diagnostic], kind: PageKind = .operation, errorCodes: [ErrorCode] = [],
                structures: [Structure] = [], labelledHost: String? = nil) {
        self.operation = operation
        self.diagnostics = diagnostics
        self.kind = kind
        self.errorCodes = errorCodes
        self.structures = structures
        self.labelledHost = labelledHost
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads Tencent Cloud API 2.0 doc pages (cmark-gfm tree) into the API schema.
public enum DocParser {
    /// The error of a page that names no host (its operation is read, with an empty host).
    public static let missingHostMessage = "no request domain found (expected '接口请求域名：host')"

    /// Reads one page in `dialect`: ``read(_:file:dialect:)``, then ``parse(_:)``. `file` is the
    /// path used in locations. Never traps on any input.
    public static func parse(_ bytes: [UInt8], file: String, dialect: Dialect = .v2) -> PageResult {
        parse(read(bytes, file: file, dialect: dialect))
    }

    /// Reads a page as far as what it is (the classify stage's reading): its Markdown, sections,
    /// the action and host it names, its tables, structures and examples, and from them its
    /// ``PageReading/kind``. Nothing is built yet.
    public static func read(_ bytes: [UInt8], file: String, dialect: Dialect = .v2) -> PageReading {
        var parser = PageParser(file: file, dialect: dialect)
        return parser.read(bytes)
    }

    /// Builds what a read page documents: its fields, constraints and rules, its operation.
    public static func parse(_ reading: PageReading) -> PageResult {
        switch reading.content {
        case .known(let result): return result
        case .read(let parser, let read):
            var parser = parser
            return parser.build(read)
        }
    }
}

/// A page read as far as what it is (``DocParser/read(_:file:dialect:)``): the classify stage
/// decides from it, the parse stage builds on it (``DocParser/parse(_:)``).
public struct PageReading {
    /// What the page is: operation, error codes, data structures, an example fragment, another
    /// protocol's API, or other.
    public let kind: PageKind
    /// The dialect the page is read in.
    public let dialect: Dialect
    let content: Content

    enum Content {
        /// A page with nothing to build (empty, or over the size limit): its result.
        case known(PageResult)
        /// The parser as reading left it (its findings so far), and what it read.
        case read(PageParser, ReadPage)
    }
}

/// What reading a page gave, for ``PageParser/build(_:)``.
struct ReadPage {
    let document: MarkdownDocument
    let sections: [Section]
    let examples: ExampleReader
    let action: (String, SourcePosition)?
    let host: String?
    let input: FieldTree
    let output: FieldTree
    let tables: TableReader
    let structures: StructureReader
}

/// The steps of reading one page.
struct PageParser {
    let file: String
    let dialect: Dialect
    var diagnostics: [Diagnostic] = []
    var kind = PageKind.operation
    var errorCodes: [ErrorCode] = []
    /// Every host the page gives, when it gives several or a region template.
    var endpoints: [Endpoint]?
    /// The request path a request-address line gives (`请求地址：https://host/v2/index.php`).
    var requestPath: String?
    /// The host a labelled line names (``PageResult/labelledHost``).
    var labelledHost: String?
    var structures: [Structure] = []

    init(file: String, dialect: Dialect) {
        self.file = file
        self.dialect = dialect
    }

    func at(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    /// Reads the page as far as what it is (``DocParser/read(_:file:dialect:)``).
    mutating func read(_ bytes: [UInt8]) -> PageReading {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            // A placeholder file in a docs tree: nothing to read, and nothing broken.
            return known(PageResult(operation: nil, diagnostics: [Diagnostic(.warning, "the page is empty; there is nothing to read", at: SourceLocation(file: file, line: 1, column: 1))],
                                    kind: .other))
        }
        if bytes.count > InputLimits.pageBytes {
            return known(PageResult(operation: nil, diagnostics: [Diagnostic(.error, "the page is larger than \(InputLimits.pageBytes / 1_048_576) MiB", at: SourceLocation(file: file, line: 1, column: 1))]))
        }
        let document = MarkdownReader.read(bytes)
        checkEncoding(bytes, lines: document.lines)
        let sections = Section.split(document, dialect: dialect)

        // 1. Who the page is about.
        let prose = proseBlocks(sections)
        var examples = ExampleReader(file: file, dialectCommon: dialect.commonParameters)
        for section in sections where section.kind == .examples { examples.read(section.blocks) }
        // API 3.0 pages name the action in their `Action | 是 | String | 公共参数，本接口取值：X` row.
        let rows = dialect.protocolRows.contains("Action") ? Self.actionRows(sections) : []
        let action = findAction(prose: prose + rows, examples: examples.examples)
        let host = findHost(prose: prose, examples: examples.examples, lines: document.lines)

        // 2. Tables.
        let input = FieldTree()
        let output = FieldTree()
        var tables = TableReader(file: file, lines: document.lines, dialect: dialect)
        for (index, example) in examples.examples.enumerated() {
            // Follow-up calls (`步骤2`) describe another action.
            if index > 0, let name = example.action, name != action?.0 { continue }
            tables.requestShapes.merge(ExampleShapes(parameters: example.request.map(\.name)))
            if let response = example.response.map(dialect.envelope.unwrapped) {
                tables.responseShapes.merge(ExampleShapes(response: response))
                // Output tables that leave out the payload's name (`service` for `data.service`):
                // the payload's members are shapes at the top too.
                if let payload = dialect.envelope.payload, case .object(let members) = response,
                   let inner = members.first(where: { $0.key == payload })?.value {
                    tables.responseShapes.merge(ExampleShapes(response: inner))
                }
            }
        }
        let hasParameterSections = sections.contains { $0.kind == .input || $0.kind == .output }
        let hasInputSection = sections.contains { $0.kind == .input }
        var structures = StructureReader(file: file, dialect: dialect)
        // The parameter section last seen: a section of its own after it (`## 收集和消费选项`,
        // linked from an input row) may hold tables of that section's fields.
        var lastParameterTree: FieldTree?
        for section in sections where section.kind != .examples {
            if section.kind == .input { lastParameterTree = input }
            if section.kind == .output { lastParameterTree = output }
            let underCaptionOnly = section.kind == .other && hasParameterSections
            var caption: String?
            // The heading the blocks are under, when it names a structure (`## Placement`).
            var structureHeading = section.heading.flatMap { StructureReader.structureName(heading: $0, action: action?.0, dialect: dialect) }
            for block in section.blocks {
                switch block.kind {
                case .paragraph(let text):
                    caption = text.bare
                    structures.describe(text.text)
                case .heading(_, let text):
                    caption = text.bare
                    structureHeading = StructureReader.structureName(heading: block, action: action?.0, dialect: dialect)
                    structures.describe(nil)
                case .table(let table):
                    let tree = underCaptionOnly ? captionedTree(caption, preferring: lastParameterTree, input: input, output: output)
                        : tree(for: section.kind, table: table, input: input, output: output, hasParameterSections: hasParameterSections,
                               hasInputSection: hasInputSection)
                    // A table under a structure's name defines it, unless the name places it
                    // under a field of this page's tables (`#### ComputeEnv` below `ComputeEnv | ComputeEnv object`).
                    let named = structureHeading ?? structures.named(byCaption: caption, trees: [input, output])
                        .map { ($0, block.position) }
                    if let (name, at) = named, !structures.places(name, in: tree, section: section.kind) {
                        structures.read(table, name: name, at: at, tables: &tables)
                        structureHeading = nil
                        caption = nil
                        continue
                    }
                    caption = tables.read(table, caption: caption, into: tree, isResponse: tree === output,
                                          onlyUnderCaption: underCaptionOnly, valueTrees: section.kind == .input || section.kind == .output ? nil : [input, output])
                default:
                    break
                }
            }
        }
        diagnostics += tables.diagnostics + input.diagnostics + output.diagnostics

        // References to the page's structures in another case or number (`credentials`); on a
        // self-contained page, a capitalised word no table defines that is a misspelt type (`Bollen`).
        let names = structures.names
        for tree in [input, output] {
            tree.respell { row in
                if let spelling = StructureReader.respelled(row.spelling, among: names) { return spelling }
                guard !dialect.structuresElsewhere, case .structure(let word) = row.spelling, !names.contains(word),
                      let repair = TypeSpelling.repaired(word, dialect.types) else { return nil }
                diagnostics.append(TypeSpelling.repairWarning(row.typeText, path: row.dottedPath, reason: repair.reason, at: row.typeLocation))
                return repair.spelling
            }
        }
        // What the page is, from what it holds: fields of its own are not only the dialect's common
        // parameters or its response envelope (a call-method page documents those).
        let ownInput = input.root.children.contains { !dialect.commonParameters.contains($0.name) }
        let ownOutput = output.root.children.contains { !dialect.envelope.members.contains($0.name) }
        let hasBothSections = sections.contains { $0.kind == .input } && sections.contains { $0.kind == .output }
        var kind = Self.kind(named: action != nil, sections: hasParameterSections, unnamedOperation: hasBothSections && ownInput,
                             fields: ownInput || ownOutput || !structures.names.isEmpty, errorTables: !tables.errors.isEmpty)
        if kind == .operation, let host, !dialect.isAPIHost(host), Self.hasAuthorizationHeader(sections) || Self.namesRESTPath(host, in: document.lines) {
            kind = .otherProtocol
        }
        self.kind = kind
        let read = ReadPage(document: document, sections: sections, examples: examples, action: action, host: host,
                            input: input, output: output, tables: tables, structures: structures)
        return PageReading(kind: kind, dialect: dialect, content: .read(self, read))
    }

    /// A page whose result is known before anything is read.
    private func known(_ result: PageResult) -> PageReading {
        PageReading(kind: result.kind, dialect: dialect, content: .known(result))
    }

    /// Builds the fields, rules and operation of a page read by ``read(_:)``.
    mutating func build(_ reading: ReadPage) -> PageResult {
        let (document, sections, examples, action, host, input, output, tables) =
            (reading.document, reading.sections, reading.examples, reading.action, reading.host, reading.input, reading.output, reading.tables)
        var structures = reading.structures
        var inputBuilder = FieldBuilder(tree: input, nullableMarkers: dialect.nullableMarkers)
        var inputFields = inputBuilder.build()
        var outputBuilder = FieldBuilder(tree: output, nullableMarkers: dialect.nullableMarkers)
        let builtOutput = outputBuilder.build()
        diagnostics += inputBuilder.diagnostics + outputBuilder.diagnostics
        let pageStructures = structures.build()
        diagnostics += structures.diagnostics
        inputFields = StructureReader.inliningPageStructures(inputFields, pageStructures)
        let outputFields = StructureReader.inliningPageStructures(builtOutput, pageStructures)
        if !dialect.structuresElsewhere {
            // A classic page is self-contained: a type name it does not define is a doc bug.
            let all = inputFields + outputFields + pageStructures.flatMap(\.fields)
            let defined = Set(pageStructures.map(\.name) + all.flatMap(\.structuresDefinedInPlace).map(\.name))
            let typeCells = inputBuilder.refLocations.merging(outputBuilder.refLocations) { first, _ in first }
            for (path, field) in StructureReader.undefined(in: all, defined: defined) {
                diagnostics.append(Diagnostic(.warning, "unknown type '\(field.documentedType ?? field.ref ?? "")' for '\(path)': the page defines no such structure",
                                              at: typeCells[path] ?? field.source))
            }
        }
        let version = takeProtocolRows(from: &inputFields, sentVersion: examples.sentVersion)

        // 3. Examples (read above, for pages that name their action or host only there).
        diagnostics += examples.diagnostics

        let pageStart = SourceLocation(file: file, line: 1, column: 1)
        errorCodes = tables.errors
        self.structures = pageStructures
        if inputFields.isEmpty && outputFields.isEmpty && (pageStructures.isEmpty || action != nil) && !declaresNoParameters(sections) {
            diagnostics.append(Diagnostic(.error, "no parameter table found (expected 输入参数/输出参数 tables)", at: pageStart))
        }
        // Without a host the page is still read (its error stays): the pipeline may give it its
        // siblings' host (``DocParser/missingHostMessage``).
        guard let (actionName, _) = action else {
            return finish(nil)
        }
        let hostName = host ?? ""

        // The description section; the text before the first heading only when there is none.
        let describing = sections.contains { $0.kind == .description } ? [SectionKind.description] : [.preamble]
        let description = sections.filter { describing.contains($0.kind) }
            .flatMap(\.blocks).compactMap { block -> String? in
                if case .paragraph(let text) = block.kind { return text.text }
                return nil
            }
        var operation = APISchema.Operation(
            action: actionName,
            service: String(hostName.split(separator: ".").first ?? Substring(hostName)),
            host: hostName,
            path: requestPath ?? dialect.defaultPath,
            summary: PageIdentity.summary(from: description, dialect: dialect),
            description: description.isEmpty ? nil : description.joined(separator: "\n"),
            source: pageStart,
            input: inputFields,
            output: outputFields,
            errors: tables.errors,
            rules: inputBuilder.rules,
            examples: examples.examples,
            dialect: dialect.name)
        operation.endpoints = endpoints
        operation.version = version
        var checker = ExampleChecker(operation: operation, lines: document.lines, envelope: dialect.envelope)
        checker.check()
        diagnostics += checker.diagnostics
        operation.examples = checker.operation.examples
        // After the checks (which report each contradiction): the page's own example settles
        // output types no single value of the table's type could match.
        for (index, example) in operation.examples.enumerated() where index == 0 || example.action == nil || example.action == operation.action {
            if let response = example.response { operation.output = ExampleTypes.retyped(operation.output, by: dialect.envelope.unwrapped(response)) }
        }
        return finish(operation)
    }

    private func finish(_ operation: APISchema.Operation?) -> PageResult {
        let sorted = diagnostics.enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.line != r.line { return l.line < r.line }
            if (l.column ?? 0) != (r.column ?? 0) { return (l.column ?? 0) < (r.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        return PageResult(operation: operation, diagnostics: sorted, kind: kind, errorCodes: errorCodes, structures: structures, labelledHost: labelledHost)
    }

    /// The page's kind from what it holds. Named: an operation page when it has request or
    /// response sections or field tables, else an example fragment. Not named: still an operation
    /// page (one that cannot be read: an error) when it has request and response sections with
    /// request fields of its own; else data structures (field tables), an error-code list, or other.
    static func kind(named: Bool, sections: Bool, unnamedOperation: Bool, fields: Bool, errorTables: Bool) -> PageKind {
        if named { return sections || fields ? .operation : .fragment }
        if unnamedOperation { return .operation }
        if fields { return .dataStructures }
        if errorTables { return .errorCodes }
        return .other
    }

    /// Which tree a parameter table belongs to. Pages without recognised sections fall back
    /// to the table's shape: a required column means request parameters.
    private func tree(for kind: SectionKind, table: Table, input: FieldTree, output: FieldTree,
                      hasParameterSections: Bool, hasInputSection: Bool) -> FieldTree? {
        switch kind {
        case .input: return input
        case .output: return output
        case .taskOutput, .errors, .examples: return nil
        case .preamble, .description, .other:
            guard let header = table.header else { return nil }
            let layout = TableLayout(header: header.cells.map(\.text.bare), dialect: dialect)
            // A page with an output section but no input heading may give its input table
            // under the description (ccs GetMonitorData): a table with a required column.
            if hasParameterSections { return !hasInputSection && kind != .other && layout.required != nil ? input : nil }
            return layout.required != nil ? input : output
        }
    }

    /// The tree whose field a caption in a section of its own names (`当 … 时，需要传入的
    /// inputOption 结构为`): the parameter section seen last first, then the other one.
    private func captionedTree(_ caption: String?, preferring last: FieldTree?, input: FieldTree, output: FieldTree) -> FieldTree? {
        guard let caption else { return last }
        let order = last === output ? [output, input] : [input, output]
        return order.first { TableReader.container(forCaption: caption, in: $0, elementsByDefault: $0 === output) != nil } ?? last
    }

    /// Paragraphs and headings where the action and host are named, most likely first.
    private func proseBlocks(_ sections: [Section]) -> [(String, SourcePosition)] {
        var first: [(String, SourcePosition)] = []
        var rest: [(String, SourcePosition)] = []
        for section in sections where section.kind != .examples {
            var previous = section.heading.flatMap(endpointLabel)
            for block in section.blocks {
                var text: String?
                switch block.kind {
                case .heading:
                    previous = endpointLabel(block)
                    continue
                case .paragraph(let inline): text = inline.bare
                case .html(let raw): text = ExampleReader.stripTags(raw)
                case .code(_, let literal):
                    // `接口请求域名：` with the host in a code block under it.
                    if let label = previous?.trimmingBlanks(), label.hasSuffix("：") || label.hasSuffix(":") {
                        text = label + " " + literal.trimmingBlanks()
                    }
                default: break
                }
                previous = text
                guard let text else { continue }
                if [.preamble, .description, .input].contains(section.kind) {
                    first.append((text, block.position))
                } else {
                    rest.append((text, block.position))
                }
            }
        }
        return first + rest
    }

    /// Whether the page has both parameter sections and each one says in words that there is
    /// nothing in it (`本接口仅含公共请求参数。`, `无`, `None.`): an operation without parameters of its own.
    private func declaresNoParameters(_ sections: [Section]) -> Bool {
        let parameterSections = sections.filter { $0.kind == .input || $0.kind == .output }
        guard parameterSections.contains(where: { $0.kind == .input }), parameterSections.contains(where: { $0.kind == .output }) else { return false }
        return parameterSections.allSatisfy { section in
            var says = false
            for block in section.blocks {
                switch block.kind {
                case .table: return false
                case .paragraph(let text): says = says || dialect.noParametersPattern.firstMatch(in: text.bare.trimmingBlanks()) != nil
                default: continue
                }
            }
            return says
        }
    }

    /// A heading that names an address or domain (`### 请求地址`), as the label of the code block
    /// under it (`请求地址：`).
    private func endpointLabel(_ block: Block) -> String? {
        guard case .heading(_, let title) = block.kind else { return nil }
        let text = title.bare.trimmingBlanks()
        return dialect.endpointHeadingWords.contains(where: text.lowercased().contains) ? text + "：" : nil
    }

    private mutating func findAction(prose: [(String, SourcePosition)], examples: [Example]) -> (String, SourcePosition)? {
        let candidates = PageIdentity.actionCandidates(in: prose, dialect: dialect)
        if let (chosen, position, others) = PageIdentity.chooseAction(candidates) {
            var name = chosen
            var at = position
            if !others.isEmpty {
                // Copy-paste in the boilerplate (`本接口（DeleteFlowLog）` … `Action 字段为
                // DeleteNetworkInterface`): the example request, when it calls one of the names, decides.
                var reason = "the most often named"
                if let called = examples.first?.action, called != chosen, others.contains(called),
                   let candidate = candidates.first(where: { $0.name == called }) {
                    (name, at) = (called, candidate.at)
                    reason = "the one the example calls"
                } else if examples.first?.action == chosen {
                    reason = "the one the example calls"
                }
                let all = ([chosen] + others).filter { $0 != name }
                diagnostics.append(Diagnostic(.warning, "the page names the action '\(name)' and also \(all.map { "'\($0)'" }.joined(separator: ", ")); using '\(name)' (\(reason))", at: self.at(at)))
            }
            return (name, at)
        }
        if let example = examples.first(where: { $0.action != nil }), let name = example.action,
           let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            let location = example.requestSource ?? SourceLocation(file: file, line: 1, column: 1)
            diagnostics.append(Diagnostic(.warning, "the page does not name its action in prose; using the example's Action=\(name)", at: location))
            return (name, SourcePosition(line: location.line, column: location.column ?? 1))
        }
        diagnostics.append(Diagnostic(.error, "no action name found (expected '本接口（Action）', '接口名：Action' or 'Action 字段为 Action')", at: SourceLocation(file: file, line: 1, column: 1)))
        return nil
    }

    /// Whether a table of the page has a row for an `Authorization` header (a REST API's signature).
    static func hasAuthorizationHeader(_ sections: [Section]) -> Bool {
        sections.flatMap(\.blocks).contains { block in
            guard case .table(let table) = block.kind else { return false }
            return table.body.contains { $0.cells.first?.text.bare.trimmingBlanks().lowercased() == "authorization" }
        }
    }

    /// Whether the page names `host` in a URL with a path of its own (`https://host/face/detect`).
    static func namesRESTPath(_ host: String, in lines: [String]) -> Bool {
        lines.contains { line in
            guard let range = line.range(of: "://" + host + "/") else { return false }
            return line[range.upperBound...].first.map { $0.isLetter } ?? false
        }
    }

    /// The text of the rows named `Action` in the page's tables.
    static func actionRows(_ sections: [Section]) -> [(String, SourcePosition)] {
        sections.flatMap(\.blocks).flatMap { block -> [(String, SourcePosition)] in
            guard case .table(let table) = block.kind else { return [] }
            return table.body.filter { $0.cells.first?.text.bare.trimmingBlanks() == "Action" }
                .map { ($0.cells.map(\.text.bare).joined(separator: " "), $0.position) }
        }
    }

    /// The first host under one of the dialect's API domains anywhere on the page
    /// (`https://asr.tencentcloudapi.com/?Action=…` in a how-to page's code block, `| 接口请求域名 |
    /// monitor.tencentcloudapi.com |`), for dialects whose pages give the host only there.
    private func hostInURL(_ lines: [String]) -> (String, Int)? {
        let domains = dialect.apiDomains.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        let pattern = Pattern(#"(?:^|[^A-Za-z0-9.-])([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:"# + domains + "))(?![A-Za-z0-9-])")
        for (index, line) in lines.enumerated() {
            for match in pattern.matches(in: line) {
                let host = match[1].lowercased()
                if dialect.isAPIHost(host) { return (host, index + 1) }
            }
        }
        return nil
    }

    private mutating func findHost(prose: [(String, SourcePosition)], examples: [Example], lines: [String]) -> String? {
        var endpoints: [Endpoint] = []
        // The host a signature covers comes first: requests go where they are signed for.
        for (text, _) in prose {
            for host in PageIdentity.signingHosts(in: text, dialect: dialect) where !endpoints.contains(where: { $0.host == host }) {
                endpoints.append(Endpoint(host: host, kind: .public))
            }
        }
        for (text, _) in prose {
            for endpoint in PageIdentity.hosts(in: text, dialect: dialect) where !endpoints.contains(endpoint) {
                endpoints.append(endpoint)
            }
        }
        // Request-address lines (`请求地址：https://cdn.api.qcloud.com/v2/index.php`) give a host and a path.
        var addresses: [(host: String, path: String?, at: SourcePosition)] = []
        for (text, position) in prose {
            addresses += PageIdentity.addresses(in: text, dialect: dialect).map { ($0.host, $0.path, position) }
        }
        if let first = endpoints.first(where: { $0.kind == .public }) ?? endpoints.first {
            labelledHost = first.host
            if endpoints.count > 1 || first.host.contains(HostName.regionPlaceholder) { self.endpoints = endpoints }
            if let address = addresses.first(where: { address in endpoints.contains { $0.host == address.host } }) {
                requestPath = address.path
            } else if let address = addresses.first {
                diagnostics.append(Diagnostic(.warning, "the request address names the host \(address.host), the request domain is \(first.host); using \(first.host) and the default path",
                                              at: at(address.at)))
            }
            return first.host
        }
        if let address = addresses.first(where: { dialect.isAPIHost($0.host) }) ?? addresses.first {
            requestPath = address.path
            return address.host
        }
        for example in examples {
            guard let host = example.host?.lowercased(), dialect.isAPIHost(host) else { continue }
            let location = example.requestSource ?? SourceLocation(file: file, line: 1, column: 1)
            diagnostics.append(Diagnostic(dialect.hostUsuallyInExample ? .note : .warning,
                                          "the page gives no request domain (接口请求域名); using the example's host \(host)", at: location))
            return host
        }
        if dialect.hostUsuallyInExample, let (host, line) = hostInURL(lines) {
            diagnostics.append(Diagnostic(.note, "the page gives no request domain (接口请求域名); using the host named on this line, \(host)",
                                          at: SourceLocation(file: file, line: line, column: 1)))
            return host
        }
        diagnostics.append(Diagnostic(.error, DocParser.missingHostMessage, at: SourceLocation(file: file, line: 1, column: 1)))
        return nil
    }

    /// Reports text that is not valid UTF-8 (it was read with replacement characters).
    private mutating func checkEncoding(_ bytes: [UInt8], lines: [String]) {
        guard !bytes.withUnsafeBufferPointer(UTF8Validation.isValid) else { return }
        let line = lines.firstIndex { $0.contains("\u{FFFD}") }.map { $0 + 1 } ?? 1
        diagnostics.append(Diagnostic(.warning, "the page is not valid UTF-8; invalid bytes were replaced", at: SourceLocation(file: file, line: line, column: 1)))
    }
}
