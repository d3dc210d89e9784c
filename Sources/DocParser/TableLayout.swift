import DocMarkdown

/// What each column of a table holds, read from its header cells by meaning.
struct TableLayout: Equatable {
    /// The kinds of table the parser reads.
    enum Kind: Equatable {
        /// Parameter or response-field rows.
        case parameters
        /// Error-code rows.
        case errors
        /// Anything else (`特性类型 | 描述`).
        case other
    }

    var kind: Kind
    var name: Int?
    var required: Int?
    var type: Int?
    var description: Int?
    var code: Int?
    var columnCount: Int

    /// The role of one header cell.
    enum Role: Equatable {
        case name, required, type, description, code, ignored, unknown
    }

    /// What a header cell means. Bold markers, spaces and a trailing colon are ignored.
    static func role(of header: String) -> Role {
        let text = header.filter { !$0.isWhitespace && $0 != "*" && $0 != "：" && $0 != ":" }.lowercased()
        switch text {
        case "参数名称", "参数名", "参数", "名称", "字段", "字段名", "字段名称", "参数名字", "name", "parameter", "parametername":
            return .name
        case "必选", "是否必选", "必填", "是否必填", "是否必须", "必须", "必传", "是否必传", "required":
            return .required
        case "类型", "参数类型", "数据类型", "字段类型", "type":
            return .type
        case "描述", "说明", "参数描述", "参数说明", "含义", "备注", "描述信息", "错误描述", "原因", "错误原因", "description":
            return .description
        case "错误码", "错误码数值", "错误代码", "返回码", "错误码值", "code", "errorcode":
            return .code
        case "序号", "来源", "示例", "取值", "默认值":
            return .ignored
        default:
            return .unknown
        }
    }

    /// Reads a table's layout from its header row.
    init(header: [String]) {
        kind = .other
        columnCount = header.count
        for (index, cell) in header.enumerated() {
            switch TableLayout.role(of: cell) {
            case .name: if name == nil { name = index }
            case .required: if required == nil { required = index }
            case .type: if type == nil { type = index }
            case .description: if description == nil { description = index }
            case .code: if code == nil { code = index }
            case .ignored, .unknown: break
            }
        }
        if code != nil, type == nil {
            kind = .errors
        } else if name != nil, type != nil || required != nil {
            kind = .parameters
        }
    }
}
