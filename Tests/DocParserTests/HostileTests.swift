import APISchema
import DocParser
import Foundation
import Testing

/// Hostile and broken pages (Fixtures/Hostile, expectations in EXPECTED.tsv): each ends in a
/// located error, is skipped as no operation with a located warning (an empty page), or reads
/// cleanly (its Swift is then compiled by Scripts/compile-corpus.sh).
/// None may crash or take long.
@Suite struct HostileTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var page: String
        var compiles: Bool
        var skipped: Bool
        var line: Int
        var message: String
        var testDescription: String { page }
    }

    static let folder = Paths.fixtures + "/Hostile"

    static let expectations: [Expectation] = {
        guard let text = try? String(contentsOfFile: folder + "/EXPECTED.tsv", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2 else { return nil }
            return Expectation(page: cells[0], compiles: cells[1] == "compiles", skipped: cells[1] == "skipped",
                               line: cells.count > 2 ? Int(cells[2]) ?? 0 : 0, message: cells.count > 3 ? cells[3] : "")
        }
    }()

    @Test func everyPageHasAnExpectation() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".md") }.sorted()
        #expect(pages.count >= 40)
        #expect(pages == Self.expectations.map(\.page).sorted())
    }

    @Test(arguments: expectations)
    func endsAsExpected(_ expectation: Expectation) {
        let start = Date()
        let result = DocParser.parse(Paths.bytes(Self.folder + "/" + expectation.page), file: expectation.page)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(result.diagnostics.allSatisfy { $0.location.file == expectation.page && $0.location.line >= 1 && ($0.location.column ?? 1) >= 1 })
        #expect(result.diagnostics.allSatisfy { !$0.description.dropFirst().contains("\n") }, "one line per diagnostic")
        let errors = result.diagnostics.filter { $0.severity == .error }
        if expectation.compiles {
            #expect(errors.isEmpty, "\(errors)")
            #expect(result.operation != nil)
        } else if expectation.skipped {
            #expect(errors.isEmpty, "\(errors)")
            #expect(result.operation == nil && result.kind != .operation)
            #expect(result.diagnostics.contains { $0.severity == .warning && $0.location.line == expectation.line && $0.message.hasPrefix(expectation.message) })
        } else {
            #expect(errors.contains { $0.location.line == expectation.line && $0.message.hasPrefix(expectation.message) }, "\(errors)")
        }
    }

    static func page(rows: Int, descriptionBytes: Int) -> [UInt8] {
        var text = "## 1. 接口描述\n本接口（Big）用于测试。\n接口请求域名：hostile.api.qcloud.com\n\n"
        let filler = String(repeating: "很长的描述，", count: max(1, descriptionBytes / 18))
        text += filler + "\n\n## 2. 输入参数\n| 参数名称 | 必选 | 类型 | 描述 |\n|---|---|---|---|\n"
        for index in 0..<rows { text += "| p\(index) | 否 | String | 第\(index)个，不得超过\(index % 100 + 1)个字符。 |\n" }
        text += "\n## 3. 输出参数\n| 参数名称 | 类型 | 描述 |\n|---|---|---|\n| code | Int | 错误码 |\n"
        return Array(text.utf8)
    }

    @Test func tenMegabytePage() {
        let bytes = Self.page(rows: 5, descriptionBytes: 10_000_000)
        #expect(bytes.count > 10_000_000)
        let start = Date()
        let result = DocParser.parse(bytes, file: "big.md")
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(result.operation?.input.count == 5)
    }

    @Test func tenThousandRows() {
        let start = Date()
        let result = DocParser.parse(Self.page(rows: 10_000, descriptionBytes: 10), file: "rows.md")
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(result.operation?.input.count == 10_000)
        #expect(result.operation?.input.last?.maxLength == 100)
    }
}
