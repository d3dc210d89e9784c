import APISchema
@testable import DocParser

/// A small v2 page for tests: action `action` on `a.api.qcloud.com`, the input rows
/// (`| name | 否 | type | description |`, the first on line 6), the output rows, and any lines after
/// the output table (more tables, examples).
enum TestPage {
    static func text(action: String = "A", input: [String], output: [String] = ["| code | Int | 错误码 |"], after: [String] = []) -> String {
        (["## 接口描述", "本接口（\(action)）用于测试。接口请求域名：a.api.qcloud.com", "## 输入参数",
          "| 参数名称 | 必选 | 类型 | 描述 |", "|---|---|---|---|"] + input
            + ["## 输出参数", "| 参数名称 | 类型 | 描述 |", "|---|---|---|"] + output + after).joined(separator: "\n")
    }

    /// The page read as `file`.
    static func parse(action: String = "A", input: [String], output: [String] = ["| code | Int | 错误码 |"], after: [String] = [],
                      file: String = "t.md") -> PageResult {
        DocParser.parse(Array(text(action: action, input: input, output: output, after: after).utf8), file: file)
    }
}
