import APISchema
import DocParser
import DocgenFind
import DocgenPipeline
import Foundation
import TestSupport
import Testing

/// The real corpus (../shared/corpus): every page, primary and older copies, reads without
/// errors into one operation with the right action and host, and the counts are printed.
@Suite(SharedPages.needed) struct CorpusTests {
    static let products = ["vpc", "clb", "cvm"]

    static func pages(_ product: String) throws -> [String] {
        try PageFiles.expand([Paths.corpus + "/" + product])
    }

    @Test(arguments: products)
    func everyPageReads(_ product: String) throws {
        let files = try Self.pages(product)
        try #require(files.count > 0, "the corpus is missing at \(Paths.corpus)")
        var counts: [String: Int] = [:]
        for file in files {
            let result = DocParser.parse(Paths.bytes(file), file: file)
            let errors = result.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors)")
            guard let op = result.operation else {
                Issue.record("\(file): no operation")
                continue
            }
            // The file name is a convenience the parser never reads; here it checks the answer.
            let expected = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                .components(separatedBy: "__")[0]
            #expect(op.action == expected, "\(file)")
            #expect(op.host.hasSuffix(".api.qcloud.com"), "\(file): \(op.host)")
            #expect(!op.output.isEmpty, "\(file): no output fields")
            Self.count(op, into: &counts)
        }
        let line = ["operations", "fields", "enums", "defaults", "ranges", "maxLengths", "rules", "errors"]
            .map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        print("corpus \(product): \(files.count) pages: \(line)")
    }

    static func count(_ op: APISchema.Operation, into counts: inout [String: Int]) {
        counts["operations", default: 0] += 1
        counts["rules", default: 0] += op.rules.count
        counts["errors", default: 0] += op.errors.count
        func walk(_ fields: [Field]) {
            for field in fields {
                counts["fields", default: 0] += 1
                let facts = field.type == .array ? (field.item ?? field) : field
                if facts.enum != nil { counts["enums", default: 0] += 1 }
                if facts.default != nil { counts["defaults", default: 0] += 1 }
                if facts.minimum != nil || facts.maximum != nil { counts["ranges", default: 0] += 1 }
                if facts.maxLength != nil { counts["maxLengths", default: 0] += 1 }
                walk(field.fields ?? [])
                walk(field.item?.fields ?? [])
            }
        }
        walk(op.input)
        walk(op.output)
    }

    @Test func documentedDocBugsAreFound() throws {
        func warnings(_ page: String) -> [String] {
            let file = Paths.corpus + "/" + page
            return DocParser.parse(Paths.bytes(file), file: page).diagnostics.filter { $0.severity == .warning }.map(\.message)
        }
        #expect(warnings("vpc/AcceptVpcPeeringConnectionEx.md").contains("example calls Action=AcceptVpcPeeringConnection, but the page documents AcceptVpcPeeringConnectionEx"))
        #expect(warnings("vpc/RunVpnGw.md").contains("example omits the required parameter 'period'") == false)
        #expect(warnings("vpc/DescribeSubnet.md").contains("example omits the required parameter 'vpcId'"))
        #expect(warnings("vpc/CreateVpc.md").contains { $0.contains("'uniqVpcId', which the output table does not document") })
        #expect(warnings("vpc/SetSSLVpnDomain.md").contains { $0.contains("'vpc-39lpv32n' of 'vpcId' is not an integer") })
        #expect(warnings("vpc/DescribeSubnetEx.md").contains { $0.contains("not valid JSON") })
    }
}
