import APISchema
@testable import DocgenPipeline
import Foundation
import Testing

/// `schema` writes its JSON with ``PrettyJSONEncoder``; its output format is Foundation's
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`. These tests hold
/// the two to the same bytes.
@Suite struct PrettyJSONEncoderTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Values chosen for the encoder's corner cases.
    struct Corners: Encodable {
        var keys: [String: Int]
        var strings: [String]
        var numbers: [Double]
        var integers: [Int64]
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var missing: Int?
        var nested: [[String: [String]]]
        var flags = [true, false]
        var json: JSONValue
    }

    @Test func cornerCasesMatchJSONEncoder() throws {
        let keys = ["a10", "a2", "B", "a", "_x", "x_", "中文", "é", "e\u{301}", "Z", "z", "Bps", "activeMsgNum", "is_expire",
                    "isVpcGateway", "isolateTime", "", " ", "a b", "A", "aa", "aA", "Aa", "1", "10", "9", "$", "~"]
        var keyed: [String: Int] = [:]
        for (index, key) in keys.enumerated() { keyed[key] = index }
        let controls = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        let corners = Corners(
            keys: keyed,
            strings: ["plain", "quote \" and \\ back", "a/b http://x/y", controls, "\u{7F}\u{85}\u{2028}\u{2029}", "中文，全角", "😀 e\u{301}", ""],
            numbers: [0, -0.0, 1, 0.5, 1.5, -2.25, 1e20, 1e-7, 123456789.123, 65535, 1e15, 1e16, 0.1 + 0.2, Double(Int64.max)],
            integers: [0, -1, Int64.max, Int64.min],
            nested: [["k": []], [:], ["z": ["1"], "a": ["2", "3"]]],
            json: .object([JSONValue.Member("b", .array([.null, .bool(true), .number("1.50"), .number("7"), .number("x")])), JSONValue.Member("a", .string("s")), JSONValue.Member("a", .string("t"))]))
        #expect(try PrettyJSONEncoder().encode(corners) == Self.foundation(corners))
    }

    /// The whole real corpus, as `schema` prints it (every kind of field, example and rule).
    @Test func corpusSchemaMatchesJSONEncoder() throws {
        let corpus = Paths.root + "/../shared/corpus"
        let folders = ["vpc", "clb", "cvm"].map { corpus + "/" + $0 }
        guard folders.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
            Issue.record("the shared corpus is not at \(corpus)")
            return
        }
        let inputs = try SpecDiscovery.modules(forPaths: folders).modules
        let result = try Pipeline().run(inputs, through: .parse)
        let operations = result.modules.flatMap(\.pages).sorted { ($0.service, $0.action, $0.source.file) < ($1.service, $1.action, $1.source.file) }
        #expect(operations.count > 250)
        let document = APIDocument(operations: operations, structures: result.modules.flatMap(\.structures))
        #expect(try Pipeline.schemaJSON(operations, structures: result.modules.flatMap(\.structures)) == Self.foundation(document) + "\n")
    }
}
