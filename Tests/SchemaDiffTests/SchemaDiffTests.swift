import APISchema
import DocParser
import Foundation
import TestSupport
import SchemaDiff
import Testing

/// Hand-made page pairs, one per kind of change: each is classified as the row says.
@Suite struct SchemaDiffTests {
    static let fixtures: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.path + "/Fixtures"
    }()

    static func operations(_ path: String) throws -> [APISchema.Operation] {
        let data = try #require(FileManager.default.contents(atPath: path))
        let result = DocParser.parse([UInt8](data), file: path.replacingOccurrences(of: fixtures + "/", with: ""))
        return [try #require(result.operation)]
    }

    static func changes(_ pair: String) throws -> [Change] {
        SchemaDiff.changes(from: try operations("\(fixtures)/\(pair)/old.md"), to: try operations("\(fixtures)/\(pair)/new.md"))
    }

    @Test(arguments: [
        ("breaking-parameter-removed", "breaking: CreateWidget input.note: parameter removed (breaking-parameter-removed/old.md:13 → -)"),
        ("breaking-field-removed", "breaking: CreateWidget output.data.widgetId: field removed (breaking-field-removed/old.md:19 → -)"),
        ("breaking-parameter-renamed", "breaking: CreateWidget input.note: renamed to Note (breaking-parameter-renamed/old.md:13 → breaking-parameter-renamed/new.md:13)"),
        ("breaking-type-changed", "breaking: CreateWidget input.size: type changed from integer to string (breaking-type-changed/old.md:11 → breaking-type-changed/new.md:11)"),
        ("breaking-optional-became-required", "breaking: CreateWidget input.zone: optional became required (breaking-optional-became-required/old.md:9 → breaking-optional-became-required/new.md:9)"),
        ("breaking-enum-value-removed", "breaking: CreateWidget input.mode: enum value fast removed (breaking-enum-value-removed/old.md:10 → breaking-enum-value-removed/new.md:10)"),
        ("breaking-range-narrowed", "breaking: CreateWidget input.size: maximum narrowed from 100 to 50 (breaking-range-narrowed/old.md:11 → breaking-range-narrowed/new.md:11)"),
        ("breaking-length-narrowed", "breaking: CreateWidget input.widgetName: maxLength narrowed from 60 to 30 (breaking-length-narrowed/old.md:8 → breaking-length-narrowed/new.md:8)"),
        ("breaking-required-if-added", "breaking: CreateWidget rules: new rule requiredIf(note when mode = fast) (- → breaking-required-if-added/new.md:13)"),
        ("breaking-at-least-one-added", "breaking: CreateWidget rules: new rule atLeastOne(note, zone) (- → breaking-at-least-one-added/new.md:13)"),
        ("breaking-required-parameter-added", "breaking: CreateWidget input.owner: required parameter added (- → breaking-required-parameter-added/new.md:14)"),
        ("additive-parameter-added", "additive: CreateWidget input.color: optional parameter added (- → additive-parameter-added/new.md:14)"),
        ("additive-field-added", "additive: CreateWidget output.data.createdAt: optional field added (- → additive-field-added/new.md:20)"),
        ("additive-enum-value-added", "additive: CreateWidget input.mode: enum value eco added (additive-enum-value-added/old.md:10 → additive-enum-value-added/new.md:10)"),
        ("additive-error-code-added", "additive: CreateWidget errors: error code WidgetLimitExceeded added (- → additive-error-code-added/new.md:25)"),
        ("additive-range-widened", "additive: CreateWidget input.size: maximum widened from 100 to 200 (additive-range-widened/old.md:11 → additive-range-widened/new.md:11)"),
        ("documentation-description", "documentation: CreateWidget input.widgetName: description changed (documentation-description/old.md:8 → documentation-description/new.md:8)"),
        ("documentation-link", "documentation: CreateWidget input.zone: description changed (documentation-link/old.md:9 → documentation-link/new.md:9)"),
        ("documentation-example", "documentation: CreateWidget examples: examples changed (documentation-example/old.md:27 → documentation-example/new.md:27)"),
    ])
    func classifies(_ pair: String, _ expected: String) throws {
        let changes = try Self.changes(pair)
        #expect(changes.first?.line == expected, "\(changes.map(\.line))")
        let kind = pair.split(separator: "-").first.map(String.init) ?? ""
        // Nothing is classified more severely than the pair's kind.
        #expect(changes.allSatisfy { $0.kind >= (Change.Kind(rawValue: kind) ?? .breaking) || kind == "breaking" })
        #expect(changes.contains { $0.kind == .breaking } == (kind == "breaking"))
    }

    @Test func operationsAddedAndRemoved() throws {
        let old = try Self.operations("\(Self.fixtures)/documentation-example/old.md")
        var renamed = old[0]
        renamed.action = "CreateGadget"
        let changes = SchemaDiff.changes(from: old, to: [renamed])
        #expect(changes.map { "\($0.kind.rawValue) \($0.operation) \($0.message)" } == [
            "breaking CreateWidget operation removed", "additive CreateGadget operation added",
        ])
    }

    @Test func identicalSchemasHaveNoChanges() throws {
        let old = try Self.operations("\(Self.fixtures)/documentation-example/old.md")
        #expect(SchemaDiff.changes(from: old, to: old).isEmpty)
    }

    @Test(SharedPages.needed) func seedAgainstItsNewerRevisionIsDocumentationOnly() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let seed = try Self.operations(root + "/specs/vpc/AddVpnConnEx.md")
        let newer = try Self.operations(SharedPages.corpus + "/vpc/AddVpnConnEx.md")
        let changes = SchemaDiff.changes(from: seed, to: newer)
        #expect(!changes.isEmpty)
        #expect(changes.allSatisfy { $0.kind == .documentation }, "\(changes.filter { $0.kind != .documentation }.map(\.line))")
    }
}
