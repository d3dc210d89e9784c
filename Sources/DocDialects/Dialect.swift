import APISchema
import DocText

/// A page dialect's vocabulary, as data: how its pages title their sections, head their
/// table columns, spell types, name their action and host, which request parameters belong to
/// the protocol rather than the action, how responses are wrapped, and the default request path.
///
/// Every reader in DocParser takes a `Dialect`; adding a dialect means a new table
/// (`Dialect+V2.swift` is the classic API 2.0 one) plus only what is truly new.
public struct Dialect: Sendable {
    /// The dialect's name as the IR writes it (`v2`).
    public var name: String
    /// Section titles by meaning, tried in order; a heading belongs to the first role one of
    /// whose words it contains (spaces and numbering ignored).
    public var sectionTitles: [(role: SectionRole, words: [String])]
    /// Table header cells by meaning (compared without spaces, bold markers or a trailing colon,
    /// lower-cased).
    public var headerRoles: [HeaderRole: Set<String>] {
        didSet { roleOfHeader = Self.roles(byWord: headerRoles) }
    }
    /// ``headerRoles`` by word: one lookup per header cell, not one per role.
    private var roleOfHeader: [String: HeaderRole] = [:]
    /// How the pages spell types.
    public var types: TypeVocabulary
    /// Patterns that name the action in prose, most specific first; each captures it in group 1.
    public var actionPatterns: [Pattern]
    /// The pattern of a request-domain line; captures the host in group 1.
    public var hostPattern: Pattern
    /// The pattern of a sentence naming the host to sign for before its label (`在计算签名时请使用
    /// shield.api.qcloud.com 作为请求域名`, `use X as the request domain`); captures the host in group 1.
    /// It comes before every ``hostPattern`` line: the host a signature covers is the one requests use.
    /// (Inline tags around the host, `<font color=red>…</font color=red>`, are gone from the text
    /// by then: the Markdown reader drops them.)
    public var signingHostPattern = Pattern(#"(?:使用|用|[Uu]se)\s*[`'"“]?\s*(?:https?://)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\s*[`'"”]?\s*(?:作为|as the )\s*(?:请求)?(?:域名|request domain|domain)"#)
    /// The pattern of a request-address line (`请求地址：` with the URL on it or in the code block
    /// under it, `Request address:`, a `请求地址` heading over a code block): captures the host in
    /// group 1 and the path, if any, in group 2.
    public var addressPattern = Pattern(#"(?:请求地址|请求\s*URL|Request (?:[Aa]ddress|URL))\s*(?:为|是)?\s*[：:]?\s*[`'"“]?\s*https?://([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(/[A-Za-z0-9._~/-]*)?"#)
    /// A parameter section's sentence saying it has no parameters of its own: `无`, `None.`, or
    /// `本接口仅含公共请求参数`, `此接口无请求参数`, `该请求不带请求参数`, `only common parameters`.
    public var noParametersPattern = Pattern(#"^(?:无|暂无|[Nn]one|N/A)[。.]?$|(?:仅|只)(?:包?含|有)\s*\[?公共|无(?:特殊)?请求参数|请求(?:参数|体)为空|不带请求参数|[Oo]nly (?:has |have |contains |includes )?(?:the )?\[?common (?:request )?parameters|[Nn]o (?:request )?parameters"#)
    /// Words of a heading that make the code block under it a labelled host or address
    /// (`### 请求地址`), compared lower-cased.
    public var endpointHeadingWords = ["请求地址", "请求域名", "接口域名", "request address", "request domain", "request url"]
    /// The lead of a description's first sentence that names the action (`本接口（X）`), dropped
    /// from the summary.
    public var summaryPrefix: Pattern
    /// Lines of a description that are not its summary (they start with or contain these).
    public var nonSummaryMarkers: [String]
    /// Words that mark a host line as the internal endpoint (`内网接口请求域名`).
    public var internalHostMarkers: [String]
    /// The domains the dialect's API hosts are under (`api.qcloud.com`): a page's host must be
    /// one of them or a subdomain, unless the configuration allows it by name.
    public var apiDomains: [String]
    /// Request parameters every action of the dialect shares (signed by the runtime, not
    /// documented per action).
    public var commonParameters: Set<String>
    /// How responses are wrapped.
    public var envelope: Envelope
    /// The request path when a page does not give one.
    public var defaultPath: String
    /// What marks a page as written in this dialect: every pattern must be found in the page's
    /// text (none for the classic dialect, the one left when no other matches).
    public var pageSignals: [Pattern] = []
    /// Input rows that are protocol constants, not parameters of the action (`Action`,
    /// `Version`, and `Region` on API 3.0 pages): dropped from the input; `Version` gives
    /// ``APISchema/Operation/version``.
    public var protocolRows: Set<String> = []
    /// The API version in a `Version` row's description (`本接口取值：2017-03-12`); group 1.
    public var versionPattern = Pattern(#"((?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])"#)
    /// Words of an output description meaning the field may be JSON null.
    public var nullableMarkers: [String] = ["可能返回 null", "可能返回null", "may return null", "may return `null`"]
    /// Whether pages usually give their host only in the example URL (API 3.0): then taking it
    /// from there is a note, not a warning.
    public var hostUsuallyInExample = false
    /// Whether the dialect's pages name structures defined on other pages (数据结构). When not
    /// (classic v2 pages are self-contained), a type name the page does not define is an error
    /// of the page; when so, it is looked up across the service and a miss is a warning.
    public var structuresElsewhere = false

    /// Creates a dialect table.
    public init(name: String, sectionTitles: [(role: SectionRole, words: [String])], headerRoles: [HeaderRole: Set<String>],
                types: TypeVocabulary, actionPatterns: [Pattern], hostPattern: Pattern, summaryPrefix: Pattern,
                nonSummaryMarkers: [String], internalHostMarkers: [String], apiDomains: [String], commonParameters: Set<String>,
                envelope: Envelope, defaultPath: String) {
        self.name = name
        self.sectionTitles = sectionTitles
        self.headerRoles = headerRoles
        roleOfHeader = Self.roles(byWord: headerRoles)
        self.types = types
        self.actionPatterns = actionPatterns
        self.hostPattern = hostPattern
        self.summaryPrefix = summaryPrefix
        self.nonSummaryMarkers = nonSummaryMarkers
        self.internalHostMarkers = internalHostMarkers
        self.apiDomains = apiDomains
        self.commonParameters = commonParameters
        self.envelope = envelope
        self.defaultPath = defaultPath
    }

    /// What a heading means, or `.other`. Spaces and case are ignored; numbering does not matter
    /// because titles are found anywhere in the heading.
    public func sectionRole(ofHeading heading: String) -> SectionRole {
        let text = heading.foldedKey() ?? heading.filter { !$0.isWhitespace }.lowercased()
        for (role, words) in sectionTitles where words.contains(where: { text.contains($0) }) {
            return role
        }
        return .other
    }

    /// What a table header cell means. Bold markers, spaces and a trailing colon are ignored.
    public func headerRole(of header: String) -> HeaderRole {
        let text = header.foldedKey(dropping: [0x2A, 0x3A], droppingScalars: ["："])
            ?? header.filter { !$0.isWhitespace && $0 != "*" && $0 != "：" && $0 != ":" }.lowercased()
        return roleOfHeader[text] ?? .unknown
    }

    /// Each header word's role: the first of `HeaderRole.allCases` whose words hold it.
    private static func roles(byWord headerRoles: [HeaderRole: Set<String>]) -> [String: HeaderRole] {
        var byWord: [String: HeaderRole] = [:]
        for role in HeaderRole.allCases {
            for word in headerRoles[role] ?? [] where byWord[word] == nil { byWord[word] = role }
        }
        return byWord
    }

    /// Whether `host` is a well-formed host name under one of the dialect's API domains, compared
    /// label by label (`evilqcloud.com` is not under `qcloud.com`; `a.example#x.api.qcloud.com`
    /// is not a host at all).
    public func isAPIHost(_ host: String) -> Bool {
        let concrete = HostName.filled(host)
        return HostName.isValid(concrete) && apiDomains.contains { HostName.isUnder(concrete, domain: $0) }
    }

    /// The dialects the parser knows, in the order pages are tested against their signals
    /// (most specific first; the classic v2, with no signals, last).
    public static let all: [Dialect] = [.v3, .v2Versioned, .v2]

    /// The dialect an operation's `dialect` names (v2 for none).
    public static func named(_ name: String?) -> Dialect {
        all.first { $0.name == name } ?? .v2
    }

    /// Whether a page's text carries every one of the dialect's signals.
    public func matches(_ text: String) -> Bool {
        pageSignals.allSatisfy { $0.contains(in: text) }
    }

    /// The dialect a page is written in: the first of `dialects` whose signals its text carries.
    public static func detect(_ text: String, among dialects: [Dialect] = all) -> Dialect {
        detect(among: dialects) { $0.contains(in: text) }
    }

    /// ``detect(_:among:)`` for a page given as bytes: the page's text (`String(decoding:as:)`)
    /// is made only when the words of a signal occur in the bytes (on most pages none do).
    public static func detect(utf8 bytes: [UInt8], among dialects: [Dialect] = all) -> Dialect {
        var text: String?
        return detect(among: dialects) { signal in
            guard bytes.withUnsafeBufferPointer({ signal.mayOccur(inUTF8: $0) }) else { return false }
            let made = text ?? String(decoding: bytes, as: UTF8.self)
            text = made
            return signal.contains(in: made)
        }
    }

    /// The first of `dialects` whose signals the page `carries`; a signal that several dialects
    /// share (the versioned mark) is asked about once.
    private static func detect(among dialects: [Dialect], carries: (Pattern) -> Bool) -> Dialect {
        var seen: [(signal: Pattern.Identity, found: Bool)] = []
        return dialects.first { dialect in
            dialect.pageSignals.allSatisfy { signal in
                if let known = seen.first(where: { $0.signal == signal.identity }) { return known.found }
                let found = carries(signal)
                seen.append((signal.identity, found))
                return found
            }
        } ?? .v2
    }
}

/// The parts of a page, by meaning.
public enum SectionRole: String, Sendable, Hashable, CaseIterable {
    /// Text before the first heading.
    case preamble
    /// The description (接口描述).
    case description
    /// Request parameters (输入参数).
    case input
    /// Response fields (输出参数).
    case output
    /// The output of an async action's follow-up task query (任务查询输出参数).
    case taskOutput
    /// Error codes (错误码).
    case errors
    /// Examples (示例).
    case examples
    /// Anything else.
    case other
}

/// The role of a table column, read from its header cell.
public enum HeaderRole: String, Sendable, Hashable, CaseIterable {
    case name, required, type, description, code
    /// An error table's English name of a numeric code (`英文提示`), sent as `codeDesc`.
    case codeDesc
    /// A known column the parser does not read (`序号`).
    case ignored
    /// A header the dialect does not know.
    case unknown
}

/// How a dialect spells types. Keys are lower-cased with spaces removed.
public struct TypeVocabulary: Sendable {
    /// Scalar spellings.
    public var scalars: [String: FieldType]
    /// Spellings of a list whose element the page does not give (`Array`, `数组`).
    public var arrays: Set<String>
    /// Spellings of an object (`Object`, `对象`).
    public var objects: Set<String>
    /// Spellings meaning "object or array, as the data shows" (`Object/Array`).
    public var objectOrArray: Set<String>
    /// Spellings meaning "no type" (`无`, `--`, empty).
    public var placeholders: Set<String>
    /// Prefixes that give the element after them (`arrayof`, `array<`).
    public var elementPrefixes: [String]
    /// Suffixes that give the element before them (`list`, `[]`).
    public var elementSuffixes: [String]
    /// Words after a structure's name that say it is one (`Placement object`, `array of
    /// MountDataDisk objects`); a bare name that is no known type names a structure too.
    public var structureWords: [String] = ["data structure", "structure", "objects", "object", "数据结构", "结构体", "结构", "对象"]

    /// Creates a vocabulary.
    public init(scalars: [String: FieldType], arrays: Set<String>, objects: Set<String>, objectOrArray: Set<String>,
                placeholders: Set<String>, elementPrefixes: [String], elementSuffixes: [String]) {
        self.scalars = scalars
        self.arrays = arrays
        self.objects = objects
        self.objectOrArray = objectOrArray
        self.placeholders = placeholders
        self.elementPrefixes = elementPrefixes
        self.elementSuffixes = elementSuffixes
    }
}

/// How a dialect wraps responses.
public struct Envelope: Sendable {
    /// Members of the envelope itself, not of the action's payload (`code`, `message`, ...).
    public var members: Set<String>
    /// The member that holds the payload, when there is one (`data`).
    public var payload: String?
    /// The member the whole response is wrapped in (`Response`), when there is one.
    public var wrapper: String?

    /// Creates an envelope description.
    public init(members: Set<String>, payload: String?, wrapper: String? = nil) {
        self.members = members
        self.payload = payload
        self.wrapper = wrapper
    }

    /// The response object inside the wrapper (the value itself when there is no wrapper or the
    /// value is not wrapped).
    public func unwrapped(_ value: JSONValue) -> JSONValue {
        guard let wrapper, case .object(let members) = value, members.count == 1,
              let inner = members.first(where: { $0.key == wrapper })?.value else { return value }
        return inner
    }
}
