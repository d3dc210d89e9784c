import DocText
import DocDialects
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
    var codeDesc: Int?
    var columnCount: Int

    /// The role of one header cell.
    typealias Role = HeaderRole

    /// Reads a table's layout from its header row, with the dialect's header words.
    init(header: [String], dialect: Dialect) {
        kind = .other
        columnCount = header.count
        for (index, cell) in header.enumerated() {
            switch dialect.headerRole(of: cell) {
            case .name: if name == nil { name = index }
            case .required: if required == nil { required = index }
            case .type: if type == nil { type = index }
            case .description: if description == nil { description = index }
            case .code: if code == nil { code = index }
            case .codeDesc: if codeDesc == nil { codeDesc = index }
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
