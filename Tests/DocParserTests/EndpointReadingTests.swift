import Testing
import APISchema
@testable import DocParser

/// Where a page says its requests go: only labelled lines give a host (`接口请求域名：`, `域名：`,
/// `Domain for API request:`), and request-address lines (`请求地址：`) give a host and a path.
/// The sentences are the docs' own.
@Suite struct EndpointReadingTests {
    /// A page with `lines` between its description and its input table.
    private func page(_ lines: [String], action: String = "CdnPusherV2") -> PageResult {
        let text = (["## 1. 接口描述", "本接口（\(action)）用于测试。"] + lines
            + ["## 2. 输入参数", "| 参数名称 | 必选 | 类型 | 描述 |", "|---|---|---|---|", "| urls.n | 是 | String | 预热 URL |",
               "## 3. 输出参数", "| 参数名称 | 类型 | 描述 |", "|---|---|---|", "| code | Int | 错误码 |"]).joined(separator: "\n")
        return DocParser.parse(Array(text.utf8), file: "p.md")
    }

    /// 内容分发网络（大客户）预热URL任务提交: a customer's domain in a sentence above the labelled
    /// request domain used to be taken for the host (signed requests to www.abc.com).
    @Test func aDomainInASentenceIsNotTheHost() throws {
        let result = page(["+ 限速是针对域名维度进行，若设置了限速为 1Mbps，假设预热资源`http://www.abc.com/1.mkv`时，向域名`www.abc.com`配置的源站拉取资源时，全网节点总回源速度会控制在 1Mbps 左右。",
                           "", "接口请求域名：cdn.api.qcloud.com"])
        let operation = try #require(result.operation)
        #expect(operation.host == "cdn.api.qcloud.com")
        #expect(!result.diagnostics.contains { $0.severity == .error })
    }

    /// With only sentences naming domains (动态加速网络 `查询域名 dsa.test.qcloud.com 的…`), the page
    /// has no host: an error, never a customer's domain.
    @Test func sentencesAloneGiveNoHost() {
        let result = page(["查询域名 dsa.test.qcloud.com 2018-04-19的带宽监控数据，查询时间粒度5分钟。",
                           "根据查询结果，可以利用负载均衡实例的 VIP ： `119.28.168.196` 或者域名`20de02-0.gz.1251000011.clb.myqcloud.com`访问。"])
        #expect(result.operation?.host.isEmpty ?? true)
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message == DocParser.missingHostMessage })
    }

    /// Labels the docs write: at a line's start (a list item, a `<br>` line), `请求域名` anywhere, English.
    @Test(arguments: [
        ("<br> 域名：`csec.api.qcloud.com`", "csec.api.qcloud.com"),
        ("域名：`dsa.api.qcloud.com`", "dsa.api.qcloud.com"),
        ("- 外网接口请求域名 `https://cmq-queue-{$region}.api.qcloud.com`", "cmq-queue-{region}.api.qcloud.com"),
        ("查询实例列表 (DescribeVpcEx) 的请求域名为：vpc.api.qcloud.com", "vpc.api.qcloud.com"),
        ("Domain for API request: cdn.api.qcloud.com", "cdn.api.qcloud.com"),
    ])
    func labelledLinesGiveTheHost(line: String, host: String) throws {
        let operation = try #require(page([line]).operation)
        #expect(operation.host == host)
    }

    /// The host named as the one to sign for comes before any other request domain the page
    /// names (棋牌盾配置接入文档 `说明.md`), inline tags around it or not.
    @Test(arguments: [
        "**注意在计算签名时请使用<font color=red>shield.api.qcloud.com</font color=red>作为请求域名**，而非后文提到的shield-safe.api.dayugf.com",
        "计算签名时请使用 `shield.api.qcloud.com` 作为请求域名。",
        "Use shield.api.qcloud.com as the request domain when computing the signature.",
    ])
    func theHostToSignForComesFirst(line: String) throws {
        let operation = try #require(page([line, "", "查询实例列表 (ShieldGetServicePacks) 的请求域名为：shield-safe.api.dayugf.com。"]).operation)
        #expect(operation.host == "shield.api.qcloud.com")
    }

    /// `请求地址：` with the URL in the code block under it gives the host and the path.
    @Test func aRequestAddressGivesHostAndPath() throws {
        let result = page(["POST 请求时，参数填充在 HTTP Request-body 中，请求地址：", "```", "https://cdn.api.qcloud.com/v3/push.php", "```"])
        let operation = try #require(result.operation)
        #expect(operation.host == "cdn.api.qcloud.com")
        #expect(operation.path == "/v3/push.php")
        #expect(!result.diagnostics.contains { $0.severity == .error })
    }

    /// A `### 请求地址` heading labels the code block under it; `Request address:` in English.
    @Test func addressHeadingsAndEnglishLabels() throws {
        let heading = try #require(page(["### 请求地址", "```", "https://dsa.api.qcloud.com/v2/index.php", "```"]).operation)
        #expect(heading.host == "dsa.api.qcloud.com")
        #expect(heading.path == "/v2/index.php")
        let english = try #require(page(["For POST request, the parameters need to be filled in the HTTP Request-body. Request address: https://cdn.api.cloud.tencent.com/v2/cdn.php"]).operation)
        #expect(english.host == "cdn.api.cloud.tencent.com")
        #expect(english.path == "/v2/cdn.php")
    }

    /// The request domain and the address agree: the address's path is used. They disagree: the
    /// domain wins, with a warning at the address, and the path stays the dialect's.
    @Test func theDomainAndTheAddressAreCompared() throws {
        let agreeing = try #require(page(["接口请求域名：cdn.api.qcloud.com", "", "请求地址：https://cdn.api.qcloud.com/v2/other.php"]).operation)
        #expect(agreeing.path == "/v2/other.php")
        let result = page(["接口请求域名：cdn.api.qcloud.com", "", "请求地址：https://dsa.api.qcloud.com/v2/other.php"])
        let operation = try #require(result.operation)
        #expect(operation.host == "cdn.api.qcloud.com")
        #expect(operation.path == "/v2/index.php")
        let warning = try #require(result.diagnostics.first { $0.message.contains("request address names the host dsa.api.qcloud.com") })
        #expect(warning.location.line == 5)
    }
}
