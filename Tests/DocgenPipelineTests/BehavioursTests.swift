import APISchema
import DocgenConfig
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
            let result = try Pipeline().run(found.modules, through: .resolve)
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
        // 51 operations of the dev trees have an item offset, a limit and a total with one list
        // (the note lists them); a change of the rule that loses or gains many shows here.
        #expect((45...60).contains(paged.count), "\(paged.count) paged operations")
        #expect(paged["vpc DescribeVpcEx"] == Pagination(offset: "offset", limit: "limit", total: ["totalCount"], items: ["data"]))
        #expect(paged["vpc DescribeAddressGroups"] == Pagination(offset: "offset", limit: "limit", total: ["data", "totalCount"], items: ["data", "data"]))
        // `offset | 起始页`: a page number, not an item offset.
        #expect(paged["vpc DescribeAcl"] == nil)
        #expect(paged["cbs DescribeDisks"] == Pagination(offset: "Offset", limit: "Limit", total: ["TotalCount"], items: ["DiskSet"]))
        // Offset and limit without a total and one list: no paginator (the page says nothing
        // that tells when to stop).
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
        let result = try Pipeline().run(found.modules, through: .render)
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
        let result = try Pipeline().run(found.modules, through: .resolve)
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
