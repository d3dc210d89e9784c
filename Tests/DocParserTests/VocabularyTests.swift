import APISchema
import DocDialects
@testable import DocParser
import Testing

/// One row per spelling seen in the corpus survey (SURVEY.md §2–§4).
@Suite struct VocabularyTests {
    @Test(arguments: [
        ("String", TypeSpelling.known(.string)), ("string", .known(.string)),
        ("Int", .known(.integer)), ("int", .known(.integer)), ("UInt", .known(.integer)), ("Integer", .known(.integer)),
        // 动态加速网络, 自定义监控: `Unsigned` for an unsigned integer; 自定义监控 `正整数`.
        ("Unsigned", .known(.integer)), ("正整数", .known(.integer)), ("json 格式字符串", .known(.json)),
        ("Array", .known(.array)), ("array", .known(.array)), ("数组", .known(.array)),
        ("Array of String", .arrayOf(.string)), ("array of Strings", .arrayOf(.string)), ("String List", .arrayOf(.string)),
        ("Object", .known(.object)), ("Object/Array", .objectOrArray),
        ("Bool", .known(.boolean)), ("bool", .known(.boolean)), ("datetime", .known(.datetime)), ("Datetime", .known(.datetime)),
        ("Json", .known(.json)), ("Float", .known(.number)), ("Timestamp", .known(.datetime)),
        ("无", .placeholder), ("--", .placeholder), ("", .placeholder),
        // Structures, as the versioned pages name them (KEY-FACTS-3.0.md "Pages").
        ("ChargePrepaidObject", .structure("ChargePrepaidObject")), ("Placement", .structure("Placement")),
        ("Placement object", .structure("Placement")), ("KeyPair object", .structure("KeyPair")),
        ("Array of Filter", .arrayOfStructure("Filter")), ("array of Images", .arrayOfStructure("Images")),
        ("array of MountDataDisk objects", .arrayOfStructure("MountDataDisk")), ("Array of Object", .arrayOf(.object)),
        ("Long", .known(.integer)), ("Array of Integer", .arrayOf(.integer)),
        // The type-cell grammar over the whole docs: an array word with its element after a space
        // (EMR `Array String`, `array string`), a list of lists (API 网关 `List of Arrays`), the JSON
        // family (点播 `json串`, 物联云 `Json Object`), `Enum` (自定义监控: one of the listed values),
        // `None` (no type); a name that only starts like an array word is still a name.
        ("Array String", .arrayOf(.string)), ("array string", .arrayOf(.string)), ("array(int)", .arrayOf(.integer)),
        ("List of Arrays", .arrayOf(.json)), ("List of Array", .arrayOf(.json)), ("json串", .known(.json)),
        ("Json Object", .known(.object)), ("JSON array", .known(.array)), ("Enum", .known(.string)), ("None", .placeholder),
        ("ArrayInfo", .structure("ArrayInfo")), ("[]String", .arrayOf(.string)),
        // Not a name: a description or a phrase.
        ("Charge prepaid", .unknown("Charge prepaid")), ("单位 GB", .unknown("单位 GB")),
    ])
    func typeSpellings(_ spelling: String, _ expected: TypeSpelling) {
        #expect(TypeSpelling.read(spelling) == expected)
    }

    /// The grammar's repairs, each with its reason: a cell that goes on past its type, a word one
    /// edit (two from six letters) from exactly one type word. Anything else stays unknown.
    @Test(arguments: [
        ("JSON string in key/value pair format. If this parameter is specified", TypeSpelling.known(.json) as TypeSpelling?, "goes on past its type"),
        ("String，最多64个字符", .known(.string), "goes on past its type"),
        ("Aarry", .known(.array), "2 edits away"), ("Strnig", .known(.string), "1 edit away"),
        ("Bollen", .known(.boolean), "2 edits away"), ("Integr", .known(.integer), "1 edit away"),
        ("name", nil, ""), ("Charge prepaid", nil, ""), ("credentials", nil, ""), ("Filter", nil, ""),
    ])
    func typeCellRepairs(_ cell: String, _ expected: TypeSpelling?, _ reason: String) {
        let repair = TypeSpelling.repaired(cell, Dialect.v2.types)
        #expect(repair?.spelling == expected)
        if expected != nil { #expect(repair?.reason.contains(reason) == true, "\(String(describing: repair))") }
    }

    @Test(arguments: [
        ("参数名称", TableLayout.Role.name), ("**参数名称**", .name), ("参数", .name), ("名称", .name),
        ("必选", .required), ("是否必选", .required), ("类型", .type), ("描述", .description),
        ("错误码", .code), ("错误码数值", .code), ("原因", .description), ("序号", .ignored), ("来源", .ignored),
        ("特性类型", .unknown),
    ])
    func headerRoles(_ header: String, _ role: TableLayout.Role) {
        #expect(Dialect.v2.headerRole(of: header) == role)
    }

    @Test func layoutsByMeaningNotOrder() {
        let input = TableLayout(header: ["序号", "参数名称", "类型", "是否必选", "描述"], dialect: .v2)
        #expect(input.kind == .parameters)
        #expect(input.name == 1 && input.type == 2 && input.required == 3 && input.description == 4)
        #expect(TableLayout(header: ["错误码数值", "原因"], dialect: .v2).kind == .errors)
        #expect(TableLayout(header: ["特性类型", "描述"], dialect: .v2).kind == .other)
        #expect(TableLayout(header: ["参数名称", "类型", "描述"], dialect: .v2).required == nil)
    }

    @Test(arguments: [
        ("vpcId", ["vpcId"]), ("userGwCidrBlock.n", ["userGwCidrBlock", "n"]),
        ("x.N.field", ["x", "n", "field"]), ("routeSet.0.destinationCidrBlock", ["routeSet", "n", "destinationCidrBlock"]),
        ("**IKESet.exchangeMode**", ["IKESet", "exchangeMode"]),
        ("paramList.n (paramList 为数组，此处入参需要填写数组元素 )", ["paramList", "n"]),
        ("data.output 结构", ["data", "output"]),
    ])
    func nameCells(_ cell: String, _ path: [String]) {
        #expect(NameCell.path(cell) == path)
    }

    @Test(arguments: ["", "  ", "无", "IKE配置详情：更多"])
    func cellsWithoutNames(_ cell: String) {
        #expect(NameCell.path(cell) == nil || cell == "无")
    }

    @Test(arguments: [("是", true), ("否", false), (" 是 ", true), ("无", nil), ("--", nil)] as [(String, Bool?)])
    func requiredMarkers(_ cell: String, _ expected: Bool?) {
        #expect(RequiredCell.read(cell) == expected)
    }
}
