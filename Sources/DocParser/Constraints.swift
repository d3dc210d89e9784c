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
    static func read(_ description: String, type: FieldType) -> Constraints {
        var result = Constraints()
        let text = description
        result.saysJSON = jsonMention.contains(in: text)
        readEnum(text, type: type, into: &result)
        readLength(text, type: type, into: &result)
        readRange(text, type: type, into: &result)
        readDefault(text, type: type, into: &result)
        return result
    }

    // MARK: - Sentences

    /// The sentence (between `。`, `；` or line breaks) that contains `index`.
    static func sentence(in text: String, around index: String.Index) -> String {
        let stops: Set<Character> = ["。", "\n", "；", ";"]
        var start = index
        while start > text.startIndex {
            let before = text.index(before: start)
            if stops.contains(text[before]) { break }
            start = before
        }
        var end = index
        while end < text.endIndex, !stops.contains(text[end]) { end = text.index(after: end) }
        return String(text[start..<end]).trimmingBlanks()
    }

    private static func remember(_ text: String, _ index: String.Index, _ result: inout Constraints) {
        let s = sentence(in: text, around: index)
        if !s.isEmpty, !result.sources.contains(s) { result.sources.append(s) }
    }

    // MARK: - Value lists

    static let jsonMention = Pattern(#"(?i)json\s*(?:格式|字符串|串|string|形式|结构)"#, anyOf: ["json", "JSON", "Json"])
    static let enumIntro = Pattern(#"(?:可选值|可选的值|可取值|取值范围|有效值|枚举值|合法值|只支持|仅支持|只能为|只能是|仅可为|取值(?=\s*(?:为|是)?\s*[：:]))\s*(?:为|是|包括|有)?\s*[：:]?\s*"#, anyOf: ["值", "支持", "只能", "仅可"])
    static let token = #"[A-Za-z0-9_][A-Za-z0-9_\-.]*"#
    static let codeItem = Pattern(#"(?:^|(?<=[\s，,；;。{(（\n、:：]))([A-Za-z0-9_][A-Za-z0-9_\-.]*)\s*[：:](?!//)"#, anyOf: [":", "："])
    static let openListMarker = Pattern(#"(?:其他|其它|其余|以外)[^，,；;。]{0,4}[：:]"#, anyOf: ["其他", "其它", "其余", "以外"])
    static let numericRange = Pattern(#"^\s*[\[［(（]?\s*(-?\d+(?:\.\d+)?)\s*(?:-|~|～|到|至|—|–|－|,|，)\s*(-?\d+(?:\.\d+)?)"#, needsDigit: true)

    private static func readEnum(_ text: String, type: FieldType, into result: inout Constraints) {
        // 1. A list after an explicit intro.
        for match in enumIntro.matches(in: text) {
            let rest = text[match.range.upperBound...]
            if let values = quotedList(rest) ?? codeList(String(rest), anchored: true) ?? plainList(rest, type: type),
               !values.isEmpty, accept(values, type: type) {
                result.enumValues = values
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
           !openListMarker.contains(in: text) {
            result.enumValues = values
            if let first = text.range(of: values[0].value) { remember(text, first.lowerBound, &result) }
        }
    }

    /// Values must fit the type: integers for integer fields.
    private static func accept(_ values: [EnumValue], type: FieldType) -> Bool {
        switch type {
        case .integer: return values.allSatisfy { Int($0.value) != nil }
        case .number: return values.allSatisfy { Double($0.value) != nil }
        case .boolean: return values.allSatisfy { ["true", "false", "0", "1"].contains($0.value.lowercased()) }
        case .array, .object: return false
        default: return true
        }
    }

    /// `'a','b'` / `"a"、"b"` / `‘a’，‘b’`.
    static func quotedList(_ text: Substring) -> [EnumValue]? {
        let closing: [Character: Character] = ["'": "'", "\"": "\"", "‘": "’", "“": "”", "`": "`"]
        var index = text.startIndex
        var values: [EnumValue] = []
        func skipSeparators() {
            while index < text.endIndex, text[index].isWhitespace || "，,、/|或和及与{}[]（）()".contains(text[index]) {
                index = text.index(after: index)
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

    /// `0：公网网关；1：VPN 网关` (also on separate lines, or inside `{}`). Anchored lists must
    /// start right at the text's start.
    static func codeList(_ text: String, anchored: Bool) -> [EnumValue]? {
        let matches = codeItem.matches(in: text)
        guard let first = matches.first else { return nil }
        if anchored {
            let lead = text[text.startIndex..<first.range.lowerBound]
            guard lead.allSatisfy({ $0.isWhitespace || "{[（(".contains($0) }) else { return nil }
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
            meaning = meaning.trimmingBlanks().trimmingCharacters(in: ["，", ",", "；", ";", "、", "。", "}", " "])
            if values.contains(where: { $0.value == value }) { continue }
            values.append(EnumValue(value: value, description: meaning.isEmpty ? nil : meaning))
        }
        return values.isEmpty ? nil : values
    }

    /// `tcp、udp` / `5、10、20，单位 Mb` / `a,b,c`: ASCII values separated by list punctuation.
    static func plainList(_ text: Substring, type: FieldType) -> [EnumValue]? {
        var values: [EnumValue] = []
        var index = text.startIndex
        while index < text.endIndex {
            var value = ""
            while index < text.endIndex, isValueCharacter(text[index]) {
                value.append(text[index])
                index = text.index(after: index)
            }
            while value.hasSuffix(".") { value.removeLast() }
            guard !value.isEmpty else { break }
            // A value followed by prose (`5个`, `1-60个字符`) is not a list item.
            if index < text.endIndex, NameCell.isCJK(text[index]), !"、，,。；;".contains(text[index]) { return nil }
            // `10.0.0.0/16`, `1/2`: an address or a fraction, not a list.
            if index < text.endIndex, text[index] == "/" || text[index] == ":" { return nil }
            if value.contains("-"), value.split(separator: "-").allSatisfy({ Int($0) != nil }) { return nil }
            values.append(EnumValue(value: value))
            // Separator: 、 , ， / | 或, possibly with spaces and ellipses.
            var separatorSeen = false
            while index < text.endIndex, text[index] == " " || "、,，或…".contains(text[index]) {
                if text[index] != " " { separatorSeen = true }
                index = text.index(after: index)
            }
            if !separatorSeen { break }
            // `，` followed by prose ends the list.
            if index < text.endIndex, !isValueCharacter(text[index]) { break }
        }
        return values.isEmpty ? nil : values
    }

    static func isValueCharacter(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber || ch == "_" || ch == "-" || ch == ".")
    }

    // MARK: - Lengths

    static let lengthRange = Pattern(#"(\d+)\s*(?:-|~|～|到|至|—|–|－)\s*(\d+)\s*(?:个)?\s*(?:字符|字节|中文|英文|汉字|字(?!母)|位字符|characters?|bytes?)"#, needsDigit: true)
    static let lengthMax = Pattern(#"(?:不得超过|不超过|不能超过|不可超过|不大于|最多|最长|至多|上限为?|小于等于|少于|小于)\s*(\d+)\s*(?:个)?\s*(?:字符|字节|中文字符|英文字符|汉字|字(?!母)|位字符|characters?|bytes?)"#, needsDigit: true)
    static let lengthLimit = Pattern(#"长度\s*(?:限制|上限)?\s*(?:不得超过|不超过|不能超过|最多|最大为?|上限为?|小于等于|不大于)\s*[：:]?\s*(\d+)"#, anyOf: ["长度"], needsDigit: true)
    static let lengthBetween = Pattern(#"长度\s*(?:限制|范围)?\s*(?:为|是|在)?\s*[：:]?\s*(\d+)\s*(?:-|~|～|到|至)\s*(\d+)"#, anyOf: ["长度"], needsDigit: true)
    static let lengthWithin = Pattern(#"(\d+)\s*个字符以内"#, anyOf: ["个字符以内"], needsDigit: true)

    private static func readLength(_ text: String, type: FieldType, into result: inout Constraints) {
        guard type == .string || type == .json || type == .datetime else { return }
        if let match = lengthRange.firstMatch(in: text) ?? lengthBetween.firstMatch(in: text),
           let low = Int(match[1]), let high = Int(match[2]), low <= high {
            result.minLength = low
            result.maxLength = high
            remember(text, match.range.lowerBound, &result)
            return
        }
        if let match = lengthMax.firstMatch(in: text) ?? lengthLimit.firstMatch(in: text) ?? lengthWithin.firstMatch(in: text),
           let high = Int(match[1]) {
            result.maxLength = high
            remember(text, match.range.lowerBound, &result)
        }
    }

    // MARK: - Numeric ranges

    static let rangeIntro = Pattern(#"(?:取值范围|范围|区间|取值区间|有效范围)\s*(?:为|是|在)?\s*[：:]?\s*"#, anyOf: ["范围", "区间"])
    static let rangeBetween = Pattern(#"(-?\d+(?:\.\d+)?)\s*(?:-|~|～|到|至)\s*(-?\d+(?:\.\d+)?)\s*(?:之间|以内|范围内)"#, anyOf: ["之间", "以内", "范围内"], needsDigit: true)
    static let rangeMax = Pattern(#"(?:最大值|最大|上限|不能超过|不得超过|不超过|不大于|小于等于|最多)\s*(?:为|是)?\s*[：:]?\s*(-?\d+(?:\.\d+)?)(?![\d.]|\s*个字|\s*字符)"#, anyOf: ["最大", "上限", "超过", "不大于", "小于等于", "最多"], needsDigit: true)
    static let rangeMin = Pattern(#"(?:最小值|最小|下限|不能小于|不得小于|不小于|大于等于|最少)\s*(?:为|是)?\s*[：:]?\s*(-?\d+(?:\.\d+)?)(?![\d.]|\s*个字|\s*字符)"#, anyOf: ["最小", "下限", "小于", "大于等于", "最少"], needsDigit: true)

    private static func readRange(_ text: String, type: FieldType, into result: inout Constraints) {
        guard type == .integer || type == .number else { return }
        for match in rangeIntro.matches(in: text) {
            let rest = text[match.range.upperBound...]
            if let range = numericRange.firstMatch(in: String(rest)), isNumericRange(range, in: String(rest)),
               let low = Double(range[1]), let high = Double(range[2]), low <= high {
                result.minimum = low
                result.maximum = high
                remember(text, match.range.lowerBound, &result)
                return
            }
        }
        if let match = rangeBetween.firstMatch(in: text), let low = Double(match[1]), let high = Double(match[2]), low <= high {
            result.minimum = low
            result.maximum = high
            remember(text, match.range.lowerBound, &result)
            return
        }
        if let match = rangeMax.firstMatch(in: text), let high = Double(match[1]) {
            result.maximum = high
            remember(text, match.range.lowerBound, &result)
        }
        if let match = rangeMin.firstMatch(in: text), let low = Double(match[1]) {
            result.minimum = low
            remember(text, match.range.lowerBound, &result)
        }
    }

    /// A range is numeric unless it reads as an address (`10.0.0.0/16`) or a count of characters.
    private static func isNumericRange(_ match: Pattern.Match, in text: String) -> Bool {
        let after = text[match.range.upperBound...].prefix(4)
        if let next = after.first, next == "." || next == "/" || next.isNumber { return false }
        let trimmed = after.drop { $0 == " " }
        for unit in ["个", "字符", "字节", "位"] where trimmed.hasPrefix(unit) { return false }
        return true
    }

    // MARK: - Defaults

    static let defaultIntro = Pattern(#"(?:默认(?:值)?|缺省(?:值)?)\s*(?:为|是|设置为|设为)?\s*[：:]?\s*"#, anyOf: ["默认", "缺省"])

    private static func readDefault(_ text: String, type: FieldType, into result: inout Constraints) {
        guard type != .array, type != .object else { return }
        for match in defaultIntro.matches(in: text) {
            let rest = text[match.range.upperBound...]
            guard var value = literal(at: rest, type: type) else { continue }
            if !result.enumValues.isEmpty {
                guard let known = result.enumValues.first(where: { $0.value.lowercased() == value.lowercased() }) else { continue }
                value = known.value
            }
            result.defaultValue = value
            remember(text, match.range.lowerBound, &result)
            return
        }
    }

    /// A literal default at the start of `text`, or nil when what follows is prose (a dynamic
    /// default such as `默认为zoneId的值` or `默认为 VPN 网关公网 IP`).
    static func literal(at text: Substring, type: FieldType) -> String? {
        guard let first = text.first else { return nil }
        if let values = quotedList(text), let value = values.first, "'\"‘“`".contains(first) {
            return value.value
        }
        var token = String(text.prefix { isValueCharacter($0) })
        while token.hasSuffix(".") { token.removeLast() }
        guard !token.isEmpty else { return nil }
        let after = text.dropFirst(token.count).drop { $0 == " " }
        switch type {
        case .integer, .number:
            let number = String(token.prefix { $0.isNumber || $0 == "-" || $0 == "." })
            guard !number.isEmpty, Double(number) != nil else { return nil }
            if type == .integer, Int(number) == nil { return nil }
            return number
        case .boolean:
            let lower = token.lowercased()
            guard ["true", "false", "0", "1"].contains(lower) else { return nil }
            return lower
        default:
            if let next = after.first, NameCell.isCJK(next), !"，。；、：）)".contains(next) { return nil }
            return token
        }
    }
}
