/// What every match of a regular expression must contain, read from the expression itself: sets
/// of words (the match holds one word of each set) and whether it holds an ASCII digit. A
/// ``Pattern`` looks for these in a text before its engine runs, so a text that cannot match is
/// passed over cheaply; since they are derived from the expression, they never rule out a match
/// (a word list kept by hand beside a regex would silently drop matches the day the two part).
///
/// The reading is conservative: whatever it does not understand (a case-insensitive flag, a
/// negated or large character class, a property, a backreference) asks for nothing.
struct RequiredText: Equatable {
    /// Word sets, each one a match must hold a word of (the most selective first, at most two).
    var wordSets: [[String]] = []
    /// Whether a match holds an ASCII digit.
    var needsDigit = false

    /// The required text of `source`, an ICU regular expression.
    init(regex source: String) {
        var parser = RegexSyntax(Array(source.unicodeScalars))
        guard let tree = parser.alternation(), parser.atEnd, !parser.caseInsensitive else {
            // Unreadable, or case-insensitive somewhere: nothing is required but what case
            // cannot change.
            var digits = RegexSyntax(Array(source.unicodeScalars))
            needsDigit = digits.alternation().map { Requirement.of($0).digit } ?? false
            return
        }
        let requirement = Requirement.of(tree)
        needsDigit = requirement.digit
        wordSets = Array(requirement.sets.sorted(by: Requirement.moreSelective).prefix(2))
    }

    init(wordSets: [[String]], needsDigit: Bool) {
        self.wordSets = wordSets
        self.needsDigit = needsDigit
    }
}

/// A regular expression as a tree, as far as required text goes.
indirect enum RegexNode {
    /// One character, matched as itself.
    case character(Unicode.Scalar)
    /// One of a few characters (a small class such as `[：:]`).
    case oneOf([Unicode.Scalar])
    /// One ASCII digit (`\d`, `[0-9]`, `[01]`).
    case digit
    /// Something this reading does not follow (`.`, `\s`, `\p{Han}`, a negated class, ...).
    case other
    /// Nothing (an anchor, `\b`, a negative lookaround).
    case empty
    /// The parts one after another.
    case sequence([RegexNode])
    /// One of the alternatives.
    case alternatives([RegexNode])
    /// `node` at least `minimum` times.
    case repeated(RegexNode, minimum: Int)
}

/// What a node requires: word sets (a match holds a word of each), a digit, and, when the node
/// always matches one of a few texts, those texts (so neighbouring parts join into longer words:
/// `[（(]\\s*` no, `本接口[（(]` gives `本接口（` or `本接口(`).
struct Requirement {
    var sets: [[String]] = []
    var digit = false
    /// The texts the node matches, when it matches one of at most ``exactLimit`` fixed texts.
    var exacts: [String]?

    /// The most fixed texts a node is followed as (a product of alternatives grows fast).
    static let exactLimit = 16

    static func of(_ node: RegexNode) -> Requirement {
        switch node {
        case .character(let scalar): return Requirement(sets: [[String(scalar)]], exacts: [String(scalar)])
        case .oneOf(let scalars): return Requirement(sets: [scalars.map(String.init)], exacts: scalars.map(String.init))
        case .digit: return Requirement(digit: true)
        case .other: return Requirement()
        case .empty: return Requirement(exacts: [""])
        case .repeated(let inner, let minimum):
            guard minimum > 0 else { return Requirement() }
            let requirement = of(inner)
            return Requirement(sets: requirement.sets, digit: requirement.digit)
        case .alternatives(let branches):
            let requirements = branches.map(of)
            if requirements.count == 1, let only = requirements.first { return only }
            var result = Requirement(digit: requirements.allSatisfy(\.digit))
            // Each branch's best set: the match holds a word of one of them.
            let best = requirements.map { ($0.sets + ($0.exacts.map { [$0] } ?? [])).filter { !$0.contains("") }.sorted(by: moreSelective).first }
            if !best.contains(where: { $0 == nil }) {
                result.sets = [unique(best.compactMap { $0 }.flatMap { $0 })]
            }
            if requirements.allSatisfy({ $0.exacts != nil }) {
                let all = unique(requirements.flatMap { $0.exacts ?? [] })
                if all.count <= exactLimit { result.exacts = all }
            }
            return result
        case .sequence(let parts):
            var result = Requirement(exacts: [""])
            var run: [String] = [""]
            func closeRun() {
                if !run.contains("") { result.sets.append(run) }
                run = [""]
            }
            for part in parts {
                let requirement = of(part)
                result.digit = result.digit || requirement.digit
                if let exacts = requirement.exacts {
                    // (One text after one text, the common case of a literal run: appended in place.)
                    if exacts.count == 1, run.count == 1 {
                        run[0] += exacts[0]
                    } else {
                        let joined = unique(run.flatMap { head in exacts.map { head + $0 } })
                        if joined.count <= exactLimit {
                            run = joined
                        } else {
                            closeRun()
                            run = exacts
                        }
                    }
                    if exacts.count == 1, var whole = result.exacts, whole.count == 1 {
                        whole[0] += exacts[0]
                        result.exacts = whole
                    } else {
                        result.exacts = result.exacts.flatMap { whole in
                            let product = unique(whole.flatMap { head in exacts.map { head + $0 } })
                            return product.count <= exactLimit ? product : nil
                        }
                    }
                } else {
                    closeRun()
                    result.exacts = nil
                    result.sets += requirement.sets
                }
            }
            closeRun()
            result.sets = result.sets.filter { !$0.isEmpty && !$0.contains("") }
            return result
        }
    }

    /// `words` without repeats, in order. (The lists are short, a few dozen words at most: a
    /// linear search costs less than a set.)
    static func unique(_ words: [String]) -> [String] {
        var kept: [String] = []
        kept.reserveCapacity(words.count)
        for word in words where !kept.contains(word) { kept.append(word) }
        return kept
    }

    /// Whether set `a` rules out more texts than `b`: its shortest word is longer (in UTF-8
    /// bytes), then it has fewer words.
    static func moreSelective(_ a: [String], _ b: [String]) -> Bool {
        let shortestA = a.map(\.utf8.count).min() ?? 0
        let shortestB = b.map(\.utf8.count).min() ?? 0
        if shortestA != shortestB { return shortestA > shortestB }
        return a.count < b.count
    }
}

/// A reader of ICU's regular-expression syntax, enough to find required text.
struct RegexSyntax {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    /// Whether a flag that changes how literal text matches (`(?i)` case-insensitive, `(?x)`
    /// free spacing) is set anywhere.
    private(set) var caseInsensitive = false

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { index >= scalars.count }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// `a|b|c` up to a `)` or the end.
    mutating func alternation() -> RegexNode? {
        var branches: [RegexNode] = []
        while true {
            guard let branch = sequence() else { return nil }
            branches.append(branch)
            guard peek() == "|" else { break }
            index += 1
        }
        return branches.count == 1 ? branches[0] : .alternatives(branches)
    }

    private mutating func sequence() -> RegexNode? {
        var parts: [RegexNode] = []
        while let next = peek(), next != "|", next != ")" {
            guard let atom = atom() else { return nil }
            guard let quantified = quantified(atom) else { return nil }
            parts.append(quantified)
        }
        return .sequence(parts)
    }

    /// A quantifier after `atom`, if any (lazy and possessive forms included).
    private mutating func quantified(_ atom: RegexNode) -> RegexNode? {
        var minimum: Int?
        switch peek() {
        case "*": minimum = 0; index += 1
        case "+": minimum = 1; index += 1
        case "?": minimum = 0; index += 1
        case "{":
            var digits = ""
            var cursor = index + 1
            while let scalar = cursor < scalars.count ? scalars[cursor] : nil, scalar.properties.numericType != nil, scalar.isASCII {
                digits.unicodeScalars.append(scalar)
                cursor += 1
            }
            guard let low = Int(digits), cursor < scalars.count else { return atom }
            while cursor < scalars.count, scalars[cursor] != "}" { cursor += 1 }
            guard cursor < scalars.count else { return nil }
            index = cursor + 1
            minimum = low
        default: return atom
        }
        if peek() == "?" || peek() == "+" { index += 1 }
        guard let minimum else { return atom }
        return .repeated(atom, minimum: minimum)
    }

    private mutating func atom() -> RegexNode? {
        guard let scalar = peek() else { return nil }
        index += 1
        switch scalar {
        case "(": return group()
        case "[": return characterClass()
        case "\\": return escape()
        case ".": return .other
        case "^", "$": return .empty
        default: return .character(scalar)
        }
    }

    private mutating func group() -> RegexNode? {
        var lookaround = false
        var negative = false
        if peek() == "?" {
            index += 1
            switch peek() {
            case ":": index += 1
            case "=": index += 1; lookaround = true
            case "!": index += 1; negative = true
            case ">": index += 1
            case "<":
                if peek(1) == "=" { index += 2; lookaround = true } else if peek(1) == "!" { index += 2; negative = true } else {
                    // A named group `(?<name>…)`.
                    while let next = peek(), next != ">" { index += 1 }
                    index += 1
                }
            default:
                // Flags: `(?i)`, `(?i:…)`, `(?-i)`.
                var flags = ""
                while let next = peek(), next != ")", next != ":" {
                    flags.unicodeScalars.append(next)
                    index += 1
                }
                if flags.contains("i") || flags.contains("x") { caseInsensitive = true }
                if peek() == ")" {
                    index += 1
                    return .empty
                }
                index += 1
            }
        }
        guard let inner = alternation(), peek() == ")" else { return nil }
        index += 1
        if negative { return .empty }
        _ = lookaround  // a lookaround's text is in the text searched, so it is required too
        return inner
    }

    /// `\x`: an escaped character, a class, or an assertion.
    private mutating func escape() -> RegexNode? {
        guard let scalar = peek() else { return nil }
        index += 1
        switch scalar {
        case "d": return .digit
        case "b", "B", "A", "z", "Z", "G": return .empty
        case "s", "S", "w", "W", "D", "h", "H", "v", "V", "R", "X": return .other
        case "p", "P":
            if peek() == "{" { while let next = peek(), next != "}" { index += 1 }; index += 1 } else { index += 1 }
            return .other
        case "n": return .character("\n")
        case "t": return .character("\t")
        case "r": return .character("\r")
        case "u":
            guard let value = hexadecimal(count: 4) else { return nil }
            return Unicode.Scalar(value).map(RegexNode.character) ?? .other
        case "x":
            if peek() == "{" {
                index += 1
                var digits = ""
                while let next = peek(), next != "}" { digits.unicodeScalars.append(next); index += 1 }
                index += 1
                return UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init).map(RegexNode.character) ?? .other
            }
            guard let value = hexadecimal(count: 2) else { return nil }
            return Unicode.Scalar(value).map(RegexNode.character) ?? .other
        case "Q", "E", "k", "N", "c", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9": return nil
        default:
            // A letter escape not listed above may be a class or an assertion this reading does
            // not know: nothing is required. Any other escaped character is itself.
            return scalar.properties.isAlphabetic ? .other : .character(scalar)
        }
    }

    private mutating func hexadecimal(count: Int) -> UInt32? {
        guard index + count <= scalars.count else { return nil }
        let text = String(String.UnicodeScalarView(scalars[index..<index + count]))
        index += count
        return UInt32(text, radix: 16)
    }

    /// `[…]`: a small set of characters, digits, or something else.
    private mutating func characterClass() -> RegexNode? {
        var members: [Unicode.Scalar] = []
        var understood = true
        if peek() == "^" {
            understood = false
            index += 1
        }
        var first = true
        while let scalar = peek(), scalar != "]" || first {
            first = false
            index += 1
            switch scalar {
            case "[":
                // A nested set or a set operation: skip it whole.
                understood = false
                var depth = 1
                while let next = peek(), depth > 0 {
                    if next == "\\" { index += 1 } else if next == "[" { depth += 1 } else if next == "]" { depth -= 1 }
                    index += 1
                }
            case "\\":
                guard let escaped = peek() else { return nil }
                index += 1
                switch escaped {
                case "d": members += (0x30...0x39).compactMap(Unicode.Scalar.init)
                case "n": members.append("\n")
                case "t": members.append("\t")
                case "p", "P":
                    understood = false
                    if peek() == "{" { while let next = peek(), next != "}" { index += 1 }; index += 1 }
                default:
                    if escaped.properties.isAlphabetic { understood = false } else { members.append(escaped) }
                }
            case "-" where !members.isEmpty && peek() != nil && peek() != "]":
                guard let low = members.popLast(), let high = peek() else { return nil }
                index += 1
                guard low.value <= high.value, high.value - low.value < 64 else {
                    understood = false
                    continue
                }
                members += (low.value...high.value).compactMap(Unicode.Scalar.init)
            default: members.append(scalar)
            }
        }
        guard peek() == "]" else { return nil }
        index += 1
        guard understood, !members.isEmpty else { return .other }
        if members.allSatisfy({ (0x30...0x39).contains($0.value) }) { return .digit }
        var unique: [Unicode.Scalar] = []
        for member in members where !unique.contains(member) { unique.append(member) }
        return unique.count <= 8 ? (unique.count == 1 ? .character(unique[0]) : .oneOf(unique)) : .other
    }
}
