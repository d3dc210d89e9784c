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
    /// A placeholder meaning "no type" (`无`, `--`, `-`, empty).
    case placeholder
    /// Anything else (`ChargePrepaidObject`): a custom type name, or a doc bug.
    case unknown(String)

    /// Reads a type cell.
    static func read(_ raw: String, _ vocabulary: TypeVocabulary = Dialect.v2.types) -> TypeSpelling {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "*", with: "")
        let key = text.lowercased().filter { !$0.isWhitespace }
        if let scalar = vocabulary.scalars[key] { return .known(scalar) }
        if vocabulary.placeholders.contains(key) { return .placeholder }
        if vocabulary.arrays.contains(key) { return .known(.array) }
        if vocabulary.objects.contains(key) { return .known(.object) }
        if vocabulary.objectOrArray.contains(key) { return .objectOrArray }
        // Array of String / array of Strings / Array<String> / 数组(String)
        for prefix in vocabulary.elementPrefixes where key.hasPrefix(prefix) {
            var element = String(key.dropFirst(prefix.count))
            element = element.trimmingCharacters(in: CharacterSet(charactersIn: ">)）"))
            if element.hasSuffix("s"), vocabulary.scalars[element] == nil { element.removeLast() }
            if let scalar = vocabulary.scalars[element] { return .arrayOf(scalar) }
            if element.contains("object") || element.contains("struct") { return .arrayOf(.object) }
        }
        // String List / String[]
        for suffix in vocabulary.elementSuffixes where key.hasSuffix(suffix) && key.count > suffix.count {
            if let scalar = vocabulary.scalars[String(key.dropLast(suffix.count))] { return .arrayOf(scalar) }
        }
        return .unknown(text)
    }
}
