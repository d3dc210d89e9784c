@testable import DocText
import TestSupport
import Testing

/// The text every match of a pattern needs, read from the expression: one row per construct
/// the parser's patterns use (literal runs, alternatives, classes, quantifiers, groups,
/// lookarounds, escapes, flags).
@Suite struct RequiredTextTests {
    @Test(arguments: [
        // Literal runs join into one word; the longest run is the most selective.
        (#"本接口取值\s*[：:]"#, [["本接口取值"], ["：", ":"]], false),
        (#"abc"#, [["abc"]], false),
        // Alternatives: a word of any branch.
        (#"(?:可选值|取值范围|有效值)\s*[：:]"#, [["可选值", "取值范围", "有效值"], ["：", ":"]], false),
        (#"x(?:a|)y"#, [["xay", "xy"]], false),
        // Optional parts ask for nothing; `+` and `{1,}` keep what they repeat, not its run.
        (#"ab?c"#, [["a"], ["c"]], false),
        (#"a+bc"#, [["bc"], ["a"]], false),
        (#"(?:ab){2,3}cd"#, [["ab"], ["cd"]], false),
        // Digits: `\d`, `[0-9]`, `[01]`.
        (#"(\d+)\s*个字符"#, [["个字符"]], true),
        (#"[0-3][0-9]"#, [], true),
        (#"\d?"#, [], false),
        // Escaped characters are themselves; `\s`, `\p{…}`, `.` ask for nothing.
        (#"\{\$?region\}"#, [["region}"], ["{"]], false),
        (#"a\.b"#, [["a.b"]], false),
        (#"\p{Han}+为"#, [["为"]], false),
        (#"a.b"#, [["a"], ["b"]], false),
        // Anchors and `\b` are zero-width: the run goes on across them.
        (#"^ab\bcd$"#, [["abcd"]], false),
        // Lookarounds: positive ones are in the text, negative ones ask for nothing.
        (#"ab(?=cd)"#, [["abcd"]], false),
        (#"(?<=x)yz"#, [["xyz"]], false),
        (#"ab(?!cd)e"#, [["abe"]], false),
        // A class of up to eight characters is one of them; a larger, negated or property class
        // asks for nothing.
        (#"[abcdef]x"#, [["ax", "bx", "cx", "dx", "ex", "fx"]], false),
        (#"[abcdefghij]x"#, [["x"]], false),
        (#"[^a]x"#, [["x"]], false),
        (#"[\p{Han}a]x"#, [["x"]], false),
        // Small classes and alternatives join their neighbours into every spelling (at most 16).
        (#"本接口[（(]"#, [["本接口（", "本接口("]], false),
        (#"[Jj][Ss][Oo][Nn]"#, [["JSON", "JSOn", "JSoN", "JSon", "JsON", "JsOn", "JsoN", "Json", "jSON", "jSOn", "jSoN", "jSon", "jsON", "jsOn", "jsoN", "json"]], false),
        (#"(?:为|是)\s*[：:]"#, [["为", "是"], ["：", ":"]], false),
        (#"x(?:ab|cd)y"#, [["xaby", "xcdy"]], false),
        // Case-insensitive anywhere: no words (case could change them), digits still.
        (#"(?i)json\s*\d"#, [], true),
        (#"a(?i:bc)d"#, [], false),
        // An alternative with no required text makes the whole alternation ask for nothing.
        (#"(?:foo|\s)bar"#, [["bar"]], false),
    ])
    func requiredTextIsReadFromTheExpression(_ regex: String, _ words: [[String]], _ digit: Bool) {
        let required = RequiredText(regex: regex)
        #expect(required.wordSets == Array(words.prefix(2)), "\(regex)")
        #expect(required.needsDigit == digit, "\(regex)")
    }

    /// Whatever the reading asks for, every match has: random texts over the patterns' own
    /// pieces, each pattern's matches without the check all pass it.
    @Test func everyMatchHoldsTheRequiredText() {
        let patterns = [
            #"本接口\s*[（(]\s*[`]?([A-Za-z][A-Za-z0-9_]*)[`]?\s*[)）]"#, #"(\d+)\s*(?:-|~|到)\s*(\d+)\s*(?:个)?\s*(?:字符|字节)"#,
            #"(?:^|[，,；;])\s*([A-Za-z0-9_]+)\s*[：:]"#, #"[（(]\s*\d{1,2}\s*[）)]\s*([A-Za-z_]+)"#, #"(?<![A-Za-z])(ab|cd)+ef(?=\s)"#,
        ].map(Pattern.init)
        let pieces = ["本接口", "（", "(", "）", ")", "`", "Abc", "x1", " ", "12", "-", "~", "到", "个", "字符", "字节", "，", ",", "；", ":", "：",
                      "ab", "cd", "ef", "\n", "中"]
        var random = SeededTexts(seed: 41)
        var matched = 0
        for _ in 0..<40_000 {
            let text = random.text(from: pieces, fewerThan: 12)
            for pattern in patterns where !pattern.unfilteredMatches(in: text).isEmpty {
                matched += 1
                #expect(pattern.mayOccur(in: text), "\(pattern.source) matches \(text.debugDescription)")
            }
        }
        #expect(matched > 1_000)
    }
}
