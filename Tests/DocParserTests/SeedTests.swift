import APISchema
import DocParser
import DocgenPipeline
import Foundation
import Testing

/// The seed page, fact by fact, and its whole schema pinned as a golden file.
@Suite struct SeedTests {
    static func seed() throws -> (APISchema.Operation, [Diagnostic]) {
        let result = DocParser.parse(Paths.bytes(Paths.seed), file: "specs/vpc/AddVpnConnEx.md")
        return (try #require(result.operation), result.diagnostics)
    }

    func field(_ path: String, in fields: [Field]) -> Field? {
        var current: Field?
        var list = fields
        for name in path.split(separator: ".") {
            current = list.first { $0.name == name }
            list = current?.fields ?? []
        }
        return current
    }

    @Test func facts() throws {
        let (op, diagnostics) = try Self.seed()
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(op.action == "AddVpnConnEx" && op.host == "vpc.api.qcloud.com" && op.path == "/v2/index.php")
        #expect(op.summary == "用于创建VPN通道。")
        #expect(op.input.count == 9)
        #expect(op.input.map(\.required) == [true, true, true, true, true, false, false, false, false])
        let cidr = try #require(field("userGwCidrBlock", in: op.input))
        #expect(cidr.type == .array && cidr.item?.type == .string)
        #expect(field("spdAcl", in: op.input)?.type == .json)
        #expect(field("IKESet", in: op.input)?.type == .object)
        #expect(field("IKESet", in: op.input)?.fields?.count == 12)
        #expect(field("IPsecSet", in: op.input)?.fields?.count == 4)
        let encryption = try #require(field("IKESet.propoEncryAlgorithm", in: op.input))
        #expect(encryption.enum?.count == 5 && encryption.default == "3des-cbc")
        let ike = try #require(field("IKESet.ikeSaLifetimeSeconds", in: op.input))
        #expect(ike.type == .integer && ike.minimum == 60 && ike.maximum == 604800)
        let traffic = try #require(field("IPsecSet.ipsecSaLifetimeTraffic", in: op.input))
        #expect(traffic.minimum == 2560 && traffic.maximum == 604800)
        let pfs = try #require(field("IPsecSet.pfsDhGroup", in: op.input))
        #expect(pfs.enum?.count == 6 && pfs.enum?.contains(EnumValue(value: "null")) == true)
        #expect(field("vpnConnName", in: op.input)?.maxLength == 60)
        #expect(field("IPsecSet.integrityAlgorith", in: op.input) != nil, "the doc's spelling is the wire name")

        #expect(op.rules.filter { $0.kind == .atLeastOne }.map(\.fields) == [["userGwCidrBlock", "spdAcl"]])
        let requiredIf = op.rules.filter { $0.kind == .requiredIf }.map { "\($0.field ?? "")|\($0.when ?? "")|\($0.equals ?? "")" }
        #expect(requiredIf == [
            "IKESet.localAddress|IKESet.localIdentity|address", "IKESet.remoteAddress|IKESet.remoteIdentity|address",
            "IKESet.localFqdnName|IKESet.localIdentity|fqdn", "IKESet.remoteFqdnName|IKESet.remoteIdentity|fqdn",
        ])
        #expect(op.output.map(\.name) == ["code", "message", "data"])
        #expect(field("data.taskId", in: op.output)?.type == .integer)
        #expect(op.errors.count == 5)
        let example = try #require(op.examples.first)
        #expect(example.request.count == 5)
        #expect(example.response?["data"]?["taskId"] == .number("12613"))
    }

    @Test func docBugsAreWarnings() throws {
        let (_, diagnostics) = try Self.seed()
        let warnings = diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains("specs/vpc/AddVpnConnEx.md:76:1: warning: example omits the required parameter 'vpnConnName'"))
        #expect(warnings.contains { $0.hasPrefix("specs/vpc/AddVpnConnEx.md:93:9: warning: example response has 'data.vpnGwId'") })
    }

    /// The whole schema of the seed. Run with UPDATE_GOLDEN=1 to rewrite it after a deliberate change.
    @Test func golden() throws {
        let (op, _) = try Self.seed()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let actual = String(decoding: try encoder.encode(APIDocument(operations: [op])), as: UTF8.self) + "\n"
        let path = Paths.fixtures + "/AddVpnConnEx.schema.json"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        if actual != expected {
            Issue.record("schema differs from the golden file (- golden, + now):\n\(TextDiff.lines(expected, actual).joined(separator: "\n"))")
        }
    }
}
