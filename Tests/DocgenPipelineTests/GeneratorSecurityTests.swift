import APISchema
import DocgenFind
import DocgenPipeline
import Foundation
import Testing

/// Docs are untrusted input: regression tests for each finding of the security review of the
/// generator. Every hostile page ends in a located error from the stages `lint` and `generate`
/// share (so generation writes nothing), in bounded time, and nothing is written outside what
/// the generator owns.
@Suite struct GeneratorSecurityTests {
    /// A minimal v2 page.
    static func page(action: String = "CreateThing", host: String = "thing.api.qcloud.com", rows: [String] = ["| name | 是 | String | 名称。 |"],
                     example: String = "") -> String {
        """
        ## 1. 接口描述
        本接口（\(action)）用于测试。
        接口请求域名：\(host)

        ## 2. 输入参数
        | 参数名称 | 必选 | 类型 | 描述 |
        |---|---|---|---|
        \(rows.joined(separator: "\n"))

        ## 3. 输出参数
        | 参数名称 | 类型 | 描述 |
        |---|---|---|
        | code | Int | 错误码 |

        \(example)
        """
    }

    /// Writes `pages` (file name → text) and `config` into a new spec folder and runs the
    /// pipeline through render over it, as `lint` and `generate` do.
    /// (Pages come as pairs, not a dictionary: names equal under Unicode normalisation are equal
    /// `String`s but two files.)
    static func run(_ pages: KeyValuePairs<String, String>, config: String? = nil) throws -> (folder: String, result: Pipeline.Outcome<Pipeline.Rendered>) {
        try run(pages.map { ($0.key, $0.value) }, config: config)
    }

    static func run(_ pages: [(String, String)], config: String? = nil) throws -> (folder: String, result: Pipeline.Outcome<Pipeline.Rendered>) {
        let folder = try Paths.scratch() + "/spec"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in pages {
            guard FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8)) else { throw CocoaError(.fileWriteUnknown) }
        }
        if let config { try config.write(toFile: folder + "/docgen.yaml", atomically: true, encoding: .utf8) }
        let found = try SpecDiscovery.module(at: folder)
        var result = try Pipeline().render(found.modules)
        result.diagnostics = found.diagnostics + result.diagnostics
        return (folder, result)
    }

    static func errors(_ result: Pipeline.Outcome<Pipeline.Rendered>) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    // MARK: - Where requests go

    @Test func hostsMustBeTencentCloudAPIDomains() throws {
        let attacker = try Self.run(["A.md": Self.page(host: "attacker.example.com")])
        #expect(Self.errors(attacker.result).contains { $0.hasPrefix("request host attacker.example.com is not a Tencent Cloud API domain") })
        let lookalike = try Self.run(["A.md": Self.page(host: "evilqcloud.com")])
        #expect(Self.errors(lookalike.result).contains { $0.hasPrefix("request host evilqcloud.com is not a Tencent Cloud API domain") })
        let allowed = try Self.run(["A.md": Self.page(host: "attacker.example.com")], config: "allowedHosts: [attacker.example.com]\n")
        #expect(Self.errors(allowed.result) == [])
        for host in ["thing.api.qcloud.com", "cvm.tencentcloudapi.com", "cmq-queue-gz.api.tencentyun.com"] {
            #expect(Self.errors(try Self.run(["A.md": Self.page(host: host)]).result) == [], "\(host)")
        }
    }

    /// The example-URL fallback parses the URL's host: a fragment or a look-alike suffix is no host.
    @Test func exampleHostsAreParsedNotMatched() throws {
        for url in ["https://attacker.example#qcloud.com/v2/index.php", "https://evilqcloud.com/v2/index.php",
                    "https://attacker.example/x.api.qcloud.com/v2/index.php"] {
            let text = Self.page().replacingOccurrences(of: "接口请求域名：thing.api.qcloud.com\n", with: "")
                + "## 4. 示例\n```\n\(url)?Action=CreateThing&name=x\n```\n"
            let errors = Self.errors(try Self.run(["A.md": text]).result)
            #expect(errors.contains { $0.hasPrefix("no request domain found") }, "\(url): \(errors)")
        }
    }

    // MARK: - Resource limits

    @Test func deepNamesAreBoundedAndLinear() throws {
        let deep = (0..<400).map { "p\($0)" }.joined(separator: ".")
        let start = Date()
        let result = try Self.run(["A.md": Self.page(rows: ["| \(deep) | 否 | String | 深。 |", "| name | 是 | String | 名称。 |"])]).result
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(Self.errors(result).contains("parameter name has 400 dot-separated parts (limit 32)"))
    }

    /// One description cell without sentence stops, holding a value list of 60,000 values: read
    /// in linear time (it was rescanned at every value: 20,000 took 42 s, so these would take
    /// about 25 minutes). The bound is a hang detector, far above the time it takes (about a
    /// second); `Benchmarks/run.sh` measures the linearity at two sizes.
    @Test func oneHugeValueListIsReadInLinearTime() throws {
        let cell = "可选值：" + String(repeating: "a、", count: 60_000)
        let start = Date()
        let result = try Self.run(["A.md": Self.page(rows: ["| mode | 否 | String | \(cell) |", "| name | 是 | String | 名称。 |"])]).result
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(result.modules.first?.pages.first?.input.contains { $0.name == "mode" } == true)
    }

    @Test func deepExamplesAreBounded() throws {
        let json = String(repeating: "{\"a\":", count: 250) + "1" + String(repeating: "}", count: 250)
        let text = Self.page(example: "## 4. 示例\n```json\n\(json)\n```\n")
        let result = try Self.run(["A.md": text]).result
        #expect(Self.errors(result).contains { $0.hasPrefix("example response: nesting deeper than 32 levels") })
        #expect(result.modules.first?.files.isEmpty == true || Self.errors(result).count > 0)
    }

    @Test func hugePagesAreRefused() throws {
        let cell = String(repeating: "很", count: 6 * 1024 * 1024)
        let start = Date()
        let result = try Self.run(["A.md": Self.page(rows: ["| name | 是 | String | \(cell) |"])]).result
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(Self.errors(result).contains("the page is larger than 16 MiB"))
    }

    // MARK: - What compiles: lint refuses what generate could not build

    @Test(arguments: [
        (["A.md": "CreateThing", "B.md": "createThing"], "actions CreateThing and createThing have the same Swift type name CreateThing (up to case)"),
        (["A.md": "ParameterWriter"], "action ParameterWriter would shadow ParameterWriter, a type the generated module uses"),
        (["A.md": "QCloudClient"], "action QCloudClient would shadow QCloudClient, a type the generated module uses"),
    ])
    func actionNamesThatWouldNotCompile(_ actions: [String: String], _ expected: String) throws {
        let pages = actions.sorted { $0.key < $1.key }.map { ($0.key, Self.page(action: $0.value)) }
        #expect(Self.errors(try Self.run(pages).result).contains(expected))
    }

    /// Actions taken from an example's `Action=` may hold any character: only ASCII identifiers pass.
    @Test(arguments: ["Create\u{2E2F}Thing", "Create\u{200D}Thing"])
    func actionsWithOperatorOrInvisibleCharacters(_ action: String) throws {
        let text = Self.page().replacingOccurrences(of: "本接口（CreateThing）用于测试。\n", with: "用于测试。\n")
            + "## 4. 示例\n```\nhttps://thing.api.qcloud.com/v2/index.php?Action=\(action)&name=x\n```\n"
        let errors = Self.errors(try Self.run(["A.md": text]).result)
        #expect(errors.contains { $0.hasPrefix("action '") && $0.hasSuffix("' is not an ASCII identifier (letters, digits, _)") }, "\(errors)")
    }

    /// A bound written with more digits than a Double holds reads as infinity, which neither a
    /// Swift literal nor JSON can carry: an error at the row, and the bound is not kept.
    @Test func boundsThatOverflowAreErrors() throws {
        let huge = "1" + String(repeating: "0", count: 400)
        let rows = ["| size | 否 | Int | 大小，取值范围：1-\(huge)。 |", "| name | 是 | String | 名称。 |"]
        let result = try Self.run(["A.md": Self.page(rows: rows)]).result
        #expect(Self.errors(result).contains("numeric bound of 'size' is out of range"))
        #expect(result.modules.first?.pages.first?.input.first?.maximum == nil)
        #expect(result.modules.first?.files.contains { $0.name == Pipeline.schemaFileName } == true)
    }

    /// In the build plugin's mode files are named after pages: a page name too long for a Swift
    /// file name is an error before anything is written. (Named after actions, the names are
    /// bounded: an action of more than 128 characters is an error.)
    @Test func pageNamesTooLongForASwiftFileName() throws {
        let folder = try Paths.scratch() + "/spec"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = String(repeating: "a", count: 245) + ".md"
        try Self.page().write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        var modules = try SpecDiscovery.module(at: folder).modules
        modules[0].spec.fileNaming = .page
        let result = try Pipeline().render(modules)
        #expect(Self.errors(result).contains { $0.hasPrefix("the page's file name is too long for a Swift file name") })
        let long = Self.page(action: String(repeating: "A", count: 129))
        #expect(Self.errors(try Self.run(["B.md": long]).result).contains("action name is longer than 128 characters"))
    }

    @Test func namesDifferingOnlyInNormalisationAreBothSeen() throws {
        let nfc = "Caf\u{E9}.md", nfd = "Cafe\u{301}.md"
        #expect(Array(nfc.utf8) != Array(nfd.utf8))
        let result = try Self.run([nfc: Self.page(action: "CreateA"), nfd: Self.page(action: "CreateB")]).result
        #expect(Self.errors(result).contains { $0.contains("only in Unicode normalisation") }, "\(Self.errors(result))")
    }

    // MARK: - What reaches comments and terminals

    @Test func controlAndBidiCharactersAreEscapedInDiagnostics() {
        let diagnostic = Diagnostic(.warning, "name \u{1B}[31mred\u{202E}evil\u{7}", at: SourceLocation(file: "a\u{1B}.md", line: 1, column: 1))
        let shown = diagnostic.description
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
        #expect(shown == "a\\u{1b}.md:1:1: warning: name \\u{1b}[31mred\\u{202e}evil\\u{7}")
    }

    @Test func valueListCommentsAreSanitised() throws {
        let rows = ["| mo\u{202E}de\u{1B} | 否 | String | 模式，可选值：'a','b'。 |", "| name | 是 | String | 名称。 |"]
        let result = try Self.run(["A.md": Self.page(rows: rows)]).result
        let code = try #require(result.modules.first?.files.first { $0.name == "CreateThing.swift" }?.contents)
        #expect(code.contains("/// The values `mo de ` takes.") || code.contains("/// The values `mo de` takes."))
        #expect(!code.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B })
    }

    // MARK: - Reading only the spec folder

    @Test func pagesLinkedFromOutsideAreRefused() throws {
        let outside = try Paths.scratch()
        try Self.page(action: "CreateOutside").write(toFile: outside + "/Outside.md", atomically: true, encoding: .utf8)
        let folder = try Paths.scratch() + "/spec"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.page().write(toFile: folder + "/A.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/Outside.md", withDestinationPath: outside + "/Outside.md")
        var found = try SpecDiscovery.module(at: folder)
        #expect(found.diagnostics.map(\.message).contains { $0.hasPrefix("the page leads outside the spec folder") })
        #expect(found.modules.first?.pages == [folder + "/A.md"])
        try "readOutside: [\"\(outside)\"]\n".write(toFile: folder + "/docgen.yaml", atomically: true, encoding: .utf8)
        found = try SpecDiscovery.module(at: folder)
        #expect(found.diagnostics.isEmpty)
        #expect(found.modules.first?.pages.count == 2)
    }

    @Test func errorPagesOutsideAreRefused() throws {
        for path in ["../../../etc/passwd", "/etc/passwd"] {
            let (folder, result) = try Self.run(["A.md": Self.page()], config: "errorPages: [\"\(path)\"]\n")
            #expect(result.diagnostics.filter { $0.severity == .error }.map(\.description)
                == ["\(folder)/docgen.yaml:1:14: error: error page '\(path)' is outside the spec folder; list its folder under readOutside in docgen.yaml to read it"])
        }
    }
}
