import APISchema
import DocDialects
import Foundation
import Yams

/// Reads `docgen.yaml` safely: a regular file inside the spec folder (never through a link),
/// at most ``maximumBytes``, YAML with at most ``maximumNodes`` values (anchors and aliases
/// count as what they expand to, so an alias bomb stops early), every key known and every value
/// of the right kind; errors are located and never quote the file beyond a short excerpt.
public enum ConfigLoader {
    /// The name of the configuration file in a spec folder.
    public static let fileName = "docgen.yaml"
    /// The largest configuration file read.
    public static let maximumBytes = 256 * 1024
    /// The most values (scalars, lists, mappings) a configuration may hold once aliases expand.
    public static let maximumNodes = 20_000

    /// The configuration of the spec folder at `folder`, or nil when it has none.
    public static func load(folder: String) throws(ConfigError) -> DocgenConfig? {
        let path = folder + "/" + fileName
        let start = SourceLocation(file: path, line: 1, column: 1)
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK {
            throw ConfigError("docgen.yaml is a symbolic link; the configuration must be a regular file in the spec folder", at: start)
        }
        guard type == S_IFREG else { throw ConfigError("docgen.yaml is not a regular file", at: start) }
        guard info.st_size <= maximumBytes else {
            throw ConfigError("docgen.yaml is larger than \(maximumBytes) bytes", at: start)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("docgen.yaml cannot be read", at: start)
        }
        return try parse(data, file: path)
    }

    /// Reads configuration text; `file` names it in locations.
    public static func parse(_ data: Data, file: String) throws(ConfigError) -> DocgenConfig {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard data.count <= maximumBytes else { throw ConfigError("docgen.yaml is larger than \(maximumBytes) bytes", at: start) }
        guard let text = String(data: data, encoding: .utf8), !text.unicodeScalars.contains("\0") else {
            throw ConfigError("docgen.yaml is not UTF-8 text", at: start)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ConfigError("docgen.yaml is not valid YAML", at: start)
        }
        guard let root else { return DocgenConfig() }
        var checker = NodeChecker(file: file)
        try checker.checkConfig(root)
        var config: DocgenConfig
        do {
            config = try YAMLDecoder().decode(DocgenConfig.self, from: root)
        } catch {
            // The checker above admits only what decodes; this is a safety net, never quoting.
            throw ConfigError("docgen.yaml does not match its schema (module, errorPages, errata)", at: checker.location(root))
        }
        if case .mapping(let mapping) = root {
            for key in DocgenConfig.CodingKeys.allCases {
                guard let value = mapping[key.rawValue], case .sequence(let entries) = value else { continue }
                config.entryLocations[key] = entries.map(checker.location)
            }
        }
        for (index, location) in (config.entryLocations[.errata] ?? []).enumerated() where index < (config.errata?.count ?? 0) {
            config.errata?[index].source = location
        }
        for (index, location) in (config.entryLocations[.retries] ?? []).enumerated() where index < (config.retries?.count ?? 0) {
            config.retries?[index].source = location
        }
        for (index, location) in (config.entryLocations[.waiters] ?? []).enumerated() where index < (config.waiters?.count ?? 0) {
            config.waiters?[index].source = location
        }
        return config
    }

    /// A YAML syntax error, located, with libyaml's problem text (a fixed phrase) and no excerpt.
    private static func syntaxError(_ error: YamlError, file: String) -> ConfigError {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigError("docgen.yaml is not valid YAML: \(phrase(problem))", at: at(mark))
        case .duplicatedKeysInMapping(_, let context):
            return ConfigError("docgen.yaml repeats a key", at: at(context.mark))
        default:
            return ConfigError("docgen.yaml is not valid YAML", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// libyaml's problem phrases are its own words; still, keep only letters and spaces.
    private static func phrase(_ problem: String) -> String {
        String(problem.filter { $0.isASCII && ($0.isLetter || $0 == " " || $0 == "'") }.prefix(80))
    }
}

/// Checks a configuration's YAML tree against the schema before decoding, with locations.
struct NodeChecker {
    let file: String
    private var visited = 0

    init(file: String) { self.file = file }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private mutating func count(_ node: Node) throws(ConfigError) {
        visited += 1
        if visited > ConfigLoader.maximumNodes {
            throw ConfigError("docgen.yaml holds more than \(ConfigLoader.maximumNodes) values (aliases included)", at: location(node))
        }
    }

    mutating func checkConfig(_ root: Node) throws(ConfigError) {
        let pairs = try mapping(root, what: "docgen.yaml must be a mapping (module: Name)")
        for (key, value) in pairs {
            switch try knownKey(key, DocgenConfig.CodingKeys.self, in: "docgen.yaml") {
            case .module:
                let name = try scalar(value, what: "module must be a name")
                guard let first = name.first, first.isLetter,
                      name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    throw ConfigError("module \(ConfigError.excerpt(name)) is not a valid Swift module name", at: location(value))
                }
            case .errorPages, .readOutside, .pages:
                for page in try sequence(value, what: "\(key.string ?? "") must be a list of paths") {
                    _ = try scalar(page, what: "\(key.string ?? "") must be a list of paths")
                }
            case .allowedHosts:
                for host in try sequence(value, what: "allowedHosts must be a list of host names") {
                    let name = try scalar(host, what: "allowedHosts must be a list of host names")
                    guard HostName.isValid(name) else {
                        throw ConfigError("allowedHosts: \(ConfigError.excerpt(name)) is not a host name", at: location(host))
                    }
                }
            case .strict:
                try checkBool(value, "strict")
            case .docLanguage:
                let language = try scalar(value, what: "docLanguage must be zh, en or both")
                guard DocgenConfig.DocLanguage(rawValue: language) != nil else {
                    throw ConfigError("docLanguage \(ConfigError.excerpt(language)) is not zh, en or both", at: location(value))
                }
            case .errata:
                for entry in try sequence(value, what: "errata must be a list of entries (path, reason, and what to change)") {
                    try checkErratum(entry)
                }
            case .exclude:
                for entry in try sequence(value, what: "exclude must be a list of entries (path, reason)") {
                    for (key, value) in try entryPairs(entry, Exclusion.CodingKeys.self, in: "an exclude entry", required: [.path, .reason]) {
                        let text = try scalar(value, what: "\(key.rawValue) must be text")
                        if key == .path, text.isEmpty || text.hasPrefix("/") || text.split(separator: "/").contains("..") {
                            throw ConfigError("exclude path \(ConfigError.excerpt(text)) must be a folder or page inside this folder", at: location(value))
                        }
                    }
                }
            case .retries:
                for entry in try sequence(value, what: "retries must be a list of entries (action, ambiguous, reason)") {
                    for (key, value) in try entryPairs(entry, RetrySetting.CodingKeys.self, in: "a retries entry", required: [.action, .ambiguous, .reason]) {
                        switch key {
                        case .action: try checkAction(value)
                        case .ambiguous: try checkBool(value, "ambiguous")
                        case .reason: _ = try scalar(value, what: "reason must be text")
                        }
                    }
                }
            case .waiters:
                for entry in try sequence(value, what: "waiters must be a list of entries (action, taskId, poll, pollParameter, status, success, failure)") {
                    for (key, value) in try entryPairs(entry, WaiterSetting.CodingKeys.self, in: "a waiters entry",
                                                       required: [.action, .taskId, .poll, .pollParameter, .status, .success, .failure]) {
                        switch key {
                        case .action, .poll: try checkAction(value)
                        case .taskId, .status, .pollParameter:
                            let path = try scalar(value, what: "\(key.rawValue) must be a wire name or a dotted path")
                            guard !path.isEmpty, !path.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
                                throw ConfigError("\(key.rawValue) \(ConfigError.excerpt(path)) is not a dotted path of wire names", at: location(value))
                            }
                        case .success, .failure, .pending:
                            for item in try sequence(value, what: "\(key.rawValue) must be a list of status values") {
                                _ = try scalar(item, what: "\(key.rawValue) must be a list of status values")
                            }
                        }
                    }
                }
            }
        }
    }

    private mutating func checkErratum(_ entry: Node) throws(ConfigError) {
        let pairs = try mapping(entry, what: "an errata entry must be a mapping (path, reason, and what to change)")
        var keys: Set<Erratum.CodingKeys> = []
        for (key, value) in pairs {
            let known = try knownKey(key, Erratum.CodingKeys.self, in: "an errata entry", excluding: ["source"])
            keys.insert(known)
            switch known {
            case .path:
                let path = try scalar(value, what: "path must be text such as 'AddVpnConnEx input.IKESet'")
                guard Erratum(path: path, reason: "").target != nil else {
                    throw ConfigError("path \(ConfigError.excerpt(path)) is not 'Action input.name' or 'Action output.name'", at: location(value))
                }
            case .reason:
                let reason = try scalar(value, what: "reason must be text")
                if reason.allSatisfy(\.isWhitespace) { throw ConfigError("reason is empty: say why the docs are wrong", at: location(value)) }
            case .swiftName:
                let name = try scalar(value, what: "swiftName must be a name")
                guard let first = name.first, first.isLetter || first == "_",
                      name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    throw ConfigError("swiftName \(ConfigError.excerpt(name)) is not a Swift identifier", at: location(value))
                }
            case .type:
                let type = try scalar(value, what: "type must be a schema type")
                guard FieldType(rawValue: type) != nil else {
                    throw ConfigError("type \(ConfigError.excerpt(type)) is not one of \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))", at: location(value))
                }
            case .secret, .required:
                guard value.bool != nil, case .scalar = value else {
                    throw ConfigError("\(known.rawValue) must be true or false", at: location(value))
                }
                try count(value)
            case .values:
                for item in try sequence(value, what: "values must be a list") {
                    _ = try scalar(item, what: "values must be a list of values")
                }
            case .source:
                break
            }
        }
        for required in [Erratum.CodingKeys.path, .reason] where !keys.contains(required) {
            throw ConfigError("errata entry without \(required.rawValue)\(required == .reason ? ": every correction says why" : "")", at: location(entry))
        }
        if keys.isDisjoint(with: [.swiftName, .type, .secret, .required, .values]) {
            throw ConfigError("errata entry changes nothing (give swiftName, type, secret, required or values)", at: location(entry))
        }
    }

    /// A mapping entry's pairs, once every key is known and `required` ones are present.
    private mutating func entryPairs<Key: CodingKey & CaseIterable & RawRepresentable & Hashable>(
        _ entry: Node, _: Key.Type, in place: String, required: [Key]) throws(ConfigError) -> [(Key, Node)] where Key.RawValue == String {
        var result: [(Key, Node)] = []
        for (key, value) in try mapping(entry, what: "\(place) must be a mapping") {
            result.append((try knownKey(key, Key.self, in: place), value))
        }
        for key in required where !result.contains(where: { $0.0 == key }) {
            throw ConfigError("\(place) without \(key.rawValue)", at: location(entry))
        }
        return result
    }

    private mutating func checkAction(_ node: Node) throws(ConfigError) {
        let name = try scalar(node, what: "an action must be a name")
        guard let first = name.first, first.isLetter, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw ConfigError("\(ConfigError.excerpt(name)) is not an action name", at: location(node))
        }
    }

    private mutating func checkBool(_ node: Node, _ name: String) throws(ConfigError) {
        guard node.bool != nil, case .scalar = node else { throw ConfigError("\(name) must be true or false", at: location(node)) }
        try count(node)
    }

    private mutating func knownKey<Key: CodingKey & CaseIterable & RawRepresentable>(
        _ key: Node, _: Key.Type, in place: String, excluding: Set<String> = []) throws(ConfigError) -> Key where Key.RawValue == String {
        let name = try scalar(key, what: "keys must be names")
        guard let known = Key(rawValue: name), !excluding.contains(name) else {
            let list = Key.allCases.map(\.rawValue).filter { !excluding.contains($0) }.joined(separator: ", ")
            throw ConfigError("unknown key \(ConfigError.excerpt(name)) in \(place) (known: \(list))", at: location(key))
        }
        return known
    }

    private mutating func mapping(_ node: Node, what: String) throws(ConfigError) -> [(Node, Node)] {
        try count(node)
        guard case .mapping(let mapping) = node else { throw ConfigError(what, at: location(node)) }
        return mapping.map { ($0.key, $0.value) }
    }

    private mutating func sequence(_ node: Node, what: String) throws(ConfigError) -> [Node] {
        try count(node)
        guard case .sequence(let sequence) = node else { throw ConfigError(what, at: location(node)) }
        return Array(sequence)
    }

    private mutating func scalar(_ node: Node, what: String) throws(ConfigError) -> String {
        try count(node)
        guard case .scalar(let scalar) = node else { throw ConfigError(what, at: location(node)) }
        return scalar.string
    }
}
