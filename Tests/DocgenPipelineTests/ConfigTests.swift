import APISchema
import DocgenConfig
import DocgenFind
import DocgenPipeline
import Foundation
import Testing

/// docgen.yaml as a typed configuration: located errors, errata, and no file content in messages.
@Suite struct ConfigTests {
    static func parse(_ text: String) throws(ConfigError) -> DocgenConfig {
        try ConfigLoader.parse(Data(text.utf8), file: "specs/x/docgen.yaml")
    }

    static func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsModuleErrorPagesAndErrata() throws {
        let config = try Self.parse("""
            module: QCloudX
            errorPages: [errors.md]
            errata:
              - path: CreateThing input.Spec.size
                type: integer
                reason: The example sends a number.
            """)
        #expect(config.module == "QCloudX")
        #expect(config.errorPages == ["errors.md"])
        let erratum = try #require(config.errata?.first)
        #expect(erratum.type == .integer)
        #expect(erratum.source == SourceLocation(file: "specs/x/docgen.yaml", line: 4, column: 5))
        #expect(erratum.target?.action == "CreateThing")
        #expect(erratum.target?.names == ["Spec", "size"])
    }

    /// One row per mistake: each is an error at the offending key or value.
    @Test(arguments: [
        ("modul: X", "specs/x/docgen.yaml:1:1: error: unknown key 'modul' in docgen.yaml (known: module, errorPages, allowedHosts, readOutside, errata, docLanguage, pages, retries, waiters, strict, exclude)"),
        ("module: 9x", "specs/x/docgen.yaml:1:9: error: module '9x' is not a valid Swift module name"),
        ("errorPages: a.md", "specs/x/docgen.yaml:1:13: error: errorPages must be a list of paths"),
        ("errata:\n  - path: A input.b\n    secrte: false\n    reason: r", "specs/x/docgen.yaml:3:5: error: unknown key 'secrte' in an errata entry (known: path, reason, swiftName, type, secret, required, values)"),
        ("errata:\n  - path: A input.b\n    secret: false", "specs/x/docgen.yaml:2:5: error: errata entry without reason: every correction says why"),
        ("errata:\n  - path: A.b\n    secret: false\n    reason: r", "specs/x/docgen.yaml:2:11: error: path 'A.b' is not 'Action input.name' or 'Action output.name'"),
        ("errata:\n  - path: A input.b\n    type: quaternion\n    reason: r", "specs/x/docgen.yaml:3:11: error: type 'quaternion' is not one of string, integer, number, boolean, array, object, datetime, map, json"),
        ("errata:\n  - path: A input.b\n    secret: maybe\n    reason: r", "specs/x/docgen.yaml:3:13: error: secret must be true or false"),
        ("errata:\n  - path: A input.b\n    reason: r", "specs/x/docgen.yaml:2:5: error: errata entry changes nothing (give swiftName, type, secret, required or values)"),
        ("- a\n- b", "specs/x/docgen.yaml:1:1: error: docgen.yaml must be a mapping (module: Name)"),
    ])
    func mistakesAreLocatedErrors(_ text: String, _ expected: String) {
        #expect(Self.error(text) == expected)
    }

    /// A syntax error names the place and libyaml's problem, never the file's text: a docgen.yaml
    /// that is really an environment dump must not print the secrets in it.
    @Test func syntaxErrorsQuoteNothing() throws {
        let secret = "TENCENTCLOUD_SECRET_KEY=Zq8SecretValue42"
        for text in ["module: [\(secret)", "\(secret): {\n: :", "\"\(secret)", "\(secret)\u{0}PATH=/bin"] {
            let message = try #require(Self.error(text))
            #expect(!message.contains("Zq8SecretValue42"), "\(message)")
            #expect(message.hasPrefix("specs/x/docgen.yaml:"))
        }
        // An unknown key is quoted only as a short excerpt with control characters removed.
        let long = String(repeating: "k", count: 200) + "\u{1B}[31m"
        let message = try #require(Self.error("\(long): 1"))
        #expect(message.count < 200)
        #expect(!message.contains("\u{1B}"))
    }

    /// docgen.yaml is read only as a regular file: a link to a file outside (here a credentials
    /// file) is refused, and its content is not shown.
    @Test func symbolicLinksAreRefused() throws {
        let folder = try Paths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "secret_key = Zq8SecretValue42\n".write(toFile: folder + "/credentials", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/spec", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/spec/docgen.yaml", withDestinationPath: folder + "/credentials")
        try "x".write(toFile: folder + "/spec/Page.md", atomically: true, encoding: .utf8)
        let found = try SpecDiscovery.modules(under: folder + "/spec")
        #expect(found.modules.isEmpty)
        let message = try #require(found.diagnostics.first?.description)
        #expect(message == "\(folder)/spec/docgen.yaml:1:1: error: docgen.yaml is a symbolic link; the configuration must be a regular file in the spec folder")
    }

    /// A YAML alias bomb (each level doubling the last) ends in an error at once: values are
    /// checked for their kind before anything walks into them, and the number of values read is
    /// capped, so neither memory nor time grows with what the aliases expand to.
    @Test func aliasBombsStop() throws {
        var bomb = "&a0 [x, x]"
        for level in 1...40 { bomb += ", &a\(level) [*a\(level - 1), *a\(level - 1)]" }
        let text = "errata:\n  - path: A input.b\n    reason: r\n    values: [\(bomb)]\n"
        #expect(text.utf8.count < 1200)
        #expect(Self.error(text) == "specs/x/docgen.yaml:4:14: error: values must be a list of values")
        let many = "errata:\n  - path: A input.b\n    reason: r\n    values: [" + Array(repeating: "x", count: 25_000).joined(separator: ", ") + "]\n"
        #expect(Self.error(many)?.contains("holds more than \(ConfigLoader.maximumNodes) values") == true)
    }
}

/// Errata change the generated code, each with its reason, and stale errata are errors.
@Suite struct ErrataTests {
    /// A spec folder holding the seed page and `config` as its docgen.yaml.
    static func seedFolder(config: String) throws -> String {
        let folder = try Paths.scratch()
        try FileManager.default.copyItem(atPath: Paths.root + "/specs/vpc/AddVpnConnEx.md", toPath: folder + "/AddVpnConnEx.md")
        try config.write(toFile: folder + "/docgen.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    static func render(_ folder: String) throws -> (code: String, diagnostics: [Diagnostic]) {
        let found = try SpecDiscovery.module(at: folder)
        let result = try Pipeline().render(found.modules)
        let file = result.modules.first?.files.first { $0.name == "AddVpnConnEx.swift" }
        return (file?.contents ?? "", found.diagnostics + result.diagnostics)
    }

    @Test func anErratumChangesTheGeneratedCode() throws {
        let plain = try Self.seedFolder(config: "module: QCloudVPCSeed\n")
        let corrected = try Self.seedFolder(config: """
            module: QCloudVPCSeed
            errata:
              - path: AddVpnConnEx input.userGwId
                secret: true
                reason: Treated as confidential here.
              - path: AddVpnConnEx output.data.taskId
                swiftName: taskIdentifier
                reason: A clearer name.
            """)
        defer { try? FileManager.default.removeItem(atPath: plain); try? FileManager.default.removeItem(atPath: corrected) }
        let before = try Self.render(plain)
        let after = try Self.render(corrected)
        #expect(!before.diagnostics.contains { $0.severity == .error })
        #expect(!after.diagnostics.contains { $0.severity == .error })
        // 密钥 in IKESet's description is about key exchange: the rule does not make the settings
        // object a secret, while the pre-shared key is one by name and by what its description says.
        #expect(before.code.contains(#"parts.add("IKESet", self.ikeSet, secret: false)"#))
        #expect(before.code.contains(#"parts.add("preSharedKey", self.preSharedKey, secret: true)"#))
        #expect(before.code.contains(#"parts.add("userGwId", self.userGwId, secret: false)"#))
        #expect(after.code.contains(#"parts.add("userGwId", self.userGwId, secret: true)"#))
        #expect(after.code.contains("/// Corrected in docgen.yaml: Treated as confidential here."))
        #expect(after.code.contains("public var taskIdentifier: Swift.Int?"))
        #expect(!before.code.contains("taskIdentifier"))
    }

    /// An erratum that says what the field already is (the pre-shared key is a secret by its
    /// name) is a warning at its entry; one that changes the field is not.
    @Test func anErratumThatChangesNothingIsAWarning() throws {
        let folder = try Self.seedFolder(config: """
            errata:
              - path: AddVpnConnEx input.preSharedKey
                secret: true
                reason: already secret by name
              - path: AddVpnConnEx input.userGwId
                secret: true
                reason: treated as confidential here
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let findings = try Self.render(folder).diagnostics.filter { $0.location.file.hasSuffix("docgen.yaml") }.map(\.description)
        #expect(findings == ["\(folder)/docgen.yaml:2:5: warning: erratum for 'AddVpnConnEx input.preSharedKey' changes nothing (the field already is what it says); remove it"])
    }

    @Test func anErratumThatMatchesNothingIsAnError() throws {
        let folder = try Self.seedFolder(config: """
            errata:
              - path: AddVpnConnEx input.IKESet.noSuchField
                secret: false
                reason: stale
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let errors = try Self.render(folder).diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["\(folder)/docgen.yaml:2:5: error: erratum for 'AddVpnConnEx input.IKESet.noSuchField' matches no operation field"])
    }
}

/// A finding about one entry of docgen.yaml points at that entry, not at the file's first line.
@Suite struct ConfigEntryLocationTests {
    @Test func aMissingListedPageIsReportedAtItsEntry() throws {
        let folder = try ErrataTests.seedFolder(config: """
            module: QCloudVPCSeed
            # pages beside the seed
            pages:
              - AddVpnConnEx.md
              - NoSuchPage.md
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = try SpecDiscovery.module(at: folder)
        #expect(found.diagnostics.map(\.description)
            == ["\(folder)/docgen.yaml:5:5: error: page 'NoSuchPage.md' (listed in docgen.yaml pages) does not exist"])
    }

    @Test func everyListEntryKeepsItsLocation() throws {
        let config = try ConfigTests.parse("""
            readOutside:
              - ../a
              - ../b
            errorPages: [x.md, y.md]
            """)
        #expect(config.location(of: .readOutside, entry: 1) == SourceLocation(file: "specs/x/docgen.yaml", line: 3, column: 5))
        #expect(config.location(of: .errorPages, entry: 1) == SourceLocation(file: "specs/x/docgen.yaml", line: 4, column: 20))
        #expect(config.location(of: .errorPages, entry: 2) == nil)
    }
}

/// A docgen.yaml below the folder named is the docs tree's (anyone's pull request away): what it
/// says that widens trust is ignored with a warning at its entry, unless the caller opts in.
@Suite struct DocsTreeConfigTests {
    /// `root/docs/product` holds the seed page with its host changed to `api.example.test`, and a
    /// docgen.yaml that allows that host, reads outside, retries a create and unmarks a secret.
    static func plantedTree() throws -> String {
        let root = try Paths.scratch()
        try FileManager.default.createDirectory(atPath: root + "/docs/product", withIntermediateDirectories: true)
        // The host line only: an example URL on that host too would make it a REST page's.
        let page = try String(contentsOfFile: Paths.root + "/specs/vpc/AddVpnConnEx.md", encoding: .utf8)
            .replacingOccurrences(of: "color:red\">vpc.api.qcloud.com", with: "color:red\">api.example.test")
        try page.write(toFile: root + "/docs/product/AddVpnConnEx.md", atomically: true, encoding: .utf8)
        try """
            module: QCloudPlanted
            allowedHosts: [api.example.test]
            readOutside: [/etc]
            retries:
              - action: AddVpnConnEx
                ambiguous: true
                reason: trust me
            errata:
              - path: AddVpnConnEx input.preSharedKey
                secret: false
                reason: trust me
            """.write(toFile: root + "/docs/product/docgen.yaml", atomically: true, encoding: .utf8)
        return root
    }

    @Test func plantedSettingsAreIgnoredWithAWarningEach() throws {
        let root = try Self.plantedTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = try SpecDiscovery.modules(under: root + "/docs")
        let config = root + "/docs/product/docgen.yaml"
        let warnings = found.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.map { $0.prefix(while: { $0 != " " }) } == ["\(config):2:16:", "\(config):3:15:", "\(config):5:5:", "\(config):9:5:"])
        #expect(warnings.allSatisfy { $0.contains("pass --trust-config to obey it") })
        let module = try #require(found.modules.first)
        #expect(module.config.module == "QCloudPlanted")
        #expect(module.config.allowedHosts == nil && module.config.readOutside == nil)
        #expect(module.config.retries == [] && module.config.errata == [])
        // The page's host is then refused: no signed request can go where the tree chose.
        let result = try Pipeline().resolve(found.modules)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("request host api.example.test is not a Tencent Cloud API domain") })
    }

    @Test func theCallerMayTrustTheTreeOrNameTheFolder() throws {
        let root = try Self.plantedTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for found in [try SpecDiscovery.modules(under: root + "/docs", trustingConfigBelow: true),
                      try SpecDiscovery.modules(under: root + "/docs/product"),
                      try SpecDiscovery.module(at: root + "/docs/product")] {
            #expect(!found.diagnostics.contains { $0.severity == .warning }, "\(found.diagnostics)")
            let module = try #require(found.modules.first)
            #expect(module.config.allowedHosts == ["api.example.test"])
            #expect(module.config.errata?.first?.secret == false)
            let result = try Pipeline().resolve(found.modules)
            #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        }
    }
}
