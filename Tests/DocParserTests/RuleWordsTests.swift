@testable import DocParser
import DocDialects
import Foundation
import Testing
import TestSupport

/// `RuleReader.rules` tries no pattern on a description without one of ``RuleReader/ruleWords``.
/// That is only right if every match of every rule pattern holds one of the words: checked here
/// on every line of the shared corpus and the published trees, and on the patterns' examples.
@Suite(SharedPages.needed) struct RuleWordsTests {
    static let patterns: [Pattern] = RuleReader.requiredIfByName.map(\.pattern) + [
        RuleReader.requiredIfCompact, RuleReader.requiredIfByMeaning, RuleReader.requiredWhenOn,
        RuleReader.requiredWithout, RuleReader.oneOfTrigger,
    ]

    /// Every line of the Markdown pages under the shared corpus and trees.
    static func lines() throws -> [String] {
        SharedPages.all().flatMap { String(decoding: $0, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init) }
    }

    @Test func everyRuleMatchHoldsARuleWord() throws {
        let examples = RuleReader.requiredIfByName.map(\.example) + [
            "当 localIdentity 选为 address 时，localAddress 必填", "A 和 B 二选一", "ids 与 names 不能同时为空", "至少填写一个",
            "开启时imageOriginalSize必须正确填写", "新的证书内容，如果没有此项，则 newCertId 必填", "若 type 为 1，该参数需传入",
        ]
        let lines = try Self.lines() + examples
        try #require(lines.count > 50_000, "the shared corpus and trees are missing")
        var matched = 0
        for line in lines {
            for pattern in Self.patterns {
                for match in pattern.matches(in: line) {
                    matched += 1
                    #expect(RuleReader.ruleWordList.contains { match[0].contains($0) }, "\(match[0]) in \(line)")
                    #expect(RuleReader.ruleWords.mayOccur(in: line), "\(line)")
                }
            }
        }
        #expect(matched > 100)
    }
}
