import APISchema
import DocgenFind
import DocgenPipeline
import Foundation
import Testing

/// A docs checkout is an SDK: products found by the stated rule, named after their service,
/// pages that cannot be read left out of their module (unless strict), and the output a package
/// whose files name pages relative to the docs root.
@Suite struct DocsCheckoutTests {
    /// A classic page of `action` on `host` (an extra `bad` row makes it unreadable: a ragged row on line 9).
    static func page(_ action: String, host: String, bad: Bool = false) -> String {
        GeneratorSecurityTests.page(action: action, host: host, rows: ["| name | 否 | String | 名称 |"] + (bad ? ["| extra | 否 |"] : []))
    }

    /// A docs root of `pages` (paths below it → page text).
    static func docs(_ pages: [String: String]) throws -> String {
        let root = try Paths.scratch() + "/api"
        for (path, text) in pages {
            let file = root + "/" + path
            try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().path, withIntermediateDirectories: true)
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func run(_ root: String, partial: Bool = true) throws -> Pipeline.Outcome<Pipeline.Rendered> {
        let found = try SpecDiscovery.modules(under: root, relativeNames: true)
        var result = try Pipeline(partial: partial).render(found.modules)
        result.diagnostics = found.diagnostics + result.diagnostics
        return result
    }

    /// Rows: host → module name (API 2.0 `QCloud`, API 3.0 `TencentCloud`; short words are
    /// acronyms; regions and region templates are no part of the name).
    @Test(arguments: [
        ("vpc.api.qcloud.com", "QCloudVPC"), ("vpc.tencentcloudapi.com", "TencentCloudVPC"), ("cvm.api.qcloud.com", "QCloudCVM"),
        ("monitor.api.qcloud.com", "QCloudMonitor"), ("cmq-queue-{region}.api.qcloud.com", "QCloudCMQQueue"),
        ("kms-gz.api.tencentyun.com", "QCloudKMS"), ("lb.api.qcloud.com", "QCloudLB"), ("mongodb.api.qcloud.com", "QCloudMongodb"),
        ("cdn.api.cloud.tencent.com", "QCloudCDN"), ("recognition.image.myqcloud.com", nil), ("example.com", nil),
    ] as [(String, String?)])
    func modulesAreNamedAfterTheHost(_ host: String, _ name: String?) {
        #expect(ModuleNaming.moduleName(forHost: host) == name)
    }

    /// Categories hold products; a product keeps its pages in group folders or not; `API 3.0`
    /// groups categories; each product is named after its host, the two dialects of one service
    /// are two modules, and generated files name pages relative to the docs root.
    @Test func productsAreFoundByTheRuleAndNamedAfterTheirService() throws {
        let root = try Self.docs([
            "计算与网络/私有网络/创建.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
            "计算与网络/私有网络/组/删除.md": Self.page("DeleteVpc", host: "vpc.api.qcloud.com"),
            "存储与CDN/内容分发网络（海外）/01. 刷新/刷新.md": Self.page("RefreshOverseas", host: "cdn.api.qcloud.com"),
            "存储与CDN/内容分发网络（海外）/02. 查询/查询.md": Self.page("DescribeOverseas", host: "cdn.api.qcloud.com"),
            "API 3.0/网络/私有网络/创建.md": Self.page("CreateVpc", host: "vpc.tencentcloudapi.com"),
            "API文档公用部分/调用方式/签名.md": "# 签名方法\n\n说明。\n",
        ])
        let result = try Self.run(root)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let modules = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.input.spec.name, $0) })
        #expect(modules.keys.sorted() == ["QCloudCDN", "QCloudVPC", "TencentCloudVPC"])
        #expect(modules["QCloudVPC"]?.accepted.map(\.action).sorted() == ["CreateVpc", "DeleteVpc"])
        #expect(modules["QCloudCDN"]?.accepted.map(\.action).sorted() == ["DescribeOverseas", "RefreshOverseas"], "one product, pages in group folders")
        #expect(modules["QCloudVPC"]?.input.spec.sourceFolder == "计算与网络/私有网络")
        let source = try #require(modules["QCloudVPC"]?.accepted.first?.source.file)
        #expect(source == "计算与网络/私有网络/创建.md", "relative to the docs root")
        let files = modules["QCloudVPC"]?.files ?? []
        #expect(!files.contains { $0.contents.contains(root) }, "no absolute path in generated files")
        #expect(result.diagnostics.contains { $0.severity == .note && $0.message.contains("API文档公用部分/调用方式") })
    }

    /// Products of one host: a product whose pages call fewer hosts names first; a product left
    /// without a name of its own joins the module of its host when its actions are new there,
    /// and is a numbered module of its own when it documents the same actions again.
    @Test func productsOfOneHostShareByTheRule() throws {
        let root = try Self.docs([
            "安全/高防/a.md": Self.page("BGPIPSet", host: "bgpip.api.qcloud.com"),
            "安全/大禹/a.md": Self.page("BGPIPSet", host: "bgpip.api.qcloud.com"),
            "安全/大禹/b.md": Self.page("BGPIPGet", host: "bgpip.api.qcloud.com"),
            "安全/大禹/c.md": Self.page("DayuSet", host: "dayu.api.qcloud.com"),
            "存储/CDN/a.md": Self.page("RefreshUrl", host: "cdn.api.qcloud.com"),
            "存储/CDN海外/a.md": Self.page("RefreshOverseas", host: "cdn.api.qcloud.com"),
            "管理/密钥/a.md": Self.page("Encrypt", host: "kms-gz.api.tencentyun.com"),
            "量子/密钥/a.md": Self.page("Encrypt", host: "kms-gz.api.tencentyun.com"),
        ])
        let result = try Self.run(root)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let names = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.input.spec.sourceFolder, $0.input.spec.name) })
        #expect(names["安全/高防"] == "QCloudBgpip")
        #expect(names["安全/大禹"] == "QCloudDAYU")
        #expect(names["存储/CDN"] == "QCloudCDN" || names["存储/CDN海外"] == "QCloudCDN")
        #expect(result.modules.first { $0.input.spec.name == "QCloudCDN" }?.accepted.count == 2, "the overseas pages joined the CDN module")
        #expect(Set([names["管理/密钥"], names["量子/密钥"]]) == Set(["QCloudKMS", "QCloudKMS2"]))
    }

    /// A page that cannot be read is left out of its module with a located warning; the module
    /// is made from the other pages. Strict (the flag, or `strict: true`), it stops the run.
    @Test func aPageThatCannotBeReadIsLeftOutUnlessStrict() throws {
        let root = try Self.docs([
            "计算与网络/私有网络/a.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
            "计算与网络/私有网络/b.md": Self.page("DeleteVpc", host: "vpc.api.qcloud.com", bad: true),
        ])
        let partial = try Self.run(root)
        #expect(!partial.hasErrors, "\(partial.diagnostics)")
        let module = try #require(partial.modules.first)
        #expect(module.accepted.map(\.action) == ["CreateVpc"])
        #expect(module.leftOut.map(\.page) == ["计算与网络/私有网络/b.md"])
        #expect(partial.diagnostics.contains {
            $0.severity == .warning && $0.location.file == "计算与网络/私有网络/b.md" && $0.location.line == 9
                && $0.message.hasPrefix("left out of QCloudVPC: table row has 2 cells")
        })
        #expect(try Self.run(root, partial: false).hasErrors)
        try "strict: true\n".write(toFile: root + "/计算与网络/私有网络/docgen.yaml", atomically: true, encoding: .utf8)
        #expect(try Self.run(root).hasErrors, "strict: true in docgen.yaml")
    }

    /// A page that names no host takes its same-dialect siblings' host, with a warning (not
    /// strict); alone, or strict, it stays an error.
    @Test func aPageWithoutAHostTakesItsSiblingsHost() throws {
        let noHost = Self.page("DeleteVpc", host: "").replacingOccurrences(of: "接口请求域名：\n", with: "")
        let root = try Self.docs([
            "计算与网络/私有网络/a.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
            "计算与网络/私有网络/b.md": noHost,
        ])
        let partial = try Self.run(root)
        #expect(!partial.hasErrors, "\(partial.diagnostics)")
        #expect(partial.modules.first?.accepted.map { "\($0.action) \($0.host)" } == ["CreateVpc vpc.api.qcloud.com", "DeleteVpc vpc.api.qcloud.com"])
        #expect(partial.diagnostics.contains {
            $0.severity == .warning && $0.location.file == "计算与网络/私有网络/b.md"
                && $0.message == "the page gives no request domain (接口请求域名); using its siblings' host vpc.api.qcloud.com"
        })
        #expect(try Self.run(root, partial: false).hasErrors)
        let alone = try Self.docs(["计算与网络/私有网络/b.md": noHost])
        #expect(try Self.run(alone).modules.isEmpty)
    }

    /// Pages that name no host take the one an overview of their folder, or of the nearest folder
    /// above, names (网络安全（大禹）`棋牌盾配置接入文档/说明.md`: sign for shield.api.qcloud.com, not the
    /// dayugf.com host it also names), with a note, strict or not: the docs say it. Siblings with
    /// other hosts (dayu.api.qcloud.com, more of them) do not outvote it.
    @Test func aFolderOverviewGivesItsPagesTheHost() throws {
        let noHost = { (action: String) in Self.page(action, host: "").replacingOccurrences(of: "接口请求域名：\n", with: "") }
        let overview = """
            本文档提供棋牌盾下所有配置信息相关接口。**注意在计算签名时请使用<font color=red>shield.api.qcloud.com</font color=red>作为请求域名**，而非后文提到的shield-safe.api.dayugf.com

            ### 3.完整的请求形式
            查询实例列表 (ShieldGetServicePacks) 的请求域名为：shield-safe.api.dayugf.com。
            """
        let root = try Self.docs([
            "安全服务/网络安全（大禹）/高防/a.md": Self.page("BGPIPGetInfo", host: "dayu.api.qcloud.com"),
            "安全服务/网络安全（大禹）/高防/b.md": Self.page("BGPIPGetRules", host: "dayu.api.qcloud.com"),
            "安全服务/网络安全（大禹）/棋牌盾配置接入文档/说明.md": overview,
            "安全服务/网络安全（大禹）/棋牌盾配置接入文档/IP基本信息/c.md": noHost("ShieldIPRename"),
        ])
        for partial in [true, false] {
            let result = try Self.run(root, partial: partial)
            #expect(!result.hasErrors, "\(result.diagnostics)")
            #expect(result.modules.first?.accepted.map { "\($0.action) \($0.host)" }
                == ["BGPIPGetInfo dayu.api.qcloud.com", "BGPIPGetRules dayu.api.qcloud.com", "ShieldIPRename shield.api.qcloud.com"])
            #expect(result.diagnostics.contains {
                $0.severity == .note && $0.location.file == "安全服务/网络安全（大禹）/棋牌盾配置接入文档/IP基本信息/c.md"
                    && $0.message == "the page gives no request domain (接口请求域名); using shield.api.qcloud.com, which 安全服务/网络安全（大禹）/棋牌盾配置接入文档/说明.md names for its folder"
            })
        }
        // Overviews of one folder that name different hosts name none.
        try "接口请求域名：cvm.api.qcloud.com\n".write(toFile: root + "/安全服务/网络安全（大禹）/棋牌盾配置接入文档/简介.md", atomically: true, encoding: .utf8)
        #expect(try Self.run(root, partial: false).hasErrors)
    }

    /// Products keep English pages in folders of their own (`0英文文档/`): a page there pairs
    /// with the Chinese page of its action as its twin, wherever the two are.
    @Test func twinsPairAcrossFolders() throws {
        let english = """
            ## 1. API Description
            This API (CreateVpc) is used to create a VPC.
            Domain name for API request: vpc.api.qcloud.com

            ## 2. Input Parameters
            | Parameter Name | Required | Type | Description |
            |---|---|---|---|
            | name | No | String | The name. |

            ## 3. Output Parameters
            | Parameter Name | Type | Description |
            |---|---|---|
            | code | Int | Error code. |
            """
        let root = try Self.docs([
            "数据库/云缓存/接口/创建.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
            "数据库/云缓存/0英文文档/API/Create VPC.md": english,
        ])
        let result = try Self.run(root)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let operation = try #require(result.modules.first?.accepted.first)
        #expect(result.modules.first?.accepted.count == 1)
        #expect(operation.source.file == "数据库/云缓存/接口/创建.md")
        #expect(operation.summaryEn == "is used to create a VPC.", "paired with its English twin")
        #expect(!result.diagnostics.contains { $0.message.contains("is documented by 2 pages") }, "a twin is no second page")
    }

    /// A page of another protocol (a REST path on its own host, signed in an `Authorization`
    /// header) is recognised as such: one note when walking, never an error, and no module.
    @Test func aPageOfAnotherProtocolIsANote() throws {
        let rest = """
            ## 接口描述
            接口请求域名：`https://recognition.image.myqcloud.com/face/detect`
            本接口（detect）用于检测人脸。

            ## 请求头 header
            | 参数名 | 必选 | 值 | 描述 |
            |---|---|---|---|
            | host | 是 | recognition.image.myqcloud.com | 域名。 |
            | authorization | 是 | 鉴权签名 | 签名。 |

            ## 输入参数
            | 参数名 | 必选 | 类型 | 参数说明 |
            |---|---|---|---|
            | appid | 是 | String | 项目标识。 |

            ## 输出参数
            | 字段 | 类型 | 说明 |
            |---|---|---|
            | code | Int | 返回码。 |
            """
        let root = try Self.docs([
            "大数据与AI/人脸识别/人脸检测.md": rest,
            "计算与网络/私有网络/a.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
        ])
        for partial in [true, false] {
            let result = try Self.run(root, partial: partial)
            #expect(!result.hasErrors, "\(result.diagnostics)")
            #expect(result.modules.map(\.input.spec.name) == ["QCloudVPC"])
            #expect(result.diagnostics.contains {
                $0.severity == .note && $0.location.file == "大数据与AI/人脸识别/人脸检测.md" && $0.message.contains("another protocol")
            })
        }
    }

    /// Even strict by its docgen.yaml, a page the module would not use never blocks it: a
    /// deprecated copy with an error, of an action a readable page documents, is left out with a warning.
    @Test func aCopyTheModuleWouldNotUseNeverBlocksIt() throws {
        let root = try Self.docs([
            "计算与网络/私有网络/a.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
            "计算与网络/私有网络/废弃/a.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com", bad: true),
            "计算与网络/私有网络/docgen.yaml": "strict: true\n",
        ])
        let result = try Self.run(root)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.modules.first?.accepted.map(\.source.file) == ["计算与网络/私有网络/a.md"])
        #expect(result.diagnostics.contains { $0.severity == .warning && $0.location.file == "计算与网络/私有网络/废弃/a.md" })
        // `--strict` (and lint) still report the copy's errors; a page of its own action still stops a strict module.
        #expect(try Self.run(root, partial: false).hasErrors)
        try Self.page("DeleteVpc", host: "vpc.api.qcloud.com", bad: true).write(toFile: root + "/计算与网络/私有网络/b.md", atomically: true, encoding: .utf8)
        #expect(try Self.run(root).hasErrors)
    }

    /// `exclude:` in a docgen.yaml leaves folders and pages unread, each with its reason (a note);
    /// a path that leaves the folder is an error at its entry.
    @Test func excludedFoldersAreNotRead() throws {
        let root = try Self.docs([
            "计算与网络/私有网络/a.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
            "计算与网络/私有网络/废弃/b.md": Self.page("DeleteVpc", host: "vpc.api.qcloud.com", bad: true),
            "计算与网络/私有网络/docgen.yaml": "exclude:\n  - path: 废弃\n    reason: deprecated pages\n",
        ])
        let result = try Self.run(root, partial: false)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.modules.first?.accepted.map(\.action) == ["CreateVpc"])
        #expect(result.diagnostics.contains { $0.severity == .note && $0.message == "excluded (1 pages): 'deprecated pages'" })
        try "exclude:\n  - path: ../other\n    reason: r\n".write(toFile: root + "/计算与网络/私有网络/docgen.yaml", atomically: true, encoding: .utf8)
        let found = try SpecDiscovery.modules(under: root)
        #expect(found.diagnostics.map(\.message) == ["exclude path '../other' must be a folder or page inside this folder"])
    }

    /// The output is a package: a library product per module on the runtime, and an index with
    /// operation counts and the pages left out.
    @Test func theOutputIsAPackage() throws {
        let root = try Self.docs([
            "计算与网络/私有网络/a.md": Self.page("CreateVpc", host: "vpc.api.qcloud.com"),
            "计算与网络/私有网络/b.md": Self.page("DeleteVpc", host: "vpc.api.qcloud.com", bad: true),
        ])
        let modules = try Self.run(root).modules
        let files = SDKPackage.files(for: modules, source: "api", runtime: .path("/src/qcloud-docgen"))
        let manifest = try #require(files.first { $0.name == "Package.swift" }?.contents)
        #expect(manifest.hasPrefix("// swift-tools-version:6.0\n// Generated by qcloud-docgen"))
        #expect(manifest.contains(#".library(name: "QCloudVPC", targets: ["QCloudVPC"])"#))
        #expect(manifest.contains(#".package(path: "/src/qcloud-docgen")"#))
        #expect(manifest.contains(#".product(name: "QCloudRuntime", package: "qcloud-docgen")"#))
        let index = try #require(files.first { $0.name == "README.md" }?.contents)
        #expect(index.contains("| QCloudVPC | VPCClient | 1 | 1 | 计算与网络/私有网络 |"))
        #expect(index.contains("- QCloudVPC: `计算与网络/私有网络/b.md`: table row has 2 cells"))
        let output = try Paths.scratch() + "/SDK"
        let folder = OutputFolder(path: output, packageFiles: files)
        try folder.write(modules, folder.changes(for: modules))
        #expect(FileManager.default.fileExists(atPath: output + "/Sources/QCloudVPC/CreateVpc.swift"))
        #expect(!SDKPackage.isInsidePackage(output), "its own manifest does not make it a package's folder")
        #expect(SDKPackage.isInsidePackage(Paths.root + "/Generated"))
    }
}
