import APISchema
import DocParser
import DocResolver
import DocgenFind
import DocgenPipeline
import Foundation
import Testing

/// Structures across pages: references resolve to the nearest definition, a miss is a located
/// warning, a cycle is an error, and the resolved IR lists each structure once.
@Suite struct StructureResolutionTests {
    static let fixtures = Paths.root + "/Tests/DocParserTests/Fixtures/Versioned/api3"

    @Test func referencesResolveAcrossPages() throws {
        let found = try SpecDiscovery.modules(under: Self.fixtures)
        let result = try Pipeline().resolve(found.modules)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(!result.diagnostics.contains { $0.severity == .warning }, "\(result.diagnostics)")
        let module = try #require(result.modules.first)
        let operation = try #require(module.accepted.first)
        let placement = try #require(operation.input.first { $0.name == "Placement" })
        #expect(placement.ref == "Placement" && placement.fields?.map(\.name) == ["Zone", "ProjectId", "ZoneType"])
        let widget = try #require(operation.output.first { $0.name == "WidgetSet" }?.item)
        #expect(widget.fields?.map(\.name) == ["WidgetId", "Placement", "Size"])
        #expect(widget.fields?[1].fields?.map(\.name) == ["Zone", "ProjectId", "ZoneType"], "nested references resolve too")
        #expect(module.structures.map(\.name) == ["Filter", "Placement", "Widget"])
    }

    func field(_ name: String, ref: String, line: Int, file: String = "p/a.md") -> Field {
        var field = Field(name: name, type: .object, source: SourceLocation(file: file, line: line, column: 2))
        field.ref = ref
        return field
    }

    func operation(_ input: [Field], file: String = "p/a.md", dialect: String = "v3") -> APISchema.Operation {
        APISchema.Operation(action: "A", service: "a", host: "a.tencentcloudapi.com", path: "/", summary: "",
                            source: SourceLocation(file: file, line: 1), input: input, dialect: dialect)
    }

    @Test func nearestDefinitionWins() throws {
        let near = Structure(name: "Disk", fields: [Field(name: "Near", type: .string, source: SourceLocation(file: "p/q/s.md", line: 3))],
                             source: SourceLocation(file: "p/q/s.md", line: 1))
        let far = Structure(name: "Disk", fields: [Field(name: "Far", type: .string, source: SourceLocation(file: "x/s.md", line: 3))],
                            source: SourceLocation(file: "x/s.md", line: 1))
        let page = operation([field("D", ref: "Disk", line: 5, file: "p/q/r/a.md")], file: "p/q/r/a.md")
        let result = ServiceResolver.resolve([page], structures: [far, near])
        #expect(result.accepted.first?.input.first?.fields?.map(\.name) == ["Near"])
        #expect(result.structures.map(\.source.file) == ["p/q/s.md"])
    }

    @Test func missingStructureIsALocatedWarning() {
        let result = ServiceResolver.resolve([operation([field("P", ref: "Nowhere", line: 7)])])
        #expect(result.diagnostics.contains {
            $0.severity == .warning && $0.location == SourceLocation(file: "p/a.md", line: 7, column: 2) && $0.message.contains("no structure 'Nowhere'")
        })
        #expect(result.accepted.first?.input.first?.ref == nil, "held as raw JSON")
    }

    /// Structures that each hold two members of the next double at every level: 30 levels (a
    /// billion members expanded) stop at the member limit, 40 at the depth limit, each with one
    /// located error at the operation's row, after expanding at most the limit.
    @Test(arguments: [(30, "the structures of this operation expand to more than 5000 members"),
                      (40, "structures are nested more than 32 deep")])
    func structuresThatDoubleAtEveryLevelStopAtTheLimit(levels: Int, error: String) throws {
        let structures = (0..<levels).map { level in
            let members = level == levels - 1
                ? [Field(name: "Leaf", type: .string, source: SourceLocation(file: "p/s.md", line: 1000))]
                : ["A", "B"].map { name in field(name, ref: "S\(level + 1)", line: level * 10 + 1, file: "p/s.md") }
            return Structure(name: "S\(level)", fields: members, source: SourceLocation(file: "p/s.md", line: level * 10))
        }
        let result = ServiceResolver.resolve([operation([field("Top", ref: "S0", line: 9)])], structures: structures)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "p/a.md", line: 9, column: 2))
        #expect(errors.first?.message.hasPrefix(error) == true, "\(errors)")
        func count(_ fields: [Field]) -> Int { fields.reduce(0) { $0 + 1 + count($1.fields ?? []) } }
        let resolved = ServiceResolver.resolve([operation([field("Top", ref: "S0", line: 9)])], structures: structures).operations
        #expect(count(resolved.first?.input ?? []) <= 5_001)
    }

    /// The same chain on one classic page (its structures under `## S<n>` headings, copied into
    /// its fields as it is read): bounded there too, and reported once by the resolve stage.
    @Test func aChainOnOnePageIsBoundedToo() throws {
        let levels = 24
        var page = "## 1. 接口描述\n本接口（Chain）用于测试。\n接口请求域名：chain.api.qcloud.com\n\n## 2. 输入参数\n"
            + "| 参数名称 | 必选 | 类型 | 描述 |\n|---|---|---|---|\n| top | 否 | S0 | 链 |\n\n"
            + "## 3. 输出参数\n| 参数名称 | 类型 | 描述 |\n|---|---|---|\n| code | Int | 错误码 |\n"
        for level in 0..<levels {
            page += "\n## S\(level)\n\n| 名称 | 类型 | 必选 | 描述 |\n|---|---|---|---|\n"
            page += level < levels - 1 ? "| A | S\(level + 1) | 否 | a |\n| B | S\(level + 1) | 否 | b |\n" : "| Leaf | String | 否 | 叶 |\n"
        }
        let parsed = DocParser.parse(Array(page.utf8), file: "chain.md")
        let operation = try #require(parsed.operation)
        func count(_ fields: [Field]) -> Int { fields.reduce(0) { $0 + 1 + count($1.fields ?? []) } }
        #expect(count(operation.input) <= 2 * 5_001, "copied at parse time within the bound")
        let result = ServiceResolver.resolve([operation], structures: parsed.structures)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("the structures of this operation expand to more than 5000 members") == true, "\(errors)")
        #expect(errors.first?.location.line == 8)
    }

    @Test func structureThatContainsItselfIsAnError() {
        var member = Field(name: "Child", type: .object, source: SourceLocation(file: "p/s.md", line: 4))
        member.ref = "Node"
        let node = Structure(name: "Node", fields: [member], source: SourceLocation(file: "p/s.md", line: 1))
        let result = ServiceResolver.resolve([operation([field("Root", ref: "Node", line: 3)])], structures: [node])
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("contains itself") && $0.location.line == 4 })
    }
}
