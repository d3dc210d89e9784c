import Foundation
import APISchema

/// How the docs spell types, mapped to the schema's types.
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
    static func read(_ raw: String) -> TypeSpelling {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "*", with: "")
        let key = text.lowercased().filter { !$0.isWhitespace }
        if let scalar = scalar(key) { return .known(scalar) }
        switch key {
        case "", "无", "--", "-", "—", "空", "/", "n/a", "null":
            return .placeholder
        case "array", "数组", "list", "[]", "arrays", "set":
            return .known(.array)
        case "object", "对象", "struct", "结构体", "map", "dict", "dictionary":
            return .known(.object)
        case "object/array", "array/object", "object|array":
            return .objectOrArray
        default:
            break
        }
        // Array of String / array of Strings / String List / Array<String> / String[] / 数组(String)
        for prefix in ["arrayof", "listof", "array<", "list<", "数组(", "数组（"] where key.hasPrefix(prefix) {
            var element = String(key.dropFirst(prefix.count))
            element = element.trimmingCharacters(in: CharacterSet(charactersIn: ">)）"))
            if element.hasSuffix("s"), scalar(element) == nil { element.removeLast() }
            if let scalar = scalar(element) { return .arrayOf(scalar) }
            if element.contains("object") || element.contains("struct") { return .arrayOf(.object) }
        }
        for suffix in ["list", "[]", "array", "数组"] where key.hasSuffix(suffix) && key.count > suffix.count {
            let element = String(key.dropLast(suffix.count))
            if let scalar = scalar(element) { return .arrayOf(scalar) }
        }
        return .unknown(text)
    }

    private static func scalar(_ key: String) -> FieldType? {
        switch key {
        case "string", "str", "字符串", "text", "char", "varchar": return .string
        case "int", "integer", "uint", "int32", "int64", "uint32", "uint64", "long", "整型", "整数", "short":
            return .integer
        case "float", "double", "number", "decimal", "浮点", "浮点型", "浮点数", "数字", "数值": return .number
        case "bool", "boolean", "布尔", "布尔型", "布尔值": return .boolean
        case "datetime", "date", "timestamp", "time", "时间", "日期": return .datetime
        case "json", "jsonstring", "json字符串": return .json
        default: return nil
        }
    }
}
