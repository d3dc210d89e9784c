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
            var element = String(key.dropFirst(prefix.count))
            element = element.trimmingScalars(in: [">", ")", "）", "]"])
            if element.hasSuffix("s"), vocabulary.scalars[element] == nil { element.removeLast() }
            if let scalar = vocabulary.scalars[element] { return .arrayOf(scalar) }
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
