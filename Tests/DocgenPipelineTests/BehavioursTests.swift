import APISchema
import DocResolver
import DocgenConfig
import DocgenFind
import DocgenPipeline
import Foundation
import TestSupport
import Testing

/// Paging found by rule in the dev products; retries and waiters from docgen.yaml, checked.
@Suite struct BehavioursTests {
    /// The dev products' folders in the published docs, by short name.
    static let products = [
        "vpc": "计算与网络/私有网络", "clb": "计算与网络/负载均衡", "ccs": "计算与网络/容器服务", "cmq": "计算与网络/消息队列",
        "as": "计算与网络/弹性伸缩", "monitor": "监控与管理/云监控", "cbs": "计算与网络/云硬盘", "batch": "计算与网络/批量计算",
    ]

    /// Actions of the dev products that page, by the rule (each product's folder as one module).
    static func pagedActions() throws -> [String: Pagination] {
        var paged: [String: Pagination] = [:]
        for (product, folder) in products {
            let found = try SpecDiscovery.modules(forPaths: [SharedPages.docs + "/" + folder])
            let result = try Pipeline().resolve(found.modules)
            for module in result.modules {
                for operation in module.accepted {
                    if let paging = operation.pagination { paged[product + " " + operation.action] = paging }
                }
            }
        }
        return paged
    }

    @Test(SharedPages.needed) func theDevTreesPageByTheRule() throws {
        let paged = try Self.pagedActions()
        // 51 operations of the dev trees had an item offset, a limit and a total with one list;
        // page numbers, totals at another level than the list and offsets without a total add
        // the rest. A change of the rule that loses or gains many shows here.
        #expect((52...70).contains(paged.count), "\(paged.count) paged operations")
        #expect(paged["vpc DescribeVpcEx"] == Pagination(offset: "offset", limit: "limit", total: ["totalCount"], items: ["data"]))
        #expect(paged["vpc DescribeAddressGroups"] == Pagination(offset: "offset", limit: "limit", total: ["data", "totalCount"], items: ["data", "data"]))
        // `offset | 起始页`: a page number, not an item offset.
        #expect(paged["vpc DescribeAcl"]?.firstPage == 1)
        #expect(paged["cbs DescribeDisks"] == Pagination(offset: "Offset", limit: "Limit", total: ["TotalCount"], items: ["DiskSet"]))
        // Offset and limit with no list to page (a misread table) or several: no paginator.
        #expect(paged["vpc DescribeFlowLogs"] == nil)
        #expect(paged["as DescribeScalingPolicy"] == nil)
    }

    static func seedWithTaskPage(config: String) throws -> String {
        let folder = try ErrataTests.seedFolder(config: config)
        try FileManager.default.copyItem(atPath: Paths.root + "/specs/vpc/DescribeVpcTaskResult.md",
                                        toPath: folder + "/DescribeVpcTaskResult.md")
        return folder
    }

    @Test func aWaiterAndARetrySettingReachTheGeneratedCode() throws {
        let folder = try Self.seedWithTaskPage(config: """
            retries:
              - action: DescribeVpcTaskResult
                ambiguous: false
                reason: checked by hand
            waiters:
              - action: AddVpnConnEx
                taskId: data.taskId
                poll: DescribeVpcTaskResult
                pollParameter: taskId
                status: data.status
                success: [0]
                failure: [1]
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = try SpecDiscovery.module(at: folder)
        let result = try Pipeline().render(found.modules)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let files = result.modules.first?.files ?? []
        let seed = files.first { $0.name == "AddVpnConnEx.swift" }?.contents ?? ""
        let poll = files.first { $0.name == "DescribeVpcTaskResult.swift" }?.contents ?? ""
        #expect(seed.contains("public func waitUntilAddVpnConnExDone(taskId: Swift.Int"))
        #expect(seed.contains("DescribeVpcTaskResult.Request(taskId: taskId)"))
        #expect(poll.contains("public static let retriesAmbiguousFailures: Swift.Bool = false"))
    }

    @Test func settingsThatNameNothingAreLocatedErrors() throws {
        let folder = try Self.seedWithTaskPage(config: """
            retries:
              - action: NoSuchAction
                ambiguous: true
                reason: typo
            waiters:
              - action: AddVpnConnEx
                taskId: data.noSuchMember
                poll: DescribeVpcTaskResult
                pollParameter: taskId
                status: data.status
                success: [0]
                failure: [1]
            """)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let found = try SpecDiscovery.module(at: folder)
        let result = try Pipeline().resolve(found.modules)
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        // Each at its own entry's line.
        #expect(errors.contains { $0.hasPrefix(folder + "/docgen.yaml:2:5: error: docgen.yaml retries: no operation NoSuchAction") })
        #expect(errors.contains { $0.hasPrefix(folder + "/docgen.yaml:6:5: error: docgen.yaml waiters (AddVpnConnEx): AddVpnConnEx's response has no integer or string member data.noSuchMember") })
    }

    @Test func malformedEntriesAreRefusedWhereTheyAre() throws {
        let bad = """
            waiters:
              - action: AddVpnConnEx
                poll: DescribeVpcTaskResult
            """
        #expect { _ = try ConfigLoader.parse(Data(bad.utf8), file: "docgen.yaml") } throws: { error in
            "\(error)".contains("docgen.yaml:2:") && "\(error)".contains("a waiters entry without taskId")
        }
        let wrongKey = "retries:\n  - action: X\n    ambigous: true\n    reason: r\n"
        #expect { _ = try ConfigLoader.parse(Data(wrongKey.utf8), file: "docgen.yaml") } throws: { error in
            "\(error)".contains("docgen.yaml:3:5") && "\(error)".contains("unknown key 'ambigous'")
        }
    }
}

/// The paging rule, one row per shape the docs use (``PaginationRule``), on tables written here.
@Suite struct PaginationRuleTests {
    static func field(_ name: String, _ type: FieldType, _ description: String = "", fields: [Field]? = nil) -> Field {
        var field = Field(name: name, type: type, required: false, description: description, source: SourceLocation(file: "A.md", line: 1, column: 1))
        field.fields = fields
        return field
    }

    static func find(_ input: [Field], _ output: [Field]) -> Pagination? {
        PaginationRule.find(APISchema.Operation(action: "DescribeThings", service: "x", host: "x.api.qcloud.com", path: "/", summary: "",
                                                source: SourceLocation(file: "A.md", line: 1, column: 1), input: input, output: output))
    }

    static let items = field("things", .array)

    @Test func shapes() {
        let offsetLimit = [Self.field("offset", .integer, "偏移量"), Self.field("limit", .integer)]
        // Item offset; the total and the list at one level, or at two.
        #expect(Self.find(offsetLimit, [Self.field("totalCount", .integer), Self.items])
                == Pagination(offset: "offset", limit: "limit", total: ["totalCount"], items: ["things"]))
        #expect(Self.find(offsetLimit, [Self.field("totalCount", .integer), Self.field("data", .object, fields: [Self.items])])
                == Pagination(offset: "offset", limit: "limit", total: ["totalCount"], items: ["data", "things"]))
        // No total: ends at a short page.
        #expect(Self.find(offsetLimit, [Self.field("data", .object, fields: [Self.items])])
                == Pagination(offset: "offset", limit: "limit", total: nil, items: ["data", "things"]))
        // Page numbers, from 1 unless the description says 0.
        #expect(Self.find([Self.field("pageNo", .integer, "第几页，首页从1开始"), Self.field("pageSize", .integer)], [Self.field("totalCnt", .integer), Self.items])
                == Pagination(offset: "pageNo", limit: "pageSize", total: ["totalCnt"], items: ["things"], firstPage: 1))
        #expect(Self.find([Self.field("page", .integer, "分页号，从0开始"), Self.field("rows", .integer)],
                          [Self.field("data", .object, fields: [Self.field("totalNum", .integer), Self.items])])
                == Pagination(offset: "page", limit: "rows", total: ["data", "totalNum"], items: ["data", "things"], firstPage: 0))
        #expect(Self.find([Self.field("offset", .integer, "起始页"), Self.field("limit", .integer)], [Self.field("total", .integer), Self.items])?.firstPage == 1)
        // Numbers written as strings (API 3.0 VPC).
        #expect(Self.find([Self.field("Offset", .string), Self.field("Limit", .string)], [Self.field("TotalCount", .integer), Self.field("Set", .array)])
                == Pagination(offset: "Offset", limit: "Limit", total: ["TotalCount"], items: ["Set"]))
        // A total named for what it counts must count the list.
        #expect(Self.find(offsetLimit, [Self.field("taskTotalCount", .integer), Self.field("tasks", .array)])?.total == ["taskTotalCount"])
        #expect(Self.find(offsetLimit, [Self.field("record_total", .integer), Self.field("dnspod_ns", .array)]) == nil)
        // Two lists, or an offset without a limit: no paginator.
        #expect(Self.find(offsetLimit, [Self.field("total", .integer), Self.items, Self.field("others", .array)]) == nil)
        #expect(Self.find([Self.field("offset", .integer)], [Self.field("total", .integer), Self.items]) == nil)
    }
}
