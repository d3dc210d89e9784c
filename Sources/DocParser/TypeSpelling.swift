import DocText
import APISchema
import DocDialects
import DocMarkdown
import Foundation

/// How a page spells a type, read with its dialect's vocabulary (``TypeVocabulary``).
enum TypeSpelling: Equatable {
    /// A scalar or container type.
    case known(FieldType)
    /// An array whose element type the spelling gives (`Array of String`, `String List`).
    case arrayOf(FieldType)
    /// `Object/Array`: either, decided by the data.
    case objectOrArray
    /// String keys to values of one type (`map[string]int`, `Map [ string ] string`, `String Map`).
    case mapOf(FieldType)
    /// A placeholder meaning "no type" (`无`, `--`, `-`, empty).
    case placeholder
    /// A named structure (`Placement`, `[Placement](…#Placement)`, `Placement object`).
    case structure(String)
    /// A list of a named structure (`Array of Filter`, `array of MountDataDisk objects`).
    case arrayOfStructure(String)
    /// Anything else (`Charge prepaid`): a doc bug.
    case unknown(String)

    /// Reads a type cell.
    static func read(_ raw: String, _ vocabulary: TypeVocabulary = Dialect.v2.types) -> TypeSpelling {
        // Most cells are one scalar word (`String`, `Int`, `字符串`): its key from the bytes
        // (`foldedKey`: spaces and `*` dropped, lower-cased), as below. A key found in the vocabulary is the key the
        // general path makes; any other cell takes the general path.
        if let key = raw.foldedKey(dropping: [0x2A]), let scalar = vocabulary.scalars[key] { return .known(scalar) }
        let trimmed = raw.trimmingBlanks()
        let text = trimmed.utf8.contains(0x2A) ? trimmed.filter { $0 != "*" } : trimmed
        let key = text.foldedKey() ?? text.lowercased().filter { !$0.isWhitespace }
        if let scalar = vocabulary.scalars[key] { return .known(scalar) }
        if let value = mapValue(key, vocabulary) { return .mapOf(value) }
        if vocabulary.placeholders.contains(key) { return .placeholder }
        if vocabulary.arrays.contains(key) { return .known(.array) }
        if vocabulary.objects.contains(key) { return .known(.object) }
        if vocabulary.objectOrArray.contains(key) { return .objectOrArray }
        // Array of String / array of Strings / Array<String> / 数组(String)
        for prefix in vocabulary.elementPrefixes where key.hasPrefix(prefix) {
            // A bare array word (`Array String`) must be a word of its own: `ArrayInfo` is a name.
            if vocabulary.arrays.contains(prefix), prefix.allSatisfy(\.isLetter), !text.dropFirst(prefix.count).hasPrefix(" ") { continue }
            var element = String(key.dropFirst(prefix.count))
            element = element.trimmingScalars(in: [">", ")", "）", "]"])
            if element.hasSuffix("s"), vocabulary.scalars[element] == nil { element.removeLast() }
            if let scalar = vocabulary.scalars[element] { return .arrayOf(scalar) }
            // `List of Arrays`: elements that are lists themselves, held as raw JSON.
            if vocabulary.arrays.contains(element) || vocabulary.arrays.contains(element + "s") { return .arrayOf(.json) }
            if element.contains("object") || element.contains("struct"),
               structureName(String(text.dropFirst(prefixLength(text, prefix))), vocabulary) == nil { return .arrayOf(.object) }
            if let name = structureName(String(text.dropFirst(prefixLength(text, prefix))), vocabulary) {
                return .arrayOfStructure(name)
            }
        }
        // String List / String[] / Object Array
        for suffix in vocabulary.elementSuffixes where key.hasSuffix(suffix) && key.count > suffix.count {
            let element = String(key.dropLast(suffix.count))
            if let scalar = vocabulary.scalars[element] { return .arrayOf(scalar) }
            if vocabulary.objects.contains(element) { return .arrayOf(.object) }
        }
        if let name = structureName(text, vocabulary) { return .structure(name) }
        return .unknown(text)
    }

    /// A reading of a type cell that ``read(_:_:)`` does not understand, by the grammar's two
    /// repairs, with what was repaired (for a warning): a cell that starts with a type and goes on
    /// in prose (`JSON string in key/value pair format. If …`) is that type; a lone word of five
    /// letters or more, one edit from a type word (`Strnig`) or two from one of five letters or
    /// more (`Aarry`, `Bollen`), is that word, when exactly one type word is that near. (Shorter
    /// words are names: `Data` is one edit from `date`, `Point` two from `uint`.)
    static func repaired(_ raw: String, _ vocabulary: TypeVocabulary) -> (spelling: TypeSpelling, typeText: String, reason: String)? {
        if let (spelling, lead) = leadingType(raw, vocabulary) {
            return (spelling, lead, "the cell goes on past its type; read as '\(lead)'")
        }
        let word = raw.trimmingBlanks()
        guard word.count >= 5, word.count <= 16, word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else { return nil }
        let key = word.lowercased()
        let words = Set(vocabulary.scalars.keys).union(vocabulary.arrays).union(vocabulary.objects)
            .filter { $0.count >= 4 && $0.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic } }
        let near = words.map { ($0, editDistance(key, $0, limit: 2)) }.filter { $0.1 <= ($0.0.count >= 5 ? 2 : 1) }
        guard let best = near.map(\.1).min() else { return nil }
        let nearest = near.filter { $0.1 == best }.map(\.0)
        // Two type words equally near: no guess (`Strin` could be `string` only, `Lisst` `list` only).
        guard nearest.count == 1, let found = nearest.first else { return nil }
        let spelling = read(found, vocabulary)
        guard case .unknown = spelling else { return (spelling, found, "'\(word)' is read as the type '\(found)', \(best) edit\(best == 1 ? "" : "s") away") }
        return nil
    }

    /// The warning for a type cell read by ``repaired(_:_:)``, at the cell.
    static func repairWarning(_ typeText: String, path: String, reason: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, "type cell '\(typeText.prefix(40))' of '\(path)': \(reason)", at: location)
    }

    /// The longest start of a cell, up to four words and before any punctuation, that reads as a
    /// type (`JSON string` of `JSON string in key/value pair format.`), when the cell goes on.
    private static func leadingType(_ raw: String, _ vocabulary: TypeVocabulary) -> (TypeSpelling, String)? {
        let text = raw.trimmingBlanks()
        let stops: Set<Character> = [",", "，", ".", "。", "(", "（", ";", "；", ":", "：", "<"]
        let head = String(text.prefix { !stops.contains($0) })
        let words = head.split(whereSeparator: { $0.isWhitespace })
        guard words.count >= 1 else { return nil }
        for count in stride(from: min(4, words.count), through: 1, by: -1) {
            let lead = words.prefix(count).joined(separator: " ")
            guard lead.count < text.count else { continue }
            let spelling = read(lead, vocabulary)
            switch spelling {
            case .known, .arrayOf, .objectOrArray, .mapOf: return (spelling, lead)
            default: continue
            }
        }
        return nil
    }

    /// The Damerau–Levenshtein distance of two short words (an adjacent swap is one edit), or
    /// `limit + 1` once it is past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        if x.isEmpty || y.isEmpty { return min(max(x.count, y.count), limit + 1) }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, table[i - 2][j - 2] + 1) }
                table[i][j] = value
            }
        }
        return min(table[x.count][y.count], limit + 1)
    }

    /// The structure a type cell names: an identifier starting with a capital letter that is no
    /// word of the vocabulary, alone or followed by a structure word (`Placement object`); a
    /// trailing plural `s` is kept (`Images` may be a structure's name).
    static func structureName(_ raw: String, _ vocabulary: TypeVocabulary) -> String? {
        let trimmed = raw.trimmingCharacters(in: CharacterSet(charactersIn: "<>()（）[]").union(.whitespaces))
        var words = trimmed.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.count == 2, vocabulary.structureWords.contains(words[1].lowercased()) { words.removeLast() }
        guard words.count == 1, let name = words.first, let first = name.unicodeScalars.first,
              first.properties.isUppercase, first.isASCII,
              name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_") }),
              name.count <= 128 else { return nil }
        let key = name.lowercased()
        if vocabulary.scalars[key] != nil || vocabulary.arrays.contains(key) || vocabulary.objects.contains(key)
            || vocabulary.placeholders.contains(key) { return nil }
        return name
    }

    /// How many characters of `text` (spaces included) the lower-cased, space-free `prefix` covers.
    private static func prefixLength(_ text: String, _ prefix: String) -> Int {
        var matched = 0
        var count = 0
        for ch in text {
            if matched == prefix.count { break }
            count += 1
            if ch.isWhitespace { continue }
            matched += 1
        }
        // `Array of Filter`: the space after the prefix is part of it too.
        return count + text.dropFirst(count).prefix { $0.isWhitespace }.count
    }

    /// The value type of a map spelling: `map[string]int`, `map<string,int>`, `stringmap`.
    private static func mapValue(_ key: String, _ vocabulary: TypeVocabulary) -> FieldType? {
        for prefix in ["map[string]", "map<string,", "map(string,"] where key.hasPrefix(prefix) {
            let value = String(key.dropFirst(prefix.count)).trimmingScalars(in: [">", ")"])
            if let scalar = vocabulary.scalars[value] { return scalar }
            if vocabulary.objects.contains(value) { return .object }
        }
        if key.hasSuffix("map"), let scalar = vocabulary.scalars[String(key.dropLast(3))] { return scalar }
        return nil
    }
}
