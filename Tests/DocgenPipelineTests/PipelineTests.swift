import APISchema
import DocResolver
import DocgenConfig
import DocgenFind
import DocgenPipeline
import Foundation
import SchemaDiff
import Testing

/// Where the package is, and scratch folders for pages the tests write.
enum Paths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let hostile = root + "/Tests/DocParserTests/Fixtures/Hostile"

    static func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    /// A new empty folder under the temporary directory.
    static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("docgen-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

@Suite struct PipelineTests {
    /// `Generated/` is the seed's golden: the pipeline over `specs/` (with its docgen.yaml and
    /// errata) gives exactly the committed files. A stale file prints its diff. The pipeline
    /// reads `<checkout>/specs` here (tests run in parallel, so none may change the working
    /// folder); the committed files name pages as `specs/...` and `../shared/...` (docgen.yaml
    /// `pages`), so the checkout's path and its parent's are taken out before comparing.
    @Test func generatedFolderIsUpToDate() throws {
        let found = try SpecDiscovery.modules(under: Paths.root + "/specs")
        #expect(found.diagnostics.isEmpty)
        let result = try Pipeline().render(found.modules)
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error })")
        let module = try #require(result.modules.first)
        #expect(module.input.spec.name == "QCloudVPCSeed")
        #expect(module.files.map(\.name) == ["AddVpnConnEx.swift", "DescribeVpcEx.swift", "DescribeVpcTaskResult.swift", "QCloudVPCSeed.docc/QCloudVPCSeed.md",
                                             "Service+Client.swift", "Service+ErrorCode.swift", "Service+Models.swift", "Service+Operations.swift",
                                             "api-schema.json"])
        #expect(module.serviceErrors.map(\.code) == ["InvalidVpc.NotFound", "ServiceUnavailable", "ActionLocked"])
        for file in module.files {
            let committed = (try? Paths.text(Paths.root + "/Generated/QCloudVPCSeed/" + file.name)) ?? ""
            let parent = URL(fileURLWithPath: Paths.root).deletingLastPathComponent().path
            let relative = file.contents.replacingOccurrences(of: Paths.root + "/", with: "").replacingOccurrences(of: parent + "/", with: "../")
            let diff = TextDiff.lines(committed, relative)
            #expect(diff.isEmpty, "Generated/QCloudVPCSeed/\(file.name) is stale (run swift run qcloud-docgen):\n\(diff.joined(separator: "\n"))")
        }
    }

    /// The resolved schema keeps every member the generated code has: the seed's response
    /// `data` has the table's `taskId` and six members only the example shows, with provenance.
    @Test func exampleOnlyMembersAreInTheResolvedSchema() throws {
        let result = try Pipeline().resolve(try SpecDiscovery.modules(forPaths: [Paths.root + "/specs/vpc/AddVpnConnEx.md"]).modules)
        let operation = try #require(result.modules.first?.accepted.first)
        let data = try #require(operation.output.first { $0.name == "data" })
        let members = (data.fields ?? []).map { "\($0.name):\($0.origin?.rawValue ?? "table")" }
        #expect(members == ["taskId:table", "vpnGwId:example", "userGwId:example", "vpnConnId:example",
                            "vpnConnStatus:example", "preSharedKey:example", "userGwSubnetList:example"])
        // The page-level schema (what `schema` prints) stays what the page documents.
        #expect(result.modules.first?.pages.first?.output.first { $0.name == "data" }?.fields?.count == 1)
    }

    /// Removing a member that only the example response shows is a breaking change to the API.
    @Test func removingAnExampleOnlyMemberIsBreaking() throws {
        let folder = try Paths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let seed = try Paths.text(Paths.root + "/specs/vpc/AddVpnConnEx.md")
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false)
        let edited = lines.filter { !$0.contains("\"vpnConnStatus\"") }.joined(separator: "\n")
        #expect(lines.count == edited.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
        try FileManager.default.createDirectory(atPath: folder + "/old", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/new", withIntermediateDirectories: true)
        try seed.write(toFile: folder + "/old/AddVpnConnEx.md", atomically: true, encoding: .utf8)
        try edited.write(toFile: folder + "/new/AddVpnConnEx.md", atomically: true, encoding: .utf8)
        let old = try Pipeline().resolve(try SpecDiscovery.modules(forPaths: [folder + "/old"]).modules)
        let new = try Pipeline().resolve(try SpecDiscovery.modules(forPaths: [folder + "/new"]).modules)
        let changes = SchemaDiff.changes(from: old.modules.flatMap(\.accepted), to: new.modules.flatMap(\.accepted))
        let breaking = changes.filter { $0.kind == .breaking }.map { "\($0.operation) \($0.path)" }
        #expect(breaking == ["AddVpnConnEx output.data.vpnConnStatus"])
    }

    /// lint and generate run the same stages, so they say the same about a folder: an action
    /// documented by two pages (a warning naming the other page: one is chosen by the stated
    /// rule) and an action that would shadow a runtime type (an error: nothing is generated).
    @Test func lintAndGenerateAgree() throws {
        let folder = try Paths.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let specs = folder + "/specs/widgets"
        try FileManager.default.createDirectory(atPath: specs, withIntermediateDirectories: true)
        let keyword = try Paths.text(Paths.hostile + "/keyword-names.md")
        try keyword.write(toFile: specs + "/KeywordNames.md", atomically: true, encoding: .utf8)
        try keyword.write(toFile: specs + "/KeywordNames__1.md", atomically: true, encoding: .utf8)  // an older copy
        try GeneratorSecurityTests.page(action: "ParameterWriter").write(toFile: specs + "/Writer.md", atomically: true, encoding: .utf8)

        let generate = try Pipeline().render(try SpecDiscovery.modules(under: folder + "/specs").modules)
        let lint = try Pipeline().render(try SpecDiscovery.modules(forPaths: [folder + "/specs"]).modules)
        let findings = { (result: Pipeline.Outcome<Pipeline.Rendered>) in
            result.diagnostics.filter { $0.severity != .note }.map(\.description).sorted()
        }
        #expect(findings(lint) == findings(generate))
        #expect(generate.hasErrors)
        #expect(findings(lint).contains("\(specs)/KeywordNames.md:1:1: warning: action KeywordNames is documented by 2 pages; using this one (not deprecated, not a copy, newest dialect, Chinese, most parameters, shallowest, first by name); also in: \(specs)/KeywordNames__1.md"))
        #expect(findings(lint).contains("\(specs)/Writer.md:1:1: error: action ParameterWriter would shadow ParameterWriter, a type the generated module uses"))
    }

    /// The rule that picks one page per action, row by row.
    @Test(arguments: [
        (["tree/废弃/A.md", "tree/A.md"], "tree/A.md"),
        (["tree/A__1.md", "tree/A.md"], "tree/A.md"),
        (["tree/A(1).md", "tree/A.md"], "tree/A.md"),
        (["tree/A_en.md", "tree/A.md"], "tree/A.md"),
        (["tree/g/h/A.md", "tree/x/A.md"], "tree/x/A.md"),
        (["tree/b/A.md", "tree/a/A.md"], "tree/a/A.md"),
    ])
    func onePagePerAction(_ files: [String], _ chosen: String) {
        let operations = files.map { file in
            Operation(action: "A", service: "x", host: "x.api.qcloud.com", path: "/", summary: "", source: SourceLocation(file: file, line: 1, column: 1))
        }
        let accepted = ServiceResolver.resolve(operations).accepted
        #expect(accepted.map(\.source.file) == [chosen])
        #expect(ServiceResolver.resolve(operations.reversed()).accepted.map(\.source.file) == [chosen])
    }

    /// A page with a region template and an internal twin: the IR keeps both endpoints and the
    /// generated operation names the internal host.
    @Test func regionTemplatesAndInternalEndpoints() throws {
        let page = GeneratorSecurityTests.page(action: "DeleteQueue").replacingOccurrences(
            of: "接口请求域名：thing.api.qcloud.com",
            with: "- 外网接口请求域名：`https://cmq-queue-{$region}.api.qcloud.com`\n- 内网接口请求域名：`http://cmq-queue-{$region}.api.tencentyun.com`")
        let result = try GeneratorSecurityTests.run(["DeleteQueue.md": page]).result
        #expect(GeneratorSecurityTests.errors(result) == [])
        let operation = try #require(result.modules.first?.accepted.first)
        #expect(operation.host == "cmq-queue-{region}.api.qcloud.com")
        #expect(operation.endpoints == [Endpoint(host: "cmq-queue-{region}.api.qcloud.com", kind: .public),
                                        Endpoint(host: "cmq-queue-{region}.api.tencentyun.com", kind: .internal)])
        let code = result.modules.first?.files.first { $0.name == "DeleteQueue.swift" }?.contents ?? ""
        #expect(code.contains(#"public static let internalHost: Swift.String? = "cmq-queue-{region}.api.tencentyun.com""#))
    }

    /// An internal endpoint outside Tencent Cloud's internal API domain (here the public one, whose
    /// requests would cross the internet in clear text) is not used, with a warning.
    @Test func anInternalEndpointOutsideTheInternalDomainIsNotUsed() throws {
        let page = GeneratorSecurityTests.page(action: "DeleteQueue").replacingOccurrences(
            of: "接口请求域名：thing.api.qcloud.com",
            with: "- 外网接口请求域名：`https://cmq-queue-{$region}.api.qcloud.com`\n- 内网接口请求域名：`http://cmq-internal.api.qcloud.com`")
        let result = try GeneratorSecurityTests.run(["DeleteQueue.md": page]).result
        #expect(GeneratorSecurityTests.errors(result) == [])
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("internal endpoint cmq-internal.api.qcloud.com is not under api.tencentyun.com") })
        let code = result.modules.first?.files.first { $0.name == "DeleteQueue.swift" }?.contents ?? ""
        #expect(!code.contains("internalHost"))
        #expect(!code.contains("cmq-internal"))
    }

    /// A host given in a code block under its label, and in English.
    @Test(arguments: ["接口请求域名：\n```\nscaling.api.qcloud.com\n```", "Domain for API request: scaling.api.qcloud.com",
                      "Domain for public network API request: <font style=\"color:red\">scaling.api.qcloud.com</font>"])
    func hostsAsTheDocsWriteThem(_ line: String) throws {
        let page = GeneratorSecurityTests.page().replacingOccurrences(of: "接口请求域名：thing.api.qcloud.com", with: line)
        let result = try GeneratorSecurityTests.run(["A.md": page]).result
        #expect(result.modules.first?.pages.first?.host == "scaling.api.qcloud.com")
    }

    /// A page and its English twin make one operation with both languages in its doc comments;
    /// where they disagree on a fact, lint says so with both locations.
    @Test func englishTwinsArePairedAndDisagreementsReported() throws {
        let zh = GeneratorSecurityTests.page(rows: ["| name | 是 | String | 名称。 |", "| size | 否 | Int | 大小。 |"])
        let en = """
            ## 1. API Description
            This API (CreateThing) is used to test.
            Domain for API request: thing.api.qcloud.com

            ## 2. Input Parameters
            | Parameter Name | Required | Type | Description |
            |---|---|---|---|
            | name | No | String | The name. |

            ## 3. Output Parameters
            | Parameter Name | Type | Description |
            |---|---|---|
            | code | Int | Error code |
            """
        let (folder, result) = try GeneratorSecurityTests.run(["CreateThing.md": zh, "CreateThing_en.md": en])
        let operation = try #require(result.modules.first?.accepted.first)
        #expect(result.modules.first?.accepted.count == 1)
        #expect(operation.source.file == folder + "/CreateThing.md")
        #expect(operation.summaryEn == "is used to test.")
        #expect(operation.input.first?.descriptionEn == "The name.")
        let drift = result.diagnostics.filter { $0.message.hasPrefix("twins disagree") }.map(\.description)
        #expect(drift.contains("\(folder)/CreateThing_en.md:8:2: warning: twins disagree: input 'name' is required on the Chinese page and optional on the English one (\(folder)/CreateThing.md:8 and \(folder)/CreateThing_en.md:8)"), "\(drift)")
        #expect(drift.contains("\(folder)/CreateThing_en.md:1:1: warning: twins disagree: input 'size' is only on the Chinese page (\(folder)/CreateThing.md:9 and \(folder)/CreateThing_en.md:1)"), "\(drift)")
        #expect(!result.diagnostics.contains { $0.message.contains("documented by") })
        let code = try #require(result.modules.first?.files.first { $0.name == "CreateThing.swift" }?.contents)
        #expect(code.contains("/// 名称。\n    ///\n    /// The name."))
        #expect(code.contains("/// 用于测试。\n///\n/// is used to test."))

        // docLanguage: en keeps the English text only.
        let english = try GeneratorSecurityTests.run(["CreateThing.md": zh, "CreateThing_en.md": en], config: "docLanguage: en\n").result
        let enCode = try #require(english.modules.first?.files.first { $0.name == "CreateThing.swift" }?.contents)
        #expect(enCode.contains("/// The name.") && !enCode.contains("/// 名称。"))
    }

    /// An action whose pages are all in deprecated folders gets a deprecated client method.
    @Test func actionsOnlyInDeprecatedFoldersAreDeprecated() throws {
        let folder = try Paths.scratch() + "/spec"
        try FileManager.default.createDirectory(atPath: folder + "/废弃", withIntermediateDirectories: true)
        try GeneratorSecurityTests.page(action: "OldThing").write(toFile: folder + "/废弃/Old.md", atomically: true, encoding: .utf8)
        try GeneratorSecurityTests.page().write(toFile: folder + "/New.md", atomically: true, encoding: .utf8)
        let result = try Pipeline().render(try SpecDiscovery.module(at: folder).modules)
        let client = try #require(result.modules.first?.files.first { $0.name == "Service+Client.swift" }?.contents)
        #expect(client.contains("    @available(*, deprecated, message: \"OldThing is documented only in deprecated folders of the docs\")\n    public func oldThing("))
        #expect(!client.contains("message: \"CreateThing"))
    }
}
