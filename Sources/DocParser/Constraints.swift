import DocText
import DocDialects
import Foundation
import APISchema

/// What a description sentence says about the values a field takes.
struct Constraints: Equatable {
    var enumValues: [EnumValue] = []
    var defaultValue: String?
    var minimum: Double?
    var maximum: Double?
    var minLength: Int?
    var maxLength: Int?
    /// The sentences the constraints were read from.
    var sources: [String] = []
    /// Sentences that look like constraints but were not understood.
    var notUnderstood: [String] = []
    /// Whether the description says the string carries JSON.
    var saysJSON = false

    var isEmpty: Bool {
        enumValues.isEmpty && defaultValue == nil && minimum == nil && maximum == nil
            && minLength == nil && maxLength == nil
    }
}

/// Reads constraint sentences: value lists (`可选值：'a','b'`, `取值：`, `a、b`, `0：X；1：Y`),
/// defaults (`默认为X`), numeric ranges (`取值范围：60-604800`, not when the text is about
/// characters or CIDRs), lengths (`不得超过60个字符`, `1-25个中文…`).
enum ConstraintReader {
    /// The constraints `description` states for a field of `type`. A description is read once per
    /// process and type: many pages repeat their fields' descriptions word for word (half of the
    /// corpus's, in fields like `offset` and `vpcId`), and the reading depends on nothing else.
    static func read(_ description: String, type: FieldType) -> Constraints {
        let key = ConstraintCache.Key(text: description, type: type)
        if let known = ConstraintCache.shared.value(for: key) { return known }
        let result = readUncached(description, type: type)
        ConstraintCache.shared.store(result, for: key)
        return result
    }

    private static func readUncached(_ description: String, type: FieldType) -> Constraints {
        var result = Constraints()
        let text = description
        result.saysJSON = ValuePhrasings.jsonMention.pattern.contains(in: text)
        readEnum(text, type: type, into: &result)
        readLength(text, type: type, into: &result)
        readRange(text, type: type, into: &result)
        dropPartialList(&result)
        dropContradictedBounds(&result)
        readDefault(text, type: type, into: &result)
        return result
    }

    /// `0：未开启` beside `大于0的整数`: a listed value outside a stated bound contradicts it. A
    /// bound the writer's own values break is no bound, and the values, special ones beside a
    /// range, are not all the field takes: neither is kept (a wrong one refuses valid calls).
    private static func dropContradictedBounds(_ result: inout Constraints) {
        let numbers = result.enumValues.compactMap { Double($0.value) }
        guard !numbers.isEmpty else { return }
        let below = result.minimum.map { minimum in numbers.contains { $0 < minimum } } ?? false
        let above = result.maximum.map { maximum in numbers.contains { $0 > maximum } } ?? false
        guard below || above else { return }
        result.minimum = nil
        result.maximum = nil
        result.enumValues = []
    }

    /// `Value range: 1-31 … 1: healthy on 1xx; 2: … 16: healthy on 5xx` (flags to add up): codes
    /// inside a stated range that leave some of its values out describe parts of the value, not
    /// every value it takes; the range is the constraint.
    private static func dropPartialList(_ result: inout Constraints) {
        guard !result.enumValues.isEmpty, let low = result.minimum ?? (result.maximum != nil ? 0 : nil), let high = result.maximum else { return }
        let numbers = result.enumValues.compactMap { Double($0.value) }
        guard numbers.count == result.enumValues.count, numbers.allSatisfy({ $0 >= low && $0 <= high }),
              high - low + 1 > Double(Set(numbers).count) else { return }
        result.enumValues = []
    }

    // MARK: - Sentences

    /// The sentence (between `。`, `；` or line breaks) that contains `index`.
    static func sentence(in text: String, around index: String.Index) -> String {
        String(text[sentenceBounds(in: text, around: index)]).trimmingBlanks()
    }

    /// Where the sentence around `index` starts and ends (untrimmed); with `englishStops`, a full
    /// stop followed by a space ends a sentence too.
    static func sentenceBounds(in text: String, around index: String.Index, englishStops: Bool = false) -> Range<String.Index> {
        // By bytes from a Character boundary: a stop is its bytes where they are one whole
        // Character, which is where a walk by Character stops.
        guard String.Index(index, within: text) != nil else { return sentenceBoundsByCharacter(in: text, around: index, englishStops: englishStops) }
        let view = text.utf8
        // (A stop's last byte is one of `82 0A 9B 3B`, `2E` before a space; its first one of
        // `E3 0A EF 3B 2E`: only there is a stop looked for.)
        var start = index
        while start > view.startIndex {
            let last = view[view.index(before: start)]
            if last == 0x82 || last == 0x0A || last == 0x9B || last == 0x3B || (englishStops && last == 0x2E),
               stopLength(in: text, endingAt: start, englishStops: englishStops) > 0 { break }
            start = view.index(before: start)
        }
        var end = index
        while end < view.endIndex {
            let first = view[end]
            if first == 0xE3 || first == 0x0A || first == 0xEF || first == 0x3B || (englishStops && first == 0x2E),
               stopLength(in: text, startingAt: end, englishStops: englishStops) > 0 { break }
            end = view.index(after: end)
        }
        return start..<end
    }

    /// The stops: `。`, a line break, `；`, `;` (UTF-8).
    private static let stopBytes: [[UInt8]] = [[0xE3, 0x80, 0x82], [0x0A], [0xEF, 0xBC, 0x9B], [0x3B]]

    /// The length in bytes of the stop Character that starts at `index`, or 0; with
    /// `englishStops`, a `.` followed by a space is one too (its length counted without the space).
    private static func stopLength(in text: String, startingAt index: String.Index, englishStops: Bool) -> Int {
        let view = text.utf8
        for stop in stopBytes {
            guard let end = view.index(index, offsetBy: stop.count, limitedBy: view.endIndex),
                  view[index..<end].elementsEqual(stop) else { continue }
            return text.isOnCharacterBoundaries(index..<end) ? stop.count : 0
        }
        guard englishStops, view[index] == 0x2E, text.isWholeCharacter(at: index) else { return 0 }
        let next = view.index(after: index)
        return next < view.endIndex && view[next] == 0x20 && text.isWholeCharacter(at: next) ? 1 : 0
    }

    /// The length of the stop Character that ends at `index`, or 0.
    private static func stopLength(in text: String, endingAt index: String.Index, englishStops: Bool) -> Int {
        let view = text.utf8
        for length in [1, 3] {
            guard let start = view.index(index, offsetBy: -length, limitedBy: view.startIndex) else { continue }
            if stopLength(in: text, startingAt: start, englishStops: englishStops) == length { return length }
        }
        return 0
    }

    /// ``sentenceBounds(in:around:englishStops:)`` by Character, for an index that is not on a
    /// Character boundary.
    static func sentenceBoundsByCharacter(in text: String, around index: String.Index, englishStops: Bool = false) -> Range<String.Index> {
        let stops: Set<Character> = ["。", "\n", "；", ";"]
        func isStop(_ i: String.Index) -> Bool {
            if stops.contains(text[i]) { return true }
            guard englishStops, text[i] == "." else { return false }
            let next = text.index(after: i)
            return next < text.endIndex && text[next] == " "
        }
        var start = index
        while start > text.startIndex, !isStop(text.index(before: start)) { start = text.index(before: start) }
        var end = index
        while end < text.endIndex, !isStop(end) { end = text.index(after: end) }
        return start..<end
    }

    private static func remember(_ text: String, _ index: String.Index, _ result: inout Constraints) {
        let s = sentence(in: text, around: index)
        if !s.isEmpty, !result.sources.contains(s) { result.sources.append(s) }
    }

    // MARK: - Value lists

    static let token = #"[A-Za-z0-9_][A-Za-z0-9_\-.]*"#


    private static func parenthesizedTokens(_ text: Substring) -> [EnumValue]? {
        guard let match = ValuePhrasings.parenthesizedTokenList.pattern.firstMatch(in: String(text)) else { return nil }
        return match[1].split(whereSeparator: { ",，、".contains($0) }).map { EnumValue(value: $0.trimmingBlanks()) }
    }

    private static func readEnum(_ text: String, type: FieldType, into result: inout Constraints) {
        // 1. A list after an explicit intro.
        for match in ValuePhrasings.enumIntro.pattern.matches(in: text) where !namesAnotherField(text, before: match.range.lowerBound) {
            let rest = text[match.range.upperBound...]
            // `可选值：1~65535` is a range (read as one), never the one-value list `[1]`.
            if let range = ValuePhrasings.numericRange.pattern.firstMatch(in: String(rest)), isNumericRange(range, in: String(rest), description: text) { continue }
            if let values = quotedList(rest) ?? bracketedNumbers(rest) ?? parenthesizedTokens(rest) ?? codeList(String(rest), anchored: true) ?? listedValues(rest),
               !values.isEmpty, accept(values, type: type) {
                result.enumValues = values
                remember(text, match.range.lowerBound, &result)
                return
            }
            // `取值范围：count，表示以攻击峰值排序`: one value and its meaning, all there is.
            if let value = loneValue(rest), accept([value], type: type), !ValuePhrasings.openListMarker.pattern.contains(in: text) {
                result.enumValues = [value]
                remember(text, match.range.lowerBound, &result)
                return
            }
            // `取值范围：是否开启自动续费， {1：开启自动续费, 0：不自动续费}`: a code list later in the sentence.
            let clause = sentence(in: text, around: match.range.lowerBound)
            if let values = codeList(clause, anchored: false), values.count >= 2, accept(values, type: type) {
                result.enumValues = values
                remember(text, match.range.lowerBound, &result)
                return
            }
        }
        // 2. A code list standing alone (`PREPAID：预付费， POSTPAID_BY_HOUR：按小时后付费`).
        if let values = codeList(text, anchored: false), values.count >= 2, accept(values, type: type),
           !ValuePhrasings.openListMarker.pattern.contains(in: text) {
            result.enumValues = values
            if let first = text.rangeOfBytes(values[0].value) { remember(text, first.lowerBound, &result) }
            return
        }
        guard !ValuePhrasings.openListMarker.pattern.contains(in: text) else { return }
        // (Not an address with its mask: `(10.0.0.0/16)`.)
        if let match = ValuePhrasings.bracketList.pattern.firstMatch(in: text), !match[1].contains(where: { $0 == "." }) || !match[1].contains(where: \.isNumber) {
            let values = match[1].split(whereSeparator: { "/|｜".contains($0) }).map { EnumValue(value: $0.trimmingBlanks()) }
            if values.count >= 2, accept(values, type: type) {
                result.enumValues = values
                remember(text, match.range.lowerBound, &result)
                return
            }
        }
        // 3. Items of a phrasing that gives each value its meaning (``ItemPhrasing``).
        for phrasing in ItemPhrasing.all {
            let values = items(phrasing, in: text)
            if values.count >= 2, accept(values, type: type) {
                result.enumValues = values
                if let first = text.rangeOfBytes(values[0].value) { remember(text, first.lowerBound, &result) }
                return
            }
        }
        // 4. A plain list after an intro word (`必须是 TCP 或者 UDP`, `目前支持 hostPath、cbsDisk 和 nfsDisk`).
        for match in ListIntros.intro.pattern.matches(in: text) where !isExampleClause(text, before: match.range.lowerBound) {
            let rest = text[match.range.upperBound...]
            if let range = ValuePhrasings.numericRange.pattern.firstMatch(in: String(rest)), isNumericRange(range, in: String(rest), description: text) { continue }
            if let listed = quotedList(rest) ?? plainListSpan(rest).flatMap({ $0.values.count >= 2 ? $0.values : nil }),
               listed.count >= 2 {
                // `支持60s和300s两种粒度` on an integer: the numbers, in a unit that scales nothing.
                let values = accept(listed, type: type) ? listed : withoutUnits(listed, type: type, description: text)
                if let values, accept(values, type: type) {
                    result.enumValues = values
                    remember(text, match.range.lowerBound, &result)
                    return
                }
            }
            // `入参必须为 resourceId`, `目前只支持 TCP`, `目前必须填写300s暂不支持其他值`: one value the
            // field must take, ending its clause. (Not `liveCheck 只能为1`: the value of another thing.)
            let closer = ListIntros.oneValueClosers.compactMap { rest.range(of: $0)?.lowerBound }.min()
            let span = closer.map { rest[..<$0] } ?? rest
            if ListIntros.singleValueIntroWords.contains(where: match[0].contains), !namesAnotherField(text, before: match.range.lowerBound),
               let (listed, end) = plainListSpan(span), listed.count == 1, endsClause(span, at: end),
               let values = accept(listed, type: type) ? listed : withoutUnits(listed, type: type, description: text), accept(values, type: type) {
                result.enumValues = values
                remember(text, match.range.lowerBound, &result)
                return
            }
        }
        // 5. A list that ends its clause after a colon (`检查类型：methodTcp，methodHttp，methodCmd`),
        //    or that is the whole description (`TRAFFIC_POSTPAID_BY_HOUR 或者 BANDWIDTH_POSTPAID_BY_HOUR`).
        var starts: [String.Index] = [text.startIndex]
        let scalars = text.unicodeScalars
        for index in scalars.indices where scalars[index] == "：" || scalars[index] == ":" {
            // `Protocol: TCP, UDP or ALL.`: English puts a space after the colon.
            var start = scalars.index(after: index)
            while start < scalars.endIndex, scalars[start] == " " { start = scalars.index(after: start) }
            starts.append(start)
        }
        for start in starts where !isExampleClause(text, before: start) {
            let rest = text[start...]
            guard let (values, end) = plainListSpan(rest), values.count >= 2, endsClause(rest, at: end),
                  accept(values, type: type) else { continue }
            // The whole description must be the list when there is no colon.
            if start == text.startIndex, !rest[end...].allSatisfy({ $0.isWhitespace || "。.；;".contains($0) }) { continue }
            result.enumValues = values
            remember(text, start, &result)
            return
        }
    }

    /// Integer values written with a unit that scales nothing (`60s`, `300s`), as numbers; nil
    /// unless every value has one.
    static func withoutUnits(_ values: [EnumValue], type: FieldType, description: String) -> [EnumValue]? {
        guard type == .integer else { return nil }
        var numbers: [EnumValue] = []
        for value in values {
            let digits = String(value.value.prefix { $0.isNumber })
            let unit = value.value.dropFirst(digits.count)
            guard !digits.isEmpty, !unit.isEmpty, isPlainNumber(followedBy: unit, in: description) else { return nil }
            numbers.append(EnumValue(value: digits, description: value.description))
        }
        return numbers
    }

    /// A plain list after an intro: two values or more, or one that ends its clause
    /// (`只能取值为PREPAID。`, but not `只能是 1，因为…`, where the number is prose).
    static func listedValues(_ rest: Substring) -> [EnumValue]? {
        guard let (values, end) = plainListSpan(rest) else { return nil }
        return values.count >= 2 || endsClause(rest, at: end) ? values : nil
    }

    /// The values one item phrasing finds, in order, each with its meaning when the text gives one.
    static func items(_ phrasing: ItemPhrasing, in text: String) -> [EnumValue] {
        var values: [EnumValue] = []
        for match in phrasing.pattern.matches(in: text) {
            let value = match[1]
            guard !value.isEmpty, !values.contains(where: { $0.value == value }) else { continue }
            var meaning: Substring
            if phrasing.meaningAfter {
                meaning = text[match.range.upperBound...]
                meaning = meaning.prefix { !ItemPhrasing.meaningStops.contains($0) }
            } else {
                meaning = text[..<match.range.lowerBound]
                if let stop = meaning.lastIndex(where: { ItemPhrasing.meaningStops.contains($0) }) { meaning = meaning[meaning.index(after: stop)...] }
                while meaning.last == " " { meaning = meaning.dropLast() }
                if meaning.last == "：" || meaning.last == ":" {
                    meaning = meaning.dropLast()
                    // A meaning before a colon that labels prose (`默认值：desc`) makes no item.
                    if ItemPhrasing.labelWords.contains(where: { meaning.contains($0) }) { continue }
                }
            }
            let trimmed = String(meaning).trimmingBlanks()
            values.append(EnumValue(value: value, description: trimmed.isEmpty || !trimmed.hasAtMostCharacters(60) ? nil : trimmed))
        }
        return values
    }

    /// Whether the clause before `index` says its list is an example (`例如：`).
    static func isExampleClause(_ text: String, before index: String.Index) -> Bool {
        // Scalar by scalar: the stops are single scalars, and walking back by characters is slow.
        let scalars = text.unicodeScalars
        var start = index
        while start > scalars.startIndex {
            let before = scalars.index(before: start)
            let scalar = scalars[before]
            if scalar == "。" || scalar == "\n" || scalar == "；" || scalar == ";" { break }
            start = before
        }
        let clause = String(scalars[start..<index])
        return ListIntros.exampleWords.contains { clause.containsIgnoringASCIICase($0) }
    }

    /// Whether a list that stopped at `end` ends its clause (nothing but a sentence stop follows).
    static func endsClause(_ text: Substring, at end: String.Index) -> Bool {
        guard let next = text[end...].first(where: { $0 != " " }) else { return true }
        // (`.` only as an English full stop: followed by a blank or the end.)
        if next == ".", let stop = text[end...].firstIndex(of: ".") {
            return text[stop...].dropFirst().first.map { $0 == " " || $0 == "\n" } ?? true
        }
        return "。；;\n".contains(next) || next == "\n"
    }

    /// Whether a non-empty value list fits a field's type.
    static func fits(_ values: [EnumValue], type: FieldType) -> Bool {
        !values.isEmpty && accept(values, type: type)
    }

    /// Values must fit the type: integers for integer fields.
    private static func accept(_ values: [EnumValue], type: FieldType) -> Bool {
        // A list of values never names one twice: `支持 IP、IP 段（CIDR 格式）` is prose about
        // kinds of address, and its "values" would refuse every address.
        guard Set(values.map(\.value)).count == values.count else { return false }
        // `填写“[user/repo]:[tag]”`: a template with placeholders, not a value.
        // (Comparison operators are values: `取值为(>、< 、>=、 <= 、!=、==)`.)
        guard !values.contains(where: { !isComparisonOperator($0.value) && $0.value.contains(where: { "[]{}<>".contains($0) }) }) else { return false }
        switch type {
        case .integer: return values.allSatisfy { Int($0.value) != nil }
        case .number: return values.allSatisfy { Double($0.value) != nil }
        case .boolean: return values.allSatisfy { ["true", "false", "0", "1"].contains($0.value.lowercased()) }
        case .array, .object: return false
        default: return true
        }
    }

    /// `>`, `<`, `>=`, `<=`, `!=`, `==`.
    static func isComparisonOperator(_ value: String) -> Bool {
        ["<", ">", "<=", ">=", "!=", "=="].contains(value)
    }

    /// One value after an intro that is the whole list: the value, then only its meaning (after
    /// `，表示` or in brackets) and no other ASCII word in the rest of the text
    /// (`取值范围：count，表示以攻击峰值排序`, `目前取值仅支持 lt (小于)`, `可选值：flux（流量）`).
    static func loneValue(_ rest: Substring) -> EnumValue? {
        let text = rest.drop { $0 == " " }
        let value = String(text.prefix(while: isValueCharacter)).trimmingCharacters(in: ["."])
        guard !value.isEmpty else { return nil }
        var after = text.dropFirst(value.count).drop { $0 == " " }
        var meaning: Substring?
        if let open = after.first, open == "(" || open == "（" {
            guard let close = after.prefix(40).firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
            meaning = after[after.index(after: after.startIndex)..<close]
            after = after[after.index(after: close)...]
        } else if let closer = ListIntros.oneValueClosers.first(where: { after.hasPrefix($0) && $0.contains("表示") }) {
            after = after.dropFirst(closer.count)
            meaning = after.prefix { !"。；;\n".contains($0) }
            after = after.dropFirst(meaning?.count ?? 0)
        } else if let next = after.first, !"。；;\n".contains(next) {
            return nil
        }
        guard let meaning, meaning.contains(where: { NameCell.isCJK($0) }), !after.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }),
              !ValuePhrasings.openListMarker.pattern.contains(in: String(after)) else { return nil }
        return EnumValue(value: value, description: meaning.trimmingBlanks())
    }

    /// `'a','b'` / `"a"、"b"` / `‘a’，‘b’`.
    static func quotedList(_ text: Substring) -> [EnumValue]? {
        let closing: [Character: Character] = ["'": "'", "\"": "\"", "‘": "’", "“": "”", "`": "`"]
        var index = text.startIndex
        var values: [EnumValue] = []
        func skipSeparators() {
            while index < text.endIndex {
                if let word = separatorWord(in: text, at: index) {
                    index = text.index(index, offsetBy: word.count)
                } else if text[index].isWhitespace || "，,、/|或和及与{}[]（）()".contains(text[index]) {
                    index = text.index(after: index)
                } else {
                    break
                }
            }
        }
        skipSeparators()
        while index < text.endIndex, let close = closing[text[index]] {
            let start = text.index(after: index)
            guard let end = text[start...].firstIndex(of: close) else { break }
            let value = String(text[start..<end]).trimmingBlanks()
            if value.isEmpty || value.count > 64 { break }
            values.append(EnumValue(value: value))
            index = text.index(after: end)
            skipSeparators()
        }
        return values.isEmpty ? nil : values
    }

    /// The values of a bracketed list of numbers at the start of `text` (``ValuePhrasings.bracketedNumberList.pattern``).
    static func bracketedNumbers(_ text: Substring) -> [EnumValue]? {
        guard let match = ValuePhrasings.bracketedNumberList.pattern.firstMatch(in: String(text)) else { return nil }
        return match[1].split(whereSeparator: { $0 == "," || $0 == "，" }).map { EnumValue(value: $0.trimmingBlanks()) }
    }

    /// `0：公网网关；1：VPN 网关` (also on separate lines, or inside `{}`). Anchored lists must
    /// start right at the text's start.
    static func codeList(_ text: String, anchored: Bool) -> [EnumValue]? {
        let matches = ValuePhrasings.codeItem.pattern.matches(in: text)
        guard let first = matches.first else { return nil }
        if anchored {
            let lead = text[text.startIndex..<first.range.lowerBound]
            guard lead.allSatisfy({ $0.isWhitespace || "{[（(".contains($0) }) else { return nil }
        }
        // `unit: bps. … Example: data[1] means …`: words that label prose, never codes.
        if matches.contains(where: { proseLabels.contains($0[1].lowercased()) }) { return nil }
        // `domain:port`, `ip:port`, `key:value`: a word joined to a word by an ASCII colon is a
        // token of the value's shape, not a code and its meaning.
        for match in matches where match[1].first?.isLetter == true {
            let colon = text[match.range].last
            if colon == ":", let next = text[match.range.upperBound...].first, next.isASCII, next.isLetter { return nil }
        }
        // Codes joined by colons with nothing between (`YYYY-MM-DDThh:mm:ssZ`, an IPv6 address):
        // one token, a format, never a list; every code of a list has its meaning.
        for (match, next) in zip(matches, matches.dropFirst()) where match.range.upperBound == next.range.lowerBound {
            return nil
        }
        var values: [EnumValue] = []
        for (i, match) in matches.enumerated() {
            let value = match[1]
            if value.lowercased().hasPrefix("http") { continue }
            let end = i + 1 < matches.count ? matches[i + 1].range.lowerBound : text.endIndex
            var meaning = String(text[match.range.upperBound..<end])
            if i + 1 == matches.count, let stop = meaning.firstIndex(where: { "。\n}".contains($0) }) {
                meaning = String(meaning[..<stop])
            }
            meaning = meaning.trimmingBlanks().trimmingScalars(in: meaningEdges)
            if values.contains(where: { $0.value == value }) { continue }
            values.append(EnumValue(value: value, description: meaning.isEmpty ? nil : meaning))
        }
        return values.isEmpty ? nil : values
    }

    /// What a code's meaning is trimmed of.
    static let meaningEdges: Set<Unicode.Scalar> = ["，", ",", "；", ";", "、", "。", "}", " "]

    /// English words that label a piece of prose before a colon (`Unit: second`, `Note: …`).
    static let proseLabels: Set<String> = ["unit", "units", "example", "examples", "note", "notes", "default", "format",
                                           "range", "length", "description", "remark", "remarks", "type", "types", "e.g"]

    /// A plain list at the start of `text` (`tcp、udp`, `5、10、20，单位 Mb`, `a,b,c`, `TCP 或者 UDP`:
    /// ASCII values separated by list punctuation or ``ListIntros/separatorWords``), and where it ends.
    static func plainListSpan(_ text: Substring) -> (values: [EnumValue], end: String.Index)? {
        var values: [EnumValue] = []
        var index = text.startIndex
        var end = index
        while index < text.endIndex {
            var value = ""
            while index < text.endIndex, isValueCharacter(text[index]) {
                value.append(text[index])
                index = text.index(after: index)
            }
            // A full stop after the value ends the sentence: the list ends before it.
            var stops = 0
            while value.hasSuffix(".") { value.removeLast(); stops += 1 }
            guard !value.isEmpty else { break }
            // `TERMINATE（默认）`, `createTime (default)`: the mark is read by ``readDefault``.
            if let marker = DefaultPhrasings.defaultMarkers.first(where: { text[index...].hasPrefix($0) }) {
                index = text.index(index, offsetBy: marker.count)
            }
            // `1 (On) and 0 (Off)`, `wrr (weighted round robin), ip_hash (…)`: an English gloss.
            var gloss: String?
            if stops == 0, let open = text[index...].firstIndex(where: { $0 != " " && $0 != "\n" }), text[open] == "(",
               text[open...].dropFirst().first.map({ $0.isASCII && $0.isLetter }) == true,
               let close = text[open...].prefix(100).firstIndex(of: ")") {
                gloss = String(text[text.index(after: open)..<close]).trimmingBlanks()
                index = text.index(after: close)
                while index < text.endIndex, text[index] == "." { index = text.index(after: index); stops += 1 }
            }
            // `仅支持createTime,vpnGwName排序`: a word that closes the list after its last value.
            if let closing = ValuePhrasings.listClosingWords.first(where: { text[index...].hasPrefix($0) }) {
                values.append(EnumValue(value: value))
                end = text.index(index, offsetBy: closing.count)
                return (values, end)
            }
            // A value followed by prose (`5个`, `1-60个字符`) is not a list item.
            if index < text.endIndex, NameCell.isCJK(text[index]), !"、，,。；;".contains(text[index]),
               separatorWord(in: text, at: index) == nil { return nil }
            // `10.0.0.0/16`, `1/2`: an address or a fraction, not a list.
            if index < text.endIndex, text[index] == "/" || text[index] == ":" { return nil }
            // `0或者30~3600`: a value that starts a range; the list is not one of values.
            if index < text.endIndex, "~～—–－至到".contains(text[index]),
               text[text.index(after: index)...].drop(while: { $0 == " " }).first?.isNumber == true { return nil }
            if value.contains("-"), value.split(separator: "-").allSatisfy({ Int($0) != nil }) { return nil }
            values.append(EnumValue(value: value, description: gloss))
            end = text.index(index, offsetBy: -stops)
            if stops > 0 { break }
            // Separator: 、 , ， 或者 和 …, possibly with spaces and ellipses.
            var separatorSeen = false
            while index < text.endIndex {
                // (A line break only after a separator: `wrr (…),\nip_hash (…)`.)
                if text[index] == " " || (separatorSeen && text[index] == "\n") {
                    index = text.index(after: index)
                } else if "、,，…|｜".contains(text[index]) {
                    separatorSeen = true
                    index = text.index(after: index)
                } else if let word = separatorWord(in: text, at: index) {
                    separatorSeen = true
                    index = text.index(index, offsetBy: word.count)
                } else {
                    break
                }
            }
            if !separatorSeen { break }
            // `，` followed by prose ends the list.
            if index < text.endIndex, !isValueCharacter(text[index]) { break }
        }
        // `包括 max、min、last、sum、avg 等`: "and so on" leaves the list open, an example of the
        // values rather than all of them.
        if endsOpen(text[end...]) { return nil }
        // A gloss on some items only glosses the list (`name, domain, and VIP (fuzzy match)`: the
        // fields a keyword is matched against), unless it is the unit (`…, 50, and 100 (in Mbps)`).
        let glossed = values.filter { $0.description != nil }
        if !glossed.isEmpty, glossed.count < values.count {
            guard glossed.count == 1, let last = values.last, let unit = last.description, unit.hasPrefix("in ") else { return nil }
            values[values.count - 1].description = nil
        }
        return values.isEmpty ? nil : (values, end)
    }

    /// Whether the text after a list says it goes on (`等`, `等等`, `etc.`; not `等于`, `等待`).
    static func endsOpen(_ after: Substring) -> Bool {
        let rest = after.drop { $0 == " " }
        if rest.hasPrefix("等") { return !rest.hasPrefix("等于") && !rest.hasPrefix("等待") }
        return rest.hasPrefix("etc") || rest.hasPrefix("Etc")
    }


    /// The separator word at `index` (`或者`, `和`, ` or `), if one stands there.
    static func separatorWord(in text: Substring, at index: String.Index) -> String? {
        for word in ListIntros.separatorWords where text[index...].hasPrefix(word) {
            let after = text.index(index, offsetBy: word.count)
            // An English word is a separator only as a word: `or` in `order` is not.
            if word.first?.isASCII == true {
                guard index > text.startIndex, text[text.index(before: index)] == " ", after < text.endIndex, text[after] == " " else { continue }
            }
            return word
        }
        return nil
    }

    static func isValueCharacter(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber || ch == "_" || ch == "-" || ch == ".")
    }

    // MARK: - Lengths


    private static func readLength(_ text: String, type: FieldType, into result: inout Constraints) {
        guard type == .string || type == .json || type == .datetime else { return }
        if let match = LengthPhrasings.lengthRange.pattern.firstMatch(in: text) ?? LengthPhrasings.lengthBetween.pattern.firstMatch(in: text),
           let low = Int(match[1]), let high = Int(match[2]), low <= high {
            result.minLength = low
            result.maxLength = high
            remember(text, match.range.lowerBound, &result)
            return
        }
        if let match = LengthPhrasings.lengthExact.pattern.firstMatch(in: text), let exact = Int(match[1]) {
            result.minLength = exact
            result.maxLength = exact
            remember(text, match.range.lowerBound, &result)
            return
        }
        if let match = LengthPhrasings.lengthMax.pattern.firstMatch(in: text) ?? LengthPhrasings.lengthLimit.pattern.firstMatch(in: text) ?? LengthPhrasings.lengthWithin.pattern.firstMatch(in: text)
            ?? LengthPhrasings.lengthMaxEnglish.pattern.firstMatch(in: text),
           let high = Int(match[1]) {
            result.maxLength = high
            remember(text, match.range.lowerBound, &result)
        }
        if let match = LengthPhrasings.lengthMin.pattern.firstMatch(in: text) ?? LengthPhrasings.lengthAtLeast.pattern.firstMatch(in: text), let low = Int(match[1]),
           !isAdvice(text, before: match.range.lowerBound), result.maxLength.map({ low <= $0 }) ?? true {
            result.minLength = low
            remember(text, match.range.lowerBound, &result)
        }
    }

    // MARK: - Numeric ranges



    private static func readRange(_ raw: String, type: FieldType, into result: inout Constraints) {
        guard type == .integer || type == .number else { return }
        let text = plainNumbers(raw)
        // `可选值：1~65535`, `取值范围[0, 3]`: a range after a list or range intro. Two different
        // ranges are conditional (`若为本地盘，可选范围在0 - 500G。若为云硬盘，可选范围在0 - 4000G`):
        // none is the field's, so none is kept (a wrong bound would refuse valid calls).
        var ranges: [(Double, Double, String.Index)] = []
        for (match, range, rest) in rangesAfterIntros(text) where !isAboutAnotherSubject(text, before: match.range.lowerBound) {
            if let low = Double(range[1]), let high = Double(range[2]), low <= high,
               // The same intro matched twice at one place (`取值范围` is a list and a range intro).
               !ranges.contains(where: { $0.0 == low && $0.1 == high && $0.2 == match.range.lowerBound }) {
                // `取值范围在公测期间为 …`: a range under a condition of time or case is not the field's.
                let lead = rest.prefix { !$0.isNumber }
                if RangePhrasings.conditionWords.contains(where: { lead.contains($0) }) {
                    result.notUnderstood.append(sentence(in: text, around: match.range.lowerBound) + " (a range under a condition)")
                    return
                }
                ranges.append((low, high, match.range.lowerBound))
            }
        }
        if ranges.count > 1 {
            result.notUnderstood.append(sentence(in: text, around: ranges[0].2) + " (several ranges, each under a condition)")
            return
        }
        if let (low, high, at) = ranges.first {
            // `范围0 - 200`: a floor of 0 is the natural one of counts and sizes, and is not
            // recorded (the labelled pages' convention); the ceiling is.
            result.minimum = low == 0 ? nil : low
            result.maximum = high
            remember(text, at, &result)
            return
        }
        if let match = RangePhrasings.rangeBetween.pattern.firstMatch(in: text) ?? RangePhrasings.rangeBetweenEnglish.pattern.firstMatch(in: text), let low = Double(match[1]), let high = Double(match[2]), low <= high {
            result.minimum = low
            result.maximum = high
            remember(text, match.range.lowerBound, &result)
            return
        }
        // `必须大于 0` on an integer: at least 1 (an exclusive bound has no other integer form).
        if type == .integer, let match = RangePhrasings.exclusiveMin.pattern.firstMatch(in: text), let low = Int(match[1]), !isAdvice(text, before: match.range.lowerBound),
           !namesAnotherField(text, before: match.range.lowerBound) {
            result.minimum = Double(low + 1)
            remember(text, match.range.lowerBound, &result)
        }
        // `建议最小为4MiB` is advice, not a bound.
        if let match = RangePhrasings.rangeMax.pattern.firstMatch(in: text), let high = Double(match[1]), !isAdvice(text, before: match.range.lowerBound) {
            result.maximum = high
            remember(text, match.range.lowerBound, &result)
        }
        if let match = RangePhrasings.rangeMin.pattern.firstMatch(in: text), let low = Double(match[1]), !isAdvice(text, before: match.range.lowerBound) {
            result.minimum = low
            remember(text, match.range.lowerBound, &result)
        }
    }

    /// Whether the description states a two-ended numeric range after a range or list intro
    /// (`可选值：1 - 65535`, `取值范围：0-100`), not only a bound in passing (`不超过 7M`).
    static func statesRange(_ text: String) -> Bool {
        !rangesAfterIntros(text).isEmpty
    }


    /// Whether the whole description supports reading a string as an integer: it mentions no
    /// host or address (the port range of `origin | String | 可支持 domain:port … 端口可配置区间0 – 65535`
    /// is about a part of the value, which stays a string).
    static func describesOnlyANumber(_ text: String) -> Bool {
        !RangePhrasings.addressMention.pattern.contains(in: text)
    }

    /// Each range or list intro followed by a numeric range (`取值范围：60-604800`), with that
    /// range and the text after the intro.
    static func rangesAfterIntros(_ text: String) -> [(intro: Pattern.Match, range: Pattern.Match, rest: String)] {
        (RangePhrasings.rangeIntro.pattern.matches(in: text) + ValuePhrasings.enumIntro.pattern.matches(in: text)).compactMap { intro in
            let rest = String(text[intro.range.upperBound...])
            guard let range = ValuePhrasings.numericRange.pattern.firstMatch(in: rest), isNumericRange(range, in: rest, description: text) else { return nil }
            return (intro, range, rest)
        }
    }

    /// Whether a comparison is about another parameter (`bandwidth 大于 0，可自选择开通与否`).
    static func namesAnotherField(_ text: String, before index: String.Index) -> Bool {
        guard let last = text[..<index].reversed().first(where: { $0 != " " }) else { return false }
        return last.isASCII && (last.isLetter || last.isNumber || last == "_")
    }

    /// Whether a range intro names another thing's range (`httpcode 的范围在 200 - 399`).
    static func isAboutAnotherSubject(_ text: String, before index: String.Index) -> Bool {
        let lead = text[..<index].reversed().drop { $0 == " " }
        return lead.first == "的"
    }

    /// Whether the words just before `index` make what follows a recommendation (`建议`, `推荐`).
    static func isAdvice(_ text: String, before index: String.Index) -> Bool {
        let lead = text[..<index].suffix(4)
        return lead.contains("建议") || lead.contains("推荐") || lead.lowercased().contains("recommend")
    }

    /// A range is numeric unless it reads as an address (`10.0.0.0/16`) or a count of characters.
    private static func isNumericRange(_ match: Pattern.Match, in text: String, description: String) -> Bool {
        // `[0, 3]` is a range; `60，300，3600` is a list.
        // (`1,000,000 - 10,000,000` has RangePhrasings.thousands.pattern separators, not a list.)
        let matchedText = text[match.range]
        if matchedText.contains(where: { $0 == "," || $0 == "，" }), !matchedText.contains(where: { "[［(（".contains($0) }),
           !RangePhrasings.thousands.pattern.contains(in: String(text[match.range.lowerBound...].prefix(40))) { return false }
        let after = text[match.range.upperBound...].prefix(4)
        // `[1,2,3,…,24,36]`: a third number after a comma makes the brackets a list of values,
        // not an interval (read as 1…2 it refused a 12-month period).
        if matchedText.contains(where: { $0 == "," || $0 == "，" }),
           let next = after.drop(while: { $0 == " " }).first, next == "," || next == "，" { return false }
        // `10.0.0.0/16` is an address; a sentence's full stop (`60-604800. See…`) is not.
        if let next = after.first, next == "/" || next.isNumber || (next == "." && after.dropFirst().first?.isNumber == true) { return false }
        let trimmed = after.drop { $0 == " " }
        for unit in ["个", "字符", "字节", "位"] where trimmed.hasPrefix(unit) { return false }
        // `0~100K`, `0 - 4000G`: a multiplier, or a unit the description does not declare, makes
        // the bound ambiguous (100 or 100,000?), and a wrong bound refuses valid calls: not read.
        if !isPlainNumber(followedBy: text[match.range.upperBound...].drop { $0 == " " }, in: description) { return false }
        let matched: Substring = text[match.range]
        let digits = matched.drop(while: { (ch: Character) in !ch.isNumber })
        let afterLow = digits.drop(while: { (ch: Character) in ch.isNumber || ch == "." }).drop(while: { (ch: Character) in ch == " " })
        return isPlainNumber(followedBy: afterLow, in: description)
    }


    /// Whether a number followed by `rest` means itself: no letters after it, or the unit the
    /// description declares (`默认: 100Mbps` under `单位:Mbps`); never a multiplier (`100K`, `5万`).
    static func isPlainNumber<S: StringProtocol>(followedBy rest: S, in text: String) -> Bool {
        guard let next = rest.first else { return true }
        if "万千亿".contains(next) { return false }
        guard next.isASCII, next.isLetter else { return true }
        let letters = String(rest.prefix { $0.isASCII && $0.isLetter }).lowercased()
        // A unit that scales nothing (`65536 Byte`, `30s`) leaves the number as it is; so does a
        // size unit on a size (`系统盘大小，调整范围为 20 - 50G`).
        if RangePhrasings.baseUnits.contains(letters) { return true }
        if RangePhrasings.sizeUnits.contains(letters), RangePhrasings.sizeWords.contains(where: { text.contains($0) }) { return true }
        guard let unit = RangePhrasings.declaredUnit.pattern.firstMatch(in: text)?[1].lowercased() else { return false }
        return unit.hasPrefix(letters) || letters.hasPrefix(unit)
    }

    // MARK: - Defaults


    /// The most characters of a meaning a default names (`默认是开通的` for `1：开通`) that are compared.
    static let meaningHeadLimit = 200

    /// `1,000,000` → `1000000`, `100万` → `1000000`, `1亿` → `100000000`: numbers as digits alone,
    /// so ranges and defaults read them (a `K` or `G` stays: its base, 1000 or 1024, is not said).
    static func plainNumbers(_ raw: String) -> String {
        var text = raw
        for match in RangePhrasings.thousands.pattern.matches(in: raw).reversed() {
            text.replaceSubrange(match.range, with: match[0].filter { $0 != "," })
        }
        let spelled = text
        for match in RangePhrasings.chineseMagnitude.pattern.matches(in: spelled).reversed() {
            guard let number = Int(match[1]) else { continue }
            let (product, overflow) = number.multipliedReportingOverflow(by: match[2] == "亿" ? 100_000_000 : 10_000)
            if !overflow { text.replaceSubrange(match.range, with: String(product)) }
        }
        return text
    }

    private static func readDefault(_ raw: String, type: FieldType, into result: inout Constraints) {
        guard type != .array, type != .object else { return }
        let text = type == .integer || type == .number ? plainNumbers(raw) : raw
        for match in DefaultPhrasings.defaultIntro.pattern.matches(in: text) {
            // `是否是默认 vpc`: whether it is the default one, not a default value.
            if text[..<match.range.lowerBound].suffix(4).contains("是否") { continue }
            var rest = text[match.range.upperBound...]
            // `默认按createTime排序`, `默认使用300s粒度`, `默认返回 ip_list`: the value after the verb (but `默认按量计费`
            // names the meaning 按量计费, so the meaning is tried first).
            if let verb = DefaultPhrasings.verbs.first(where: { rest.hasPrefix($0) }),
               !result.enumValues.contains(where: { ($0.description ?? "").count >= 2 && rest.hasPrefix($0.description ?? "") }) {
                let after = rest.dropFirst(verb.count).drop { $0 == " " }
                if after.first.map({ isValueCharacter($0) || "'\"‘“`".contains($0) }) == true { rest = after }
            }
            // `默认是开通的` where the list says `若为1，表示开通`, `Default is non-NAT` where it says
            // `0: Non-NAT`: the value whose meaning is named.
            // (Only the start is compared: lowercasing all the rest for every match made a long
            // cell of many matches quadratic.)
            let lowerRest = String(rest.prefix(Self.meaningHeadLimit)).lowercased()
            let named = result.enumValues.filter { meaningHead($0.description).count >= 2 && lowerRest.hasPrefix(meaningHead($0.description).lowercased()) }
                .max { meaningHead($0.description).count < meaningHead($1.description).count }
            // (A literal first, unless it is no listed value: `non-NAT` names the meaning `Non-NAT`.)
            if let named, literal(at: rest, type: type).map({ token in !result.enumValues.contains { $0.value.lowercased() == token.lowercased() } }) ?? true {
                result.defaultValue = named.value
                remember(text, match.range.lowerBound, &result)
                return
            }
            // A listed value may be followed by prose (`默认为 manualScale 类型`).
            if !result.enumValues.isEmpty, let token = leadingToken(rest),
               let known = result.enumValues.first(where: { $0.value.lowercased() == token.lowercased() }) {
                result.defaultValue = known.value
                remember(text, match.range.lowerBound, &result)
                return
            }
            guard var value = literal(at: rest, type: type, description: text) else { continue }
            if !result.enumValues.isEmpty {
                guard let known = result.enumValues.first(where: { $0.value.lowercased() == value.lowercased() }) else { continue }
                value = known.value
            }
            result.defaultValue = value
            remember(text, match.range.lowerBound, &result)
            return
        }
        // `TERMINATE（默认）、INTERRUPT`: a listed value marked as the default.
        if let match = DefaultPhrasings.markedDefault.pattern.firstMatch(in: text),
           let known = result.enumValues.first(where: { $0.value == match[1] }) {
            result.defaultValue = known.value
            remember(text, match.range.lowerBound, &result)
            return
        }
        // `which is 100 Mbps by default`: a number (in the declared unit, if any) before `by default`.
        if type == .integer || type == .number, let match = DefaultPhrasings.defaultAfter.pattern.firstMatch(in: text) {
            let number = match[1].isEmpty ? match[3] : match[1]
            guard isPlainNumber(followedBy: match[2], in: text), type == .number || Int(number) != nil else { return }
            if !result.enumValues.isEmpty, !result.enumValues.contains(where: { $0.value == number }) { return }
            result.defaultValue = number
            remember(text, match.range.lowerBound, &result)
        }
    }

    /// A listed value's meaning up to an English full stop (`Forward sequence. The default is…`
    /// → `Forward sequence`): what a default names.
    static func meaningHead(_ description: String?) -> String {
        guard let description else { return "" }
        guard let stop = description.rangeOfBytes(". ") else { return description }
        return String(description[..<stop.lowerBound])
    }

    /// The value-like token at the start of `text` (quoted or bare).
    static func leadingToken(_ text: Substring) -> String? {
        if let first = text.first, "'\"‘“`".contains(first), let value = quotedList(text)?.first { return value.value }
        var token = String(text.prefix { isValueCharacter($0) })
        while token.hasSuffix(".") { token.removeLast() }
        return token.isEmpty ? nil : token
    }

    /// A literal default at the start of `text`, or nil when what follows is prose (a dynamic
    /// default such as `默认为zoneId的值` or `默认为 VPN 网关公网 IP`).
    static func literal(at text: Substring, type: FieldType, description: String? = nil) -> String? {
        guard let first = text.first else { return nil }
        // `默认为""`: the empty string.
        if type == .string, text.hasPrefix("\"\"") || text.hasPrefix("''") || text.hasPrefix("“”") { return "" }
        if let values = quotedList(text), let value = values.first, "'\"‘“`".contains(first) {
            return value.value
        }
        var token = String(text.prefix { isValueCharacter($0) })
        while token.hasSuffix(".") { token.removeLast() }
        // `Default is /.`, `默认为 /var/lib/docker`: a path.
        if token.isEmpty, type == .string, text.hasPrefix("/") {
            var path = String(text.prefix { isValueCharacter($0) || $0 == "/" })
            while path.count > 1, path.hasSuffix(".") { path.removeLast() }
            let after = text.dropFirst(path.count).first
            if after.map({ $0 == " " || "，,。；;)）.".contains($0) }) ?? true { return path }
        }
        guard !token.isEmpty else { return nil }
        let after = text.dropFirst(token.count).drop { $0 == " " }
        switch type {
        case .integer, .number:
            let number = String(token.prefix { $0.isNumber || $0 == "-" || $0 == "." })
            guard !number.isEmpty, Double(number) != nil else { return nil }
            // `默认5K`, `默认50M`: scaled, or in a unit the description does not declare.
            if let whole = description, !isPlainNumber(followedBy: text.dropFirst(number.count), in: whole) { return nil }
            if type == .integer, Int(number) == nil { return nil }
            return number
        case .boolean:
            let lower = token.lowercased()
            guard ["true", "false", "0", "1"].contains(lower) else { return nil }
            return lower
        default:
            if let next = after.first, NameCell.isCJK(next), !"，。；、：）)（(".contains(next) { return nil }
            // `Default: the VPC's ID`: an English word followed by more words is prose.
            if let next = after.first, next.isASCII, next.isLetter, text.dropFirst(token.count).first == " " { return nil }
            if ["the", "a", "an", "none", "empty", "not", "no", "null"].contains(token.lowercased()), text.dropFirst(token.count).first == " " { return nil }
            return token
        }
    }
}

/// What ``ConstraintReader/read(_:type:)`` found for each description and type, shared by the
/// threads that read pages (one lock around a dictionary: a lookup is a small part of a reading).
private final class ConstraintCache: @unchecked Sendable {
    /// A description (compared as bytes: two spellings of one text are two texts, since the
    /// constraints quote it) and the field type it was read for.
    struct Key: Hashable {
        let text: String
        let type: FieldType

        static func == (a: Key, b: Key) -> Bool { a.type == b.type && a.text.hasSameBytes(as: b.text) }

        func hash(into hasher: inout Hasher) {
            hasher.combine(type)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    static let shared = ConstraintCache()
    /// At most this many readings are kept (memory stays bounded on any input).
    static let capacity = 100_000

    private let lock = NSLock()
    private var entries: [Key: Constraints] = [:]

    func value(for key: Key) -> Constraints? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ value: Constraints, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count < Self.capacity { entries[key] = value }
    }
}
