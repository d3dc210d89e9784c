@testable import DocText
import Dispatch
import Foundation
import Testing

/// `Pattern` matches on ICU's C API (one clone per thread, the text in UTF-16 once per thread);
/// these hold it to `NSRegularExpression`, which it replaced, on the cases where the two could
/// part: bounds when matching from an index, characters outside the BMP, empty matches, groups
/// that take no part, empty texts, and several threads at once.
@Suite struct PatternEngineTests {
    /// What `NSRegularExpression` finds: each match's groups, from `from` (UTF-8 offset) on.
    static func foundation(_ pattern: String, _ text: String, from: Int = 0, all: Bool = true) throws -> [[String?]] {
        let regex = try NSRegularExpression(pattern: pattern, options: [])
        let start = text.utf8.index(text.startIndex, offsetBy: from)
        let range = NSRange(start..<text.endIndex, in: text)
        let results = all ? regex.matches(in: text, options: [], range: range) : regex.firstMatch(in: text, options: [], range: range).map { [$0] } ?? []
        return results.map { result in
            (0..<result.numberOfRanges).map { index in
                Range(result.range(at: index), in: text).map { String(text[$0]) }
            }
        }
    }

    static func engine(_ pattern: String, _ text: String, from: Int = 0, all: Bool = true) -> [[String?]] {
        let compiled = Pattern(pattern)
        let start = text.utf8.index(text.startIndex, offsetBy: from)
        let found = all ? compiled.matches(in: text) : compiled.firstMatch(in: text, from: start).map { [$0] } ?? []
        return found.map(\.groups)
    }

    static let cases: [(pattern: String, text: String)] = [
        (#"(\d+)\s*(?:-|~)\s*(\d+)"#, "取值范围：1~65535，默认 80"),
        (#"(?<=[，,])\s*([A-Za-z]+)"#, "可选值：a，b,c"),
        (#"^\s*([A-Z][a-z]+)"#, "  Hello world\nSecond"),
        (#"(?:^|\n)\s*API\s*[：:]\s*([A-Z]\w*)"#, "intro\nAPI: DescribeVpcs\n"),
        (#"(a)|(b)"#, "ab ba"),
        (#"x*"#, "axxb"),
        (#"😀(\p{Han}+)"#, "前😀中文😀字 e\u{301} 😀𠀀"),
        (#"[\x{1F600}-\x{1F64F}]"#, "a😀b😃c"),
        (#"\b\w+\b"#, ""),
        (#"(\p{Han}{1,4})(?:为|是)(\d)"#, "状态为1，类型是2；𠀀为3"),
    ]

    @Test func matchesAreNSRegularExpressions() throws {
        for (pattern, text) in Self.cases {
            #expect(Self.engine(pattern, text) == (try Self.foundation(pattern, text)), "\(pattern) in \(text)")
        }
    }

    /// From an index, the text before it is out of sight (as `NSRegularExpression` with a range
    /// does): `^` matches there and lookbehind does not see past it.
    @Test func firstMatchFromAnIndexSeesOnlyWhatFollows() throws {
        let text = "ab，cd😀，ef"
        for pattern in [#"^\w+"#, #"(?<=，)\w+"#, #"(?<![a-z])\w+"#, #"\w+$"#, "😀(，)"] {
            for from in [0, 1, 2, 5, 7, 11, text.utf8.count] where text.utf8.index(text.startIndex, offsetBy: from).samePosition(in: text.unicodeScalars) != nil {
                let mine = Self.engine(pattern, text, from: from, all: false)
                let theirs = try Self.foundation(pattern, text, from: from, all: false)
                #expect(mine == theirs, "\(pattern) from \(from)")
            }
        }
    }

    /// The match ranges point into the searched string (also past characters outside the BMP).
    @Test func rangesAreStringRanges() {
        let text = "𠀀😀 id-42 值"
        let match = Pattern(#"id-(\d+)"#).firstMatch(in: text)
        #expect(match.map { String(text[$0.range]) } == "id-42")
        #expect(match?[1] == "42")
    }

    /// Threads match on their own clones and texts: results do not depend on what another thread
    /// is matching at the same time.
    @Test func threadsDoNotShareMatchState() throws {
        let patterns = Self.cases.map { Pattern($0.pattern) }
        let expected = Self.cases.map { Self.engine($0.pattern, $0.text) }
        let results = Results(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { iteration in
            var agreed = true
            for round in 0..<50 {
                let index = (iteration + round) % Self.cases.count
                agreed = agreed && patterns[index].matches(in: Self.cases[index].text).map(\.groups) == expected[index]
            }
            results.set(iteration, agreed)
        }
        #expect(results.all)
    }

    /// Patterns made and dropped one after another (a new one may take a dropped one's memory)
    /// each match with their own expression: a thread's clones are never mixed up between them.
    @Test func patternsMadeAfterOthersWereDroppedMatchTheirOwnExpression() throws {
        let text = "取值范围：1~65535，可选值：a，b"
        let sources = [#"(\d+)\s*~\s*(\d+)"#, #"(?<=[，,])\s*([A-Za-z]+)"#, #"([a-z])"#]
        let expected = try sources.map { try Self.foundation($0, text) }
        for round in 0..<300 {
            let index = round % sources.count
            #expect(Pattern(sources[index]).matches(in: text).map(\.groups) == expected[index], "round \(round)")
        }
    }

    /// Patterns are compiled when first matched: many threads asking a new pattern at the same
    /// moment each get its matches.
    @Test func aNewPatternMatchedOnManyThreadsAtOnce() throws {
        for (pattern, text) in Self.cases {
            let expected = try Self.foundation(pattern, text)
            let shared = Pattern(pattern)
            let results = Results(count: 16)
            DispatchQueue.concurrentPerform(iterations: 16) { iteration in
                results.set(iteration, shared.matches(in: text).map(\.groups) == expected)
            }
            #expect(results.all, "\(pattern)")
        }
    }
}

/// One flag per iteration, each written by its own iteration only.
private final class Results: @unchecked Sendable {
    private var flags: [Bool]
    private let lock = NSLock()
    init(count: Int) { flags = Array(repeating: false, count: count) }
    func set(_ index: Int, _ value: Bool) { lock.lock(); flags[index] = value; lock.unlock() }
    var all: Bool { lock.lock(); defer { lock.unlock() }; return flags.allSatisfy { $0 } }
}
