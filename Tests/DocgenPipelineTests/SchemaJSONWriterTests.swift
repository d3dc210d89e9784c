import APISchema
import DocgenFind
@testable import DocgenPipeline
import Foundation
import TestSupport
import Testing

/// `schema` writes its JSON with ``SchemaJSONWriter``; its output format is Foundation's
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` over the types'
/// `Codable` conformances. These tests hold the two to the same bytes.
@Suite struct SchemaJSONWriterTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The optional members of `value` that are nil, found by reflection, so that a member added
    /// to a type shows up here until the test value sets it (and the writer writes it).
    static func nilMembers(of value: Any, path: String = "") -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            let name = path + "." + (child.label ?? "?")
            var member = child.value
            let mirror = Mirror(reflecting: member)
            if mirror.displayStyle == .optional {
                guard let wrapped = mirror.children.first?.value else {
                    found.append(name)
                    continue
                }
                member = wrapped
            }
            // Into nested structures, not into the elements of arrays (checked one by one).
            if Mirror(reflecting: member).displayStyle == .struct { found += nilMembers(of: member, path: name) }
        }
        return found
    }

    static let location = SourceLocation(file: "a/b.md", line: 3, column: 7)

    /// A field with every member set, and nested ones of each kind.
    static func fullField(_ name: String, depth: Int = 0) -> Field {
        var field = Field(name: name, type: .array, required: true, description: "quote \" and \\ back, a/b, 中文\u{1}",
                          documentedType: "Array of X", enum: [EnumValue(value: "1", description: "on"), EnumValue(value: "0")],
                          default: "1", minimum: -2.5, maximum: 1e20, minLength: 1, maxLength: 60,
                          constraintSources: ["可选值：1、0"], source: location)
        field.maxItems = 100
        field.descriptionEn = "English\ttext"
        field.origin = .exampleShape
        field.secret = false
        field.swiftName = "swiftName"
        field.errata = ["fix"]
        field.ref = "Thing"
        field.nullable = true
        if depth < 1 {
            field.item = fullField("item", depth: depth + 1)
            field.valueField = fullField("value", depth: depth + 1)
            field.fields = [fullField("member", depth: depth + 1)]
        } else {
            field.item = Field(name: "leaf", type: .string, source: location)
            field.valueField = Field(name: "leaf", type: .integer, source: location)
            field.fields = []
        }
        return field
    }

    /// An operation with every member set.
    static func fullOperation() -> APISchema.Operation {
        var operation = APISchema.Operation(action: "Do", service: "vpc", host: "vpc.api.qcloud.com", path: "/v2/index.php",
                                            summary: "做", description: "line\nbreak", source: location,
                                            input: [fullField("input")], output: [fullField("output"), Field(name: "n", type: .number, source: location)],
                                            errors: [ErrorCode(code: "-1", codeDesc: "FailedOperation", description: "失败", source: location), ErrorCode(code: "2", description: "")],
                                            rules: [.atLeastOne(["a", "b"], sentence: "a or b", source: location),
                                                    Rule(kind: .requiredIf, fields: ["x"], field: "c", when: "d", equals: "1", sentence: "s", source: location)],
                                            examples: [], dialect: "v2")
        var example = Example(title: "示例", action: "Do", host: "h", request: [ExampleParameter(name: "a.0", value: "x&y")],
                              response: .object([JSONValue.Member("b", .array([.null, .bool(true), .number("1.50"), .number("7"), .number("x"), .number("1e400")])),
                                                 JSONValue.Member("a", .string("s")), JSONValue.Member("a", .string("t")),
                                                 JSONValue.Member("Bps", .object([])), JSONValue.Member("activeMsgNum", .array([])),
                                                 JSONValue.Member("中", .number("-0.0")), JSONValue.Member("", .number("007"))]),
                              requestSource: location, responseSource: location)
        example.omittedRequired = ["input"]
        example.undocumentedParameters = ["z"]
        example.unreadableParameters = []
        operation.examples = [example, Example()]
        operation.summaryEn = "Do"
        operation.descriptionEn = "Does"
        operation.deprecated = true
        operation.version = "2017-03-12"
        operation.endpoints = [Endpoint(host: "a", kind: .public), Endpoint(host: "b", kind: .internal)]
        operation.retriesAmbiguousFailures = false
        operation.pagination = Pagination(offset: "offset", limit: "limit", total: ["totalCount"], items: ["data", "n"], firstPage: 1)
        operation.waiter = TaskWaiter(taskId: ["taskId"], poll: "Describe", pollParameter: "taskId", status: ["status"],
                                      success: ["0"], failure: ["1"], pending: [])
        return operation
    }

    @Test func theTestValuesSetEveryMember() {
        let operation = Self.fullOperation()
        #expect(Self.nilMembers(of: operation) == [])
        // Members of arrays are not reached by reflection: one element of each kind, whole.
        #expect(Self.nilMembers(of: operation.examples[0]) == [])
        #expect(Self.nilMembers(of: operation.rules[1]) == [])
        #expect(Self.nilMembers(of: operation.errors[0]) == [])
        #expect(Self.nilMembers(of: operation.input[0].enum?[0] as Any) == [])
        #expect(Self.nilMembers(of: Self.fullField("f")) == [])
        #expect(Self.nilMembers(of: Structure(name: "S", description: "d", fields: [], source: Self.location)) == [])
    }

    @Test func everyMemberMatchesJSONEncoder() throws {
        let structures = [Structure(name: "S", description: "d", fields: [Self.fullField("s")], source: Self.location),
                          Structure(name: "Empty", fields: [], source: Self.location)]
        let operations = [Self.fullOperation(), APISchema.Operation(action: "Bare", service: "s", host: "", path: "", summary: "", source: Self.location)]
        #expect(try Pipeline.schemaJSON(operations, structures: structures)
                == Self.foundation(APIDocument(operations: operations, structures: structures)))
    }

    @Test func emptyDocumentsMatchJSONEncoder() throws {
        #expect(try Pipeline.schemaJSON([]) == Self.foundation(APIDocument(operations: [])))
        let structures = [Structure(name: "S", fields: [], source: Self.location)]
        #expect(try Pipeline.schemaJSON([], structures: structures) == Self.foundation(APIDocument(operations: [], structures: structures)))
    }

    @Test func stringsAndKeysMatchJSONEncoder() throws {
        let controls = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        let texts = ["plain", "quote \" and \\ back", "a/b http://x/y", controls, "\u{7F}\u{85}\u{2028}\u{2029}", "中文，全角", "😀 e\u{301}", ""]
        let keys = ["a10", "a2", "B", "a", "_x", "x_", "中文", "é", "Z", "z", "Bps", "activeMsgNum", "is_expire",
                    "isVpcGateway", "isolateTime", "", " ", "a b", "A", "aa", "aA", "Aa", "1", "10", "9", "$", "~", "\"", "\\"]
        let response = JSONValue.object(keys.enumerated().map { JSONValue.Member($0.element, .string(texts[$0.offset % texts.count])) })
        let operations = texts.map { text in
            APISchema.Operation(action: text, service: "s", host: text, path: "/", summary: text, description: text, source: Self.location,
                                examples: [Example(response: response)])
        }
        #expect(try Pipeline.schemaJSON(operations) == Self.foundation(APIDocument(operations: operations)))
    }

    /// Strings are scanned for bytes to escape eight at a time: each such byte, at every offset
    /// of words and tails, next to multi-byte characters, is escaped as the encoder escapes it.
    @Test func escapesAtEveryOffsetMatchJSONEncoder() throws {
        let needing = ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\t"]
        let neighbours = ["a", "中", "\u{7F}", " ", "~", "!", "#", "[", "]", "\u{20}", "\u{21}", "😀"]
        var texts: [String] = []
        for length in 0..<20 {
            for offset in 0...length {
                for (index, special) in needing.enumerated() {
                    let fill = neighbours[(length + offset + index) % neighbours.count]
                    texts.append(String(repeating: fill, count: offset) + special + String(repeating: "b", count: length - offset))
                }
            }
            texts.append(String(repeating: "x", count: length))
        }
        let operations = texts.map { text in
            APISchema.Operation(action: "A", service: "s", host: "h", path: "/", summary: text, source: Self.location)
        }
        #expect(try Pipeline.schemaJSON(operations) == Self.foundation(APIDocument(operations: operations)))
    }

    /// Integers are written digit by digit, as the encoder writes them, at the limits too.
    @Test func integersAtTheLimitsMatchJSONEncoder() throws {
        let numbers = ["0", "-0", "7", "-1", "10", "99", "100", "-100", "1000000", "9223372036854775807", "-9223372036854775808",
                       "9223372036854775808", "1.5", "2.0", "-0.25"]
        var field = Field(name: "f", type: .string, source: SourceLocation(file: "a.md", line: Int.max, column: Int.min))
        field.maxLength = Int.max
        field.minLength = Int.min
        field.maxItems = 0
        let response = JSONValue.array(numbers.map { .number($0) })
        let operation = APISchema.Operation(action: "A", service: "s", host: "h", path: "/", summary: "", source: Self.location,
                                            input: [field], examples: [Example(response: response)])
        #expect(try Pipeline.schemaJSON([operation]) == Self.foundation(APIDocument(operations: [operation])))
    }

    /// The writer's buffer keeps every byte when it grows, from any size.
    @Test func byteSinkKeepsEveryByteAsItGrows() {
        let sink = ByteSink(capacity: 1)
        var expected: [UInt8] = []
        var state: UInt64 = 7
        for round in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            let byte = UInt8(truncatingIfNeeded: state >> 56)
            switch round % 4 {
            case 0:
                sink.append(byte)
                expected.append(byte)
            case 1:
                let run = Array(repeating: byte, count: round % 37)
                run.withUnsafeBufferPointer { sink.append($0) }
                expected += run
            case 2:
                sink.append(repeating: byte, count: round % 53)
                expected += Array(repeating: byte, count: round % 53)
            default:
                sink.append(byte, 0x2C, round % 8 == 3 ? 0x0A : nil)
                expected += round % 8 == 3 ? [byte, 0x2C, 0x0A] : [byte, 0x2C]
            }
        }
        #expect(sink.count == expected.count)
        #expect(sink.withBytes { Array($0) } == expected)
    }

    /// `schema` writes the document piece by piece through a buffer: the file holds the same
    /// bytes as the joined document, with pieces smaller and larger than the buffer.
    @Test func writtenToADescriptorItIsTheSameDocument() throws {
        var operations = (0..<40).map { index in
            var operation = Self.fullOperation()
            operation.action = "Action\(index)"
            return operation
        }
        operations[7].description = String(repeating: "长描述 \"x\" ", count: 20_000)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        try Pipeline.writeSchemaJSON(operations, structures: [Structure(name: "S", fields: [], source: Self.location)], to: descriptor)
        close(descriptor)
        let expected = try Pipeline.schemaJSONBytes(operations, structures: [Structure(name: "S", fields: [], source: Self.location)])
        #expect(expected.count > 3 * DescriptorOutput.bufferSize)
        #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == expected)
    }

    /// A write that fails is an error with the system's reason, not a crash or a silent stop.
    @Test func aFailedWriteIsAnError() {
        #expect(throws: DescriptorOutput.WriteFailed.self) { try Pipeline.writeSchemaJSON([Self.fullOperation()], to: -1) }
    }

    @Test func notFiniteNumbersAreRefusedAsTheEncoderRefusesThem() {
        var field = Field(name: "f", type: .number, source: Self.location)
        field.maximum = .infinity
        let operation = APISchema.Operation(action: "A", service: "s", host: "", path: "", summary: "", source: Self.location, input: [field])
        #expect(throws: EncodingError.self) { try Self.foundation(APIDocument(operations: [operation])) }
        #expect(throws: EncodingError.self) { try Pipeline.schemaJSON([operation]) }
    }

    /// The whole real corpus, as `schema` prints it (every kind of field, example and rule).
    @Test(SharedPages.needed) func corpusSchemaMatchesJSONEncoder() throws {
        let folders = ["vpc", "clb", "cvm"].map { SharedPages.corpus + "/" + $0 }
        let inputs = try SpecDiscovery.modules(forPaths: folders).modules
        let result = try Pipeline().parse(inputs)
        let operations = result.modules.flatMap(\.pages).sorted { ($0.service, $0.action, $0.source.file) < ($1.service, $1.action, $1.source.file) }
        #expect(operations.count > 250)
        let structures = result.modules.flatMap(\.structures)
        #expect(try Pipeline.schemaJSON(operations, structures: structures) == Self.foundation(APIDocument(operations: operations, structures: structures)))
    }
}
