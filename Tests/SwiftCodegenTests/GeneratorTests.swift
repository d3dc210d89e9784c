import APISchema
import DocDialects
import DocParser
import DocResolver
import DocgenFind
import Foundation
@testable import SwiftCodegen
import TestSupport
import Testing

@Suite struct GeneratorTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The seed page, read and resolved (examples reconciled; no errata), as the generator gets it.
    static func seedOperation() throws -> APISchema.Operation {
        let data = try #require(FileManager.default.contents(atPath: root + "/specs/vpc/AddVpnConnEx.md"))
        let page = try #require(DocParser.parse([UInt8](data), file: "specs/vpc/AddVpnConnEx.md").operation)
        return try #require(ServiceResolver.resolve([page]).accepted.first)
    }

    /// Every tag of every template is answered by the view in front of it (Mustache would
    /// otherwise fall back to an enclosing view's value), and the seed and a hostile page reach
    /// every tag, so the check is not vacuous.
    @Test func everyTemplateTagIsAnsweredByItsView() throws {
        var generator = try SwiftGenerator()
        let audit = generator.makeAudit()
        generator.audit = audit
        var seed = try Self.seedOperation()
        seed.endpoints = [Endpoint(host: seed.host, kind: .public), Endpoint(host: "vpc.api.tencentyun.com", kind: .internal)]
        seed.deprecated = true  // reaches the deprecation tag of the client template
        // A waiter, a retry setting and a paginator reach the behaviours template.
        seed.retriesAmbiguousFailures = false
        seed.waiter = TaskWaiter(taskId: ["data", "taskId"], poll: "DescribeVpcTaskResult", pollParameter: "taskId", status: ["data", "status"],
                                 success: ["0"], failure: ["1"], pending: ["2"])
        let corpusPages = try ["DescribeVpcTaskResult.md", "DescribeVpcEx.md"].map { name in
            let path = Self.root + "/specs/vpc/" + name
            let bytes = try #require(FileManager.default.contents(atPath: path))
            return try #require(DocParser.parse([UInt8](bytes), file: path).operation)
        }
        var behaviours = ServiceResolver.resolve(corpusPages).accepted
        #expect(behaviours.contains { $0.pagination != nil })
        // A page-number paginator reaches the first-page tag.
        if let paged = behaviours.firstIndex(where: { $0.pagination != nil }) { behaviours[paged].pagination?.firstPage = 1 }
        var operations = [seed] + behaviours
        let hostile = Self.root + "/Tests/DocParserTests/Fixtures/Hostile/example-injection.md"
        let data = try #require(FileManager.default.contents(atPath: hostile))
        operations += ServiceResolver.resolve([try #require(DocParser.parse([UInt8](data), file: "hostile.md").operation)]).accepted
        // An API 3.0 page and its data-structure page reach the versioned and model tags.
        let versioned = Self.root + "/Tests/DocParserTests/Fixtures/Versioned/api3"
        let pages = try ["DescribeWidgets.md", "数据结构.md"].map { name in
            DocParser.parse([UInt8](try #require(FileManager.default.contents(atPath: versioned + "/" + name))), file: "api3/" + name,
                            dialect: name.hasPrefix("D") ? .v3 : .v2)
        }
        let resolved = ServiceResolver.resolve(pages.compactMap(\.operation), structures: pages.flatMap(\.structures))
        operations += resolved.accepted
        _ = try generator.generate(ModuleSpec(name: "QCloudVPC", sourceFolder: "specs/vpc"), operations: operations,
                                   serviceErrors: [ErrorCode(code: "X.Y", description: "x"), ErrorCode(code: "11056", codeDesc: "InstanceNotExists", description: "y")],
                                   structures: resolved.structures)
        #expect(audit.unanswered == [])
        #expect(audit.unvisited == [])
    }

    /// The audit itself: a tag the view lacks is reported even though an enclosing view has it.
    @Test func auditReportsATagAnsweredOnlyByAnEnclosingView() throws {
        let audit = TemplateAudit(templates: ["t": "{{#properties}}{{{name}}}{{/properties}}"])
        let property = PropertyView(doc: [], swiftName: "a", label: "a", swiftType: "Int", optional: false, wireLiteral: "\"a\"",
                                    decodeCall: "", last: true)
        audit.check("t", StructView(doc: [], name: "S", properties: [property], hasProperties: true, checks: [], valueLists: [], nested: []))
        #expect(audit.unanswered == ["t: 'name' is not answered by PropertyView"])
    }

    @Test func deterministic() throws {
        let operation = try Self.seedOperation()
        let module = ModuleSpec(name: "QCloudVPC", sourceFolder: "specs/vpc")
        let first = try SwiftGenerator().generate(module, operations: [operation]).files
        let second = try SwiftGenerator().generate(module, operations: [operation]).files
        #expect(first == second)
        for file in first where file.name.hasSuffix(".swift") {
            #expect(file.contents.hasPrefix("// Generated by qcloud-docgen from "))
        }
        // The DocC landing page: its title first (DocC requires it), then the generated mark.
        let landing = try #require(first.first { $0.name == "QCloudVPC.docc/QCloudVPC.md" })
        #expect(landing.contents.hasPrefix("# ``QCloudVPC``\n\n<!-- Generated by qcloud-docgen from specs/vpc. Do not edit. -->"))
    }

    /// An array's element count (`每次请求的实例的上限为100`) is checked by `validate()` and
    /// documented; an array without one is not counted.
    @Test func arrayElementCountIsValidated() throws {
        let page = """
        ## 接口描述
        本接口（DescribeThings）用于查询。接口请求域名：thing.api.qcloud.com
        ## 输入参数
        | 参数名称 | 必选 | 类型 | 描述 |
        |---|---|---|---|
        | instanceIds.n | 是 | String | 实例ID。每次请求的实例的上限为100 |
        | zones.n | 否 | String | 可用区 |
        ## 输出参数
        | 参数名称 | 类型 | 描述 |
        |---|---|---|
        | code | Int | 错误码 |
        """
        let operation = try #require(DocParser.parse(Array(page.utf8), file: "specs/things/DescribeThings.md").operation)
        let files = try SwiftGenerator().generate(ModuleSpec(name: "QCloudThings", sourceFolder: "specs/things"), operations: [operation]).files
        let code = try #require(files.first { $0.name == "DescribeThings.swift" }).contents
        #expect(code.contains("validator.count(self.instanceIds, Validator.path(path, \"instanceIds\"), max: 100)"))
        #expect(code.contains("at most 100 elements"))
        #expect(code.components(separatedBy: "validator.count(").count == 2, "only the array with a count")
    }
}

/// Regeneration when the docs change, and independence from input order.
@Suite struct RegenerationTests {
    static func operation(_ path: String, as name: String) throws -> APISchema.Operation {
        let data = try #require(FileManager.default.contents(atPath: path.hasPrefix("/") ? path : GeneratorTests.root + "/" + path))
        return try #require(DocParser.parse([UInt8](data), file: name).operation)
    }

    /// The code without comments: what the compiler sees.
    static func api(_ text: String) -> String {
        text.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("//") { return nil }
            if let comment = line.range(of: " // ") { return String(line[..<comment.lowerBound]) }
            return String(line)
        }.joined(separator: "\n")
    }

    @Test(SharedPages.needed) func newerRevisionRewritesOnlyItsFileAndKeepsTheAPI() throws {
        let module = ModuleSpec(name: "QCloudVPC", sourceFolder: "specs/vpc")
        let seed = try Self.operation("specs/vpc/AddVpnConnEx.md", as: "specs/vpc/AddVpnConnEx.md")
        let newer = try Self.operation(SharedPages.corpus + "/vpc/AddVpnConnEx.md", as: "specs/vpc/AddVpnConnEx.md")
        let before = try SwiftGenerator().generate(module, operations: [seed]).files
        let after = try SwiftGenerator().generate(module, operations: [newer]).files
        #expect(before.map(\.name) == after.map(\.name))
        let changed = zip(before, after).filter { $0.contents != $1.contents }.map(\.0.name)
        #expect(changed == ["AddVpnConnEx.swift"])
        for (old, new) in zip(before, after) {
            #expect(Self.api(old.contents) == Self.api(new.contents), "\(old.name): the API changed")
        }
    }

    @Test func inputOrderDoesNotMatter() throws {
        let module = ModuleSpec(name: "Widgets", sourceFolder: "specs/widgets")
        let fixtures = GeneratorTests.root + "/Tests/SchemaDiffTests/Fixtures"
        var operations: [APISchema.Operation] = []
        for (index, pair) in ["additive-parameter-added", "breaking-type-changed"].enumerated() {
            let data = try #require(FileManager.default.contents(atPath: "\(fixtures)/\(pair)/new.md"))
            var operation = try #require(DocParser.parse([UInt8](data), file: "specs/widgets/Page\(index).md").operation)
            operation.action += String(index)
            operations.append(operation)
        }
        let forward = try SwiftGenerator().generate(module, operations: operations).files
        let backward = try SwiftGenerator().generate(module, operations: operations.reversed()).files
        #expect(forward == backward)
        #expect(forward.map(\.name) == ["CreateWidget0.swift", "CreateWidget1.swift", "Service+Client.swift", "Service+ErrorCode.swift",
                                        "Service+Models.swift", "Service+Operations.swift", "Widgets.docc/Widgets.md"])
        // The build plugin's mode names files after the pages.
        let byPage = ModuleSpec(name: "Widgets", sourceFolder: "specs/widgets", fileNaming: .page)
        #expect(try SwiftGenerator().generate(byPage, operations: operations).files.map(\.name).prefix(2) == ["Page0.swift", "Page1.swift"])
    }
}

/// What an API 3.0 page and its data-structure page generate: the descriptor names its protocol
/// and version, fields naming a structure use the one shared type in `<Service>Models`, and a
/// structure's required members must be present when decoded.
@Suite struct VersionedGenerationTests {
    static func generate() throws -> [GeneratedFile] {
        let folder = GeneratorTests.root + "/Tests/DocParserTests/Fixtures/Versioned/api3"
        let pages = try ["DescribeWidgets.md", "数据结构.md"].map { name in
            DocParser.parse([UInt8](try #require(FileManager.default.contents(atPath: folder + "/" + name))), file: "api3/" + name,
                            dialect: name.hasPrefix("D") ? .v3 : .v2)
        }
        let resolved = ServiceResolver.resolve(pages.compactMap(\.operation), structures: pages.flatMap(\.structures))
        let (files, diagnostics) = try SwiftGenerator().generate(ModuleSpec(name: "QCloudWIDGET", sourceFolder: "api3"),
                                                                 operations: resolved.accepted, structures: resolved.structures)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return files
    }

    @Test func descriptorNamesProtocolAndVersion() throws {
        let operation = try #require(try Self.generate().first { $0.name == "DescribeWidgets.swift" }).contents
        #expect(operation.contains("public static let wireProtocol: WireProtocol = .v3"))
        #expect(operation.contains("public static let version: Swift.String? = \"2020-01-02\""))
        #expect(operation.contains("public static let path: Swift.String = \"/\""))
        #expect(operation.contains("public var placement: WIDGETModels.Placement"))
        #expect(operation.contains("public var filters: [WIDGETModels.Filter]?"))
        #expect(operation.contains("[WIDGETModels.Widget]?"))
        #expect(!operation.contains("struct Placement"), "not copied per operation")
    }

    @Test func modelsAreSharedAndDecodeLeniently() throws {
        let models = try #require(try Self.generate().first { $0.name == "Service+Models.swift" }).contents
        #expect(models.contains("public enum WIDGETModels {"))
        for name in ["Filter", "Placement", "Widget"] {
            #expect(models.components(separatedBy: "public struct \(name):").count == 2, "one \(name)")
        }
        // Placement.Zone is required: present when decoded; Widget.Size may be null: optional.
        #expect(models.contains("self.zone = try container.present(container.lenientString(WireKey(\"Zone\")), WireKey(\"Zone\"))"))
        #expect(models.contains("public var size: Swift.Int?"))
        #expect(models.contains("public var placement: WIDGETModels.Placement?"), "a structure inside a structure is the shared type")
        #expect(models.contains("Swift.Decodable"))
    }
}

/// Every generated name, service-wide types included, is checked against the runtime's: the
/// list the generator checks against is the runtime's public types, read from its sources.
@Suite struct ShadowingTests {
    @Test func theCheckedNamesAreEveryPublicTypeOfTheRuntime() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        var declared: Set<String> = []
        for folder in ["Sources/QCloudRuntime", "Sources/QCloudProtocol"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) where file.hasSuffix(".swift") {
                for line in try String(contentsOfFile: root + "/" + folder + "/" + file, encoding: .utf8).split(separator: "\n") {
                    // Top-level declarations only (a nested type is reached through its parent).
                    let words = line.split(separator: " ")
                    guard line.hasPrefix("public "), let kind = words.firstIndex(where: { ["struct", "enum", "class", "actor", "protocol", "typealias"].contains($0) }),
                          kind + 1 < words.count else { continue }
                    declared.insert(String(words[kind + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
                }
            }
        }
        #expect(declared.count > 50)
        #expect(declared.subtracting(SwiftGenerator.moduleTypeNames).sorted() == [])
    }

    /// A module whose service-wide types would be the runtime's (`Service` + `ErrorCode` is the
    /// runtime's `ServiceErrorCode`; `Paging` + `Error` its `PagingError`) is an error, not a
    /// module that does not compile.
    @Test(arguments: [("QCloudService", "ServiceErrorCode"), ("QCloudPaging", "PagingError"), ("QCloudWaiter", "WaiterError")])
    func serviceWideTypesMayNotShadowTheRuntimes(_ module: String, _ shadowed: String) throws {
        let operation = APISchema.Operation(action: "DescribeThings", service: "x", host: "x.api.qcloud.com", path: "/", summary: "",
                                            source: SourceLocation(file: "specs/x/A.md", line: 1, column: 1))
        let result = try SwiftGenerator().generate(ModuleSpec(name: module, sourceFolder: "specs/x"), operations: [operation])
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("would declare \(shadowed), shadowing") },
                "\(result.diagnostics)")
    }
}
