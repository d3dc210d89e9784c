import DocText
import DocDialects
import APISchema
import Foundation

/// Reads cross-field rules from description sentences: conditional requirement
/// (`当 localIdentity 选为 address 时，localAddress 必填`) and one-of
/// (`userGwCidrBlock 和 spdAcl 必须填一项`). Names in a sentence are resolved against the
/// row's siblings first, then against the whole tree.
struct RuleReader {
    let tree: FieldTree
    /// Enum values of each node (by dotted path), for conditions written in words (`为预付费`).
    let enumsByPath: [String: [EnumValue]]

    /// (`无需传入`, `无须填写`: not required; the lookbehinds keep them out.)
    static let requiredWords = #"(?:必填|必传|必须填写|必须填|必须传入|必须传|必须指定|必须提供|必须设置|为必填(?:项|参数)?|为必选(?:项|参数)?|必选|不能为空|不可为空|(?<![无不毋])(?:需要传入|需要传|需传入|需传|须填写|须填|需要填写|需填写))"#
    /// A gloss in brackets after a condition's value (`SourceType 值为1（本地语音数据上传）时必须填写`).
    static let valueGloss = #"(?:\s*[（(][^）)]{1,40}[）)])?"#
    /// `当 volumeType 为 hostPath 时必填`, `当 cvmType 为 PayByMonth 时，必填此参数`, `accessType 为
    /// SvcLBTypeInner 时必须传参数`, `Policy=0 时是必填参数`, `如果 allNamespaces 值为 false，需要传入…`:
    /// the condition by name, the row itself required. (A name is tried from its first letter only:
    /// from inside it, it would end where it ends, and the match from its start comes first.)
    static let requiredIfCompact = Pattern(
        #"(?:当|若|如果)?\s*(?<![A-Za-z_])([A-Za-z_][A-Za-z0-9_.]*)\s*(?:参数)?\s*(?:的)?\s*(?:选为|设为|设置为|取值为|值为|为|是|等于|==?)\s*['"‘“]?([A-Za-z0-9_][A-Za-z0-9_\-.]*)['"’”]?"# + valueGloss + #"\s*(?:时|的时候)?\s*[，,]?\s*(?:则)?\s*(?:是)?\s*(?:该参数|此参数|本参数)?\s*"# + requiredWords)
    static let requiredIfByMeaning = Pattern(
        #"(?:当|若|如果)([^，,。；;]{0,24}?)(?:为|是)([^，,。；;则时]{1,12}?)\s*(?:时)?\s*[，,]?\s*(?:则)?\s*(?:该参数|此参数|本参数|该字段|此字段)\s*"# + requiredWords)
    /// `accountType是QQ或微信开放账号时，该参数必填`: a field named, then the meanings of one or more
    /// of its values (joined by 或/或者/、), the row itself required. Each meaning must name exactly
    /// one of the field's listed values (`QQ` → `1：QQ开放账号`).
    static let requiredIfNamedByMeaning = Pattern(
        #"(?:当|若|如果)?\s*(?<![A-Za-z_])([A-Za-z_][A-Za-z0-9_.]*)\s*(?:为|是|选择|选为)\s*([^，,。；;时]{1,40}?)\s*(?:时|的时候)\s*[，,]?\s*(?:则)?\s*(?:该参数|此参数|本参数|该字段|此字段)?\s*"# + requiredWords)
    static let oneOfTrigger = Pattern(#"(?:必须填一项|必须填写一项|必须填其中一项|必须填其一|必填其一|必须选填一个|必须指定其一|二者必填一个|必填一个|必选一个|必须(?:提供|指定|传入|填写|填)(?:其中)?一个|二选一|不能同时为空|不可同时为空|至少(?:需要|要)?(?:传|填|填写|传入|指定|提供|选择|输入)?(?:其中)?(?:一个|一项|一种|其一))"#)
    /// `开启时imageOriginalSize必须正确填写`, on a boolean: the field in group 1.
    static let requiredWhenOn = Pattern(#"(?:开启|启用|打开|为\s*true)\s*时\s*[，,]?\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?:必须正确填写|"# + requiredWords + ")")
    /// `如果没有此项，则 newCertId 必填`, `若此项不填，则 newCertContent，newCertName 必填`: the
    /// names in group 1. (Each name and blank run taken whole (`*+`): with the separator optional,
    /// a long name could otherwise be split every way before a failing match gives up.)
    static let requiredWithout = Pattern(
        #"(?:如果|若)\s*(?:没有此项|没有该项|此项不填|该项不填|不填此项|不传此参数|不填此参数|此参数不填)\s*[，,]?\s*(?:则)?\s*((?:[A-Za-z_][A-Za-z0-9_.]*+\s*+[，,、和及]?\s*+)+?)\s*"# + requiredWords)
    static let identifier = Pattern(#"[A-Za-z_][A-Za-z0-9_.]*"#)

    /// A conditional requirement that names its condition's field, as a table: which group holds
    /// that field, its value, and the field required (0: the row itself, as `该参数`, `this
    /// parameter` or `it` also are).
    struct RequiredIfPhrasing {
        let pattern: Pattern
        let when: Int
        let value: Int
        let subject: Int
        /// A description from a real page.
        let example: String
    }

    /// A value that is a word of the sentence, not a value (`is not specified`, `is set to`).
    private static let notAValue = #"(?!(?:not|empty|null|none|left|passed|set|unset|blank|specified|selected|required|the|a|an)\b)"#
    /// A value in an English sentence: it does not end with the sentence's full stop (`PREPAID.`).
    private static let englishValue = #"([A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?)"#
    static let requiredIfEnglish: [RequiredIfPhrasing] = [
        RequiredIfPhrasing(
            pattern: Pattern(#"\b[Ww]hen\s+['"“`]?"# + englishValue + #"['"”`]?\s+is\s+(?:selected|chosen|specified|set|used|passed)\s+(?:for|as|in)\s+([A-Za-z_][A-Za-z0-9_.]*)\s*,\s*([A-Za-z_][A-Za-z0-9_.]*|this parameter|this field|it)\s+(?:is|must be)\s+(?:required|mandatory|specified)"#),
            when: 2, value: 1, subject: 3,
            example: "When address is selected for localIdentity, localAddress is required."),
        RequiredIfPhrasing(
            pattern: Pattern(#"\b(?:[Ww]hen|[Ii]f)\s+(?:the\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s+(?:parameter\s+|field\s+)?(?:is set to|is specified as|equals|is|=|==)\s+"# + notAValue + #"['"“`]?"# + englishValue + #"['"”`]?\s*,\s*(?:then\s+)?([A-Za-z_][A-Za-z0-9_.]*|this parameter|this field|it)\s+(?:is|must be)\s+(?:required|mandatory|specified)"#),
            when: 1, value: 2, subject: 3,
            example: "If InstanceChargeType is PREPAID, this parameter is required."),
        RequiredIfPhrasing(
            pattern: Pattern(#"\b(?:[Rr]equired|[Mm]andatory|must be specified)\s+(?:when|if)\s+(?:the\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s+(?:parameter\s+|field\s+)?(?:is set to|is specified as|equals|is|=|==)\s+"# + notAValue + #"['"“`]?"# + englishValue),
            when: 1, value: 2, subject: 0,
            example: "This parameter is required when InstanceChargeType is PREPAID."),
    ]

    /// Every phrasing of a condition by name: Chinese (`当 volumeType 为 hostPath 时，该参数必填`), then
    /// English.
    static let requiredIfByName: [RequiredIfPhrasing] = [
        RequiredIfPhrasing(
            pattern: Pattern(
        #"(?:当|若|如果)\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?:参数)?\s*(?:选为|设为|设置为|取值为|的值为|值为|为|是|等于|==?)\s*['"‘“]?([A-Za-z0-9_][A-Za-z0-9_\-.]*)['"’”]?"# + valueGloss + #"\s*(?:时|的时候)?\s*[，,]?\s*(?:则)?\s*([A-Za-z_][A-Za-z0-9_.]*|该参数|此参数|本参数|该字段|此字段|该项)\s*(?:参数)?\s*"# + requiredWords),
            when: 1, value: 2, subject: 3,
            example: "当 localIdentity 选为 address 时，localAddress 必填"),
    ] + requiredIfEnglish

    /// The rules a row's description states. `path` is the row's node path.
    func rules(for rowPath: [String], description: String, location: SourceLocation) -> [Rule] {
        var rules: [Rule] = []
        // An element row (`zoneIds.n`) states a rule about the array (`zoneIds`).
        let path = rowPath.last == "n" ? Array(rowPath.dropLast()) : rowPath
        let parent = Array(path.dropLast())
        for phrasing in Self.requiredIfByName {
            for match in phrasing.pattern.matches(in: description) {
                // The row itself when no name is given (`该参数`, `this parameter`, `it`).
                let subject = phrasing.subject == 0 ? "" : match[phrasing.subject]
                let isRow = subject.isEmpty || !subject.allSatisfy(\.isASCII) || ["this parameter", "this field", "it"].contains(subject.lowercased())
                guard let field = isRow ? path : resolve(subject, near: parent),
                      let when = resolve(match[phrasing.when], near: parent), when != field else { continue }
                rules.append(.requiredIf(dotted(field), when: dotted(when), equals: match[phrasing.value],
                                         sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        if rules.isEmpty {
            for match in Self.requiredIfCompact.matches(in: description) {
                guard let when = resolve(match[1], near: parent), when != path, when.filter({ $0 != "n" }) != path.filter({ $0 != "n" }) else { continue }
                rules.append(.requiredIf(dotted(path), when: dotted(when), equals: match[2],
                                         sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        if rules.isEmpty {
            for match in Self.requiredIfByMeaning.matches(in: description) {
                guard let (when, value) = fieldWithValue(meaning: match[2].trimmingBlanks(), near: parent, excluding: path) else { continue }
                rules.append(.requiredIf(dotted(path), when: dotted(when), equals: value,
                                         sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        if rules.isEmpty {
            for match in Self.requiredIfNamedByMeaning.matches(in: description) {
                guard let when = resolve(match[1], near: parent), when != path, let values = values(of: when, meanings: match[2]) else { continue }
                for value in values {
                    rules.append(.requiredIf(dotted(path), when: dotted(when), equals: value,
                                             sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                             source: location))
                }
            }
        }
        // `是否开启图片压缩，开启时imageOriginalSize必须正确填写`: required when this switch is on.
        if let match = Self.requiredWhenOn.firstMatch(in: description), let field = resolve(match[1], near: parent), field != path,
           let node = tree.node(at: path), case .known(.boolean)? = node.row?.spelling {
            rules.append(.requiredIf(dotted(field), when: dotted(path), equals: "true",
                                     sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound), source: location))
        }
        // `新的证书内容，如果没有此项，则 newCertId 必填`: this row or each field named.
        for match in Self.requiredWithout.matches(in: description) {
            for name in names(in: match[1], near: parent) where name != dotted(path) {
                rules.append(.atLeastOne([dotted(path), name], sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        for match in Self.oneOfTrigger.matches(in: description) {
            // The names just before the trigger (`A 和 B 必须填一项`); the whole sentence only
            // when that clause names fewer than two.
            var fields = names(in: clause(before: match.range.lowerBound, in: description, stops: "。；;\n，,"), near: parent)
            if fields.count < 2 {
                fields = names(in: clause(before: match.range.lowerBound, in: description, stops: "。；;\n"), near: parent)
            }
            if fields.count >= 2 {
                rules.append(.atLeastOne(fields, sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        return rules
    }

    /// The text from the last of `stops` up to `index`.
    private func clause(before index: String.Index, in text: String, stops: String) -> String {
        var start = index
        while start > text.startIndex {
            let before = text.index(before: start)
            if stops.contains(text[before]) { break }
            start = before
        }
        return String(text[start..<index])
    }

    /// The fields a piece of text names, resolved and without a trailing `.n`, in order.
    private func names(in text: String, near parent: [String]) -> [String] {
        var fields: [String] = []
        for token in Self.identifier.matches(in: text) {
            guard var resolved = resolve(token[0], near: parent) else { continue }
            if resolved.last == "n" { resolved.removeLast() }
            let name = dotted(resolved)
            if !fields.contains(name) { fields.append(name) }
        }
        return fields
    }

    /// Resolves a name written in a sentence: a sibling, a full path, or the one node anywhere
    /// whose last segment (or last segment before `.n`) has that name.
    func resolve(_ name: String, near parent: [String]) -> [String]? {
        let segments = name.split(separator: ".").map { NameCell.isArrayMarker(String($0)) ? "n" : String($0) }
        guard !segments.isEmpty else { return nil }
        if tree.node(at: parent + segments) != nil { return parent + segments }
        if tree.node(at: segments) != nil { return segments }
        let matches = tree.allPaths().filter { path in
            let trimmed = path.last == "n" ? Array(path.dropLast()) : path
            return trimmed.count >= segments.count && Array(trimmed.suffix(segments.count)) == segments
                && path.last != "n"
        }
        if matches.count == 1 { return matches[0] }
        // `Policy=0` for `policy`: the one sibling of that name up to case.
        let lower = segments.map { $0.lowercased() }
        let siblings = (tree.node(at: parent)?.children ?? []).filter { $0.name.lowercased() == lower.first && lower.count == 1 }
        return siblings.count == 1 ? parent + [siblings[0].name] : nil
    }

    /// A sibling field one of whose documented values means `meaning` (`预付费` → chargeType
    /// PREPAID, from `PREPAID：预付费，即包年包月`).
    /// The values of the field at `path` that `meanings` name, one each (`QQ或微信开放账号` →
    /// `1`, `2` where the values are `1：QQ开放账号；2：微信开放账号`): a meaning names the value that is it
    /// or whose description contains it; nil unless every meaning names exactly one value.
    private func values(of path: [String], meanings text: String) -> [String]? {
        let values = enumsByPath[dotted(path)] ?? []
        guard !values.isEmpty else { return nil }
        let meanings = text.components(separatedBy: "或者").flatMap { $0.split(whereSeparator: { "或、".contains($0) }) }
            .map { String($0).trimmingBlanks() }.filter { !$0.isEmpty }
        guard !meanings.isEmpty else { return nil }
        var found: [String] = []
        for meaning in meanings {
            let named = values.filter { value in
                value.value == meaning || (value.description ?? "").contains(meaning)
            }
            guard named.count == 1, let value = named.first?.value, !found.contains(value) else { return nil }
            found.append(value)
        }
        return found
    }

    private func fieldWithValue(meaning: String, near parent: [String], excluding path: [String]) -> ([String], String)? {
        guard !meaning.isEmpty else { return nil }
        var found: [([String], String)] = []
        let siblings = tree.node(at: parent)?.children ?? []
        for sibling in siblings where parent + [sibling.name] != path {
            let siblingPath = parent + [sibling.name]
            for value in enumsByPath[dotted(siblingPath)] ?? [] {
                let described = value.description ?? ""
                if value.value == meaning || described.hasPrefix(meaning) {
                    found.append((siblingPath, value.value))
                }
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    private func dotted(_ path: [String]) -> String { path.joined(separator: ".") }
}
