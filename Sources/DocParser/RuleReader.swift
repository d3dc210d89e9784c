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

    static let identifier = Pattern(#"[A-Za-z_][A-Za-z0-9_.]*"#)

    /// The rules a row's description states. `path` is the row's node path.
    func rules(for rowPath: [String], description: String, location: SourceLocation) -> [Rule] {
        var rules: [Rule] = []
        // An element row (`zoneIds.n`) states a rule about the array (`zoneIds`).
        let path = rowPath.last == "n" ? Array(rowPath.dropLast()) : rowPath
        let parent = Array(path.dropLast())
        for phrasing in RulePhrasings.requiredIfByName {
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
            for match in RulePhrasings.requiredIfCompact.pattern.matches(in: description) {
                guard let when = resolve(match[1], near: parent), when != path, when.filter({ $0 != "n" }) != path.filter({ $0 != "n" }) else { continue }
                rules.append(.requiredIf(dotted(path), when: dotted(when), equals: match[2],
                                         sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        if rules.isEmpty {
            for match in RulePhrasings.requiredIfByMeaning.pattern.matches(in: description) {
                guard let (when, value) = fieldWithValue(meaning: match[2].trimmingBlanks(), near: parent, excluding: path)
                        ?? fieldNamed(byItsMeaning: match[1].trimmingBlanks(), withValue: match[2].trimmingBlanks(), near: parent, excluding: path) else { continue }
                rules.append(.requiredIf(dotted(path), when: dotted(when), equals: value,
                                         sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        if rules.isEmpty {
            for match in RulePhrasings.requiredIfNamedByMeaning.pattern.matches(in: description) {
                guard let when = resolve(match[1], near: parent), when != path, let values = values(of: when, meanings: match[2]) else { continue }
                for value in values {
                    rules.append(.requiredIf(dotted(path), when: dotted(when), equals: value,
                                             sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                             source: location))
                }
            }
        }
        // `是否开启图片压缩，开启时imageOriginalSize必须正确填写`: required when this switch is on.
        if let match = RulePhrasings.requiredWhenOn.pattern.firstMatch(in: description), let field = resolve(match[1], near: parent), field != path,
           let node = tree.node(at: path), case .known(.boolean)? = node.row?.spelling {
            rules.append(.requiredIf(dotted(field), when: dotted(path), equals: "true",
                                     sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound), source: location))
        }
        // `新的证书内容，如果没有此项，则 newCertId 必填`: this row or each field named.
        for match in RulePhrasings.requiredWithout.pattern.matches(in: description) {
            for name in names(in: match[1], near: parent) where name != dotted(path) {
                rules.append(.atLeastOne([dotted(path), name], sentence: ConstraintReader.sentence(in: description, around: match.range.lowerBound),
                                         source: location))
            }
        }
        for match in RulePhrasings.oneOfTrigger.pattern.matches(in: description) {
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
        // 帐 and 账 are one word for "account" (`微信开放帐号` for `微信开放账号`).
        func folded(_ text: String) -> String { text.replacingOccurrences(of: "帐", with: "账") }
        for meaning in meanings.map(folded) {
            let named = values.filter { value in
                value.value == meaning || folded(value.description ?? "").contains(meaning)
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

    /// The sibling a condition names by what it is rather than by name (`当策略模式是 speedlimit
    /// 时，要带此参数` beside `smode | 策略模式，matching 或 speedlimit，…`): the one whose description
    /// opens with those words, up to its first comma, and names the value as a word of its own.
    private func fieldNamed(byItsMeaning words: String, withValue value: String, near parent: [String], excluding path: [String]) -> ([String], String)? {
        guard !words.isEmpty, words.hasAtMostCharacters(12), !value.isEmpty, value.allSatisfy({ ConstraintReader.isValueCharacter($0) }) else { return nil }
        let found = (tree.node(at: parent)?.children ?? []).filter { sibling in
            guard parent + [sibling.name] != path, let description = sibling.row?.description.bare else { return false }
            let head = description.prefix { !"，,。；;".contains($0) }.trimmingBlanks()
            return head == words && description.split(whereSeparator: { !ConstraintReader.isValueCharacter($0) }).contains { $0 == value }
        }
        return found.count == 1 ? (parent + [found[0].name], value) : nil
    }

    private func dotted(_ path: [String]) -> String { path.joined(separator: ".") }
}
