import APISchema
import DocDialects
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
    /// Anything else (`ChargePrepaidObject`): a custom type name, or a doc bug.
    case unknown(String)

    /// Reads a type cell.
    static func read(_ raw: String, _ vocabulary: TypeVocabulary = Dialect.v2.types) -> TypeSpelling {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "*", with: "")
        let key = text.lowercased().filter { !$0.isWhitespace }
        if let scalar = vocabulary.scalars[key] { return .known(scalar) }
        if let value = mapValue(key, vocabulary) { return .mapOf(value) }
        if vocabulary.placeholders.contains(key) { return .placeholder }
        if vocabulary.arrays.contains(key) { return .known(.array) }
        if vocabulary.objects.contains(key) { return .known(.object) }
        if vocabulary.objectOrArray.contains(key) { return .objectOrArray }
        // Array of String / array of Strings / Array<String> / 数组(String)
        for prefix in vocabulary.elementPrefixes where key.hasPrefix(prefix) {
            var element = String(key.dropFirst(prefix.count))
            element = element.trimmingCharacters(in: CharacterSet(charactersIn: ">)）]"))
            if element.hasSuffix("s"), vocabulary.scalars[element] == nil { element.removeLast() }
            if let scalar = vocabulary.scalars[element] { return .arrayOf(scalar) }
            if element.contains("object") || element.contains("struct") { return .arrayOf(.object) }
        }
        // String List / String[] / Object Array
        for suffix in vocabulary.elementSuffixes where key.hasSuffix(suffix) && key.count > suffix.count {
            let element = String(key.dropLast(suffix.count))
            if let scalar = vocabulary.scalars[element] { return .arrayOf(scalar) }
            if vocabulary.objects.contains(element) { return .arrayOf(.object) }
        }
        return .unknown(text)
    }

    /// The value type of a map spelling: `map[string]int`, `map<string,int>`, `stringmap`.
    private static func mapValue(_ key: String, _ vocabulary: TypeVocabulary) -> FieldType? {
        for prefix in ["map[string]", "map<string,", "map(string,"] where key.hasPrefix(prefix) {
            let value = String(key.dropFirst(prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: ">)"))
            if let scalar = vocabulary.scalars[value] { return scalar }
            if vocabulary.objects.contains(value) { return .object }
        }
        if key.hasSuffix("map"), let scalar = vocabulary.scalars[String(key.dropLast(3))] { return scalar }
        return nil
    }
}
