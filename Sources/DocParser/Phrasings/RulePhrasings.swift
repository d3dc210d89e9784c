import DocText

/// Cross-field rules as the docs write them (read by ``RuleReader``): conditional requirements by
/// name, by meaning and in English, one-of, required when a switch is on or another field is
/// left out; a ``Phrasing`` line each (``RulePhrasings/RequiredIfPhrasing`` adds which group is which).
enum RulePhrasings {
    /// (`无需传入`, `无须填写`: not required; the lookbehinds keep them out.)
    static let requiredWords = #"(?:必填|必传|必须填写|必须填|必须传入|必须传|必须指定|必须提供|必须设置|为必填(?:项|参数)?|为必选(?:项|参数)?|必选|不能为空|不可为空|(?<![无不毋])(?:需要传入|需要传|需传入|需传|须填写|须填|需要填写|需填写))"#
    /// The row itself required, written as a verb before it (`需要携带此参数`, `要带此参数`) or as
    /// ``requiredWords`` after it (`该参数必填`), or alone (`必填`).
    static let rowRequired = #"(?:(?:该参数|此参数|本参数|该字段|此字段)?\s*"# + requiredWords + #"|(?:需要|要|需|必须)\s*(?:携带|带上|带|传入|传)\s*(?:该参数|此参数|本参数))"#
    /// A gloss in brackets after a condition's value (`SourceType 值为1（本地语音数据上传）时必须填写`).
    static let valueGloss = #"(?:\s*[（(][^）)]{1,40}[）)])?"#
    /// `当 volumeType 为 hostPath 时必填`, `当 cvmType 为 PayByMonth 时，必填此参数`, `accessType 为
    /// SvcLBTypeInner 时必须传参数`, `Policy=0 时是必填参数`, `如果 allNamespaces 值为 false，需要传入…`,
    /// `当 smode 的值是 matching 时，需要携带此参数`: the condition by name, the row itself required. (A name is tried from its first letter only:
    /// from inside it, it would end where it ends, and the match from its start comes first.)
    static let requiredIfCompact = Phrasing(
        #"(?:当|若|如果)?\s*(?<![A-Za-z_])([A-Za-z_][A-Za-z0-9_.]*)\s*(?:参数)?\s*(?:的)?\s*(?:选为|设为|设置为|取值为|值为|值是|为|是|等于|==?)\s*['"‘“]?([A-Za-z0-9_][A-Za-z0-9_\-.]*)['"’”]?"# + valueGloss + #"\s*(?:时|的时候)?\s*[，,]?\s*(?:则)?\s*(?:是)?\s*"# + rowRequired,
        example: "当 volumeType 为 hostPath 时必填")
    static let requiredIfByMeaning = Phrasing(
        #"(?:当|若|如果)([^，,。；;]{0,24}?)(?:为|是)([^，,。；;则时]{1,12}?)\s*(?:时)?\s*[，,]?\s*(?:则)?\s*(?:(?:该参数|此参数|本参数|该字段|此字段)\s*"# + requiredWords + #"|(?:需要|要|需|必须)\s*(?:携带|带上|带|传入|传)\s*(?:该参数|此参数|本参数))"#,
        example: "当计费模式为预付费时，该参数必填")
    /// `accountType是QQ或微信开放账号时，该参数必填`: a field named, then the meanings of one or more
    /// of its values (joined by 或/或者/、), the row itself required. Each meaning must name exactly
    /// one of the field's listed values (`QQ` → `1：QQ开放账号`).
    static let requiredIfNamedByMeaning = Phrasing(
        #"(?:当|若|如果)?\s*(?<![A-Za-z_])([A-Za-z_][A-Za-z0-9_.]*)\s*(?:为|是|选择|选为)\s*([^，,。；;时]{1,40}?)\s*(?:时|的时候)\s*[，,]?\s*(?:则)?\s*(?:该参数|此参数|本参数|该字段|此字段)?\s*"# + requiredWords,
        example: "accountType是QQ或微信开放账号时，该参数必填")
    static let oneOfTrigger = Phrasing(#"(?:必须填一项|必须填写一项|必须填其中一项|必须填其一|必填其一|必须选填一个|必须指定其一|二者必填一个|必填一个|必选一个|必须(?:提供|指定|传入|填写|填)(?:其中)?一个|二选一|不能同时为空|不可同时为空|至少(?:需要|要)?(?:传|填|填写|传入|指定|提供|选择|输入)?(?:其中)?(?:一个|一项|一种|其一))"#,
        example: "userGwCidrBlock 和 spdAcl 必须填一项")
    /// `开启时imageOriginalSize必须正确填写`, on a boolean: the field in group 1.
    static let requiredWhenOn = Phrasing(#"(?:开启|启用|打开|为\s*true)\s*时\s*[，,]?\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?:必须正确填写|"# + requiredWords + ")",
        example: "是否开启图片压缩，开启时imageOriginalSize必须正确填写")
    /// `如果没有此项，则 newCertId 必填`, `若此项不填，则 newCertContent，newCertName 必填`: the
    /// names in group 1. (Each name and blank run taken whole (`*+`): with the separator optional,
    /// a long name could otherwise be split every way before a failing match gives up.)
    static let requiredWithout = Phrasing(
        #"(?:如果|若)\s*(?:没有此项|没有该项|此项不填|该项不填|不填此项|不传此参数|不填此参数|此参数不填)\s*[，,]?\s*(?:则)?\s*((?:[A-Za-z_][A-Za-z0-9_.]*+\s*+[，,、和及]?\s*+)+?)\s*"# + requiredWords,
        example: "新的证书内容，如果没有此项，则 newCertId 必填")

    /// A conditional requirement that names its condition's field, as a table: which group holds
    /// that field, its value, and the field required (0: the row itself, as `该参数`, `this
    /// parameter` or `it` also are).
    struct RequiredIfPhrasing: PhrasingLine {
        let pattern: Pattern
        let when: Int
        let value: Int
        let subject: Int
        /// A description from a real page.
        let example: String
    }

    /// A value that is a word of the sentence, not a value (`is not specified`, `is set to`).
    private static let notAValue = #"(?!(?:not|empty|null|none|left|passed|set|unset|blank|specified|selected|required|the|a|an)\b)"#
    /// A value in an English sentence: it does not end with the sentence's full stop (`PREPAID.`).
    private static let englishValue = #"([A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?)"#
    static let requiredIfEnglish: [RequiredIfPhrasing] = [
        RequiredIfPhrasing(
            pattern: Pattern(#"\b[Ww]hen\s+['"“`]?"# + englishValue + #"['"”`]?\s+is\s+(?:selected|chosen|specified|set|used|passed)\s+(?:for|as|in)\s+([A-Za-z_][A-Za-z0-9_.]*)\s*,\s*([A-Za-z_][A-Za-z0-9_.]*|this parameter|this field|it)\s+(?:is|must be)\s+(?:required|mandatory|specified)"#),
            when: 2, value: 1, subject: 3,
            example: "When address is selected for localIdentity, localAddress is required."),
        RequiredIfPhrasing(
            pattern: Pattern(#"\b(?:[Ww]hen|[Ii]f)\s+(?:the\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s+(?:parameter\s+|field\s+)?(?:is set to|is specified as|equals|is|=|==)\s+"# + notAValue + #"['"“`]?"# + englishValue + #"['"”`]?\s*,\s*(?:then\s+)?([A-Za-z_][A-Za-z0-9_.]*|this parameter|this field|it)\s+(?:is|must be)\s+(?:required|mandatory|specified)"#),
            when: 1, value: 2, subject: 3,
            example: "If InstanceChargeType is PREPAID, this parameter is required."),
        RequiredIfPhrasing(
            pattern: Pattern(#"\b(?:[Rr]equired|[Mm]andatory|must be specified)\s+(?:when|if)\s+(?:the\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s+(?:parameter\s+|field\s+)?(?:is set to|is specified as|equals|is|=|==)\s+"# + notAValue + #"['"“`]?"# + englishValue),
            when: 1, value: 2, subject: 0,
            example: "This parameter is required when InstanceChargeType is PREPAID."),
    ]

    /// Every phrasing of a condition by name: Chinese (`当 volumeType 为 hostPath 时，该参数必填`), then
    /// English.
    static let requiredIfByName: [RequiredIfPhrasing] = [
        RequiredIfPhrasing(
            pattern: Pattern(
        #"(?:当|若|如果)\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(?:参数)?\s*(?:选为|设为|设置为|取值为|的值为|值为|为|是|等于|==?)\s*['"‘“]?([A-Za-z0-9_][A-Za-z0-9_\-.]*)['"’”]?"# + valueGloss + #"\s*(?:时|的时候)?\s*[，,]?\s*(?:则)?\s*([A-Za-z_][A-Za-z0-9_.]*|该参数|此参数|本参数|该字段|此字段|该项)\s*(?:参数)?\s*"# + requiredWords),
            when: 1, value: 2, subject: 3,
            example: "当 localIdentity 选为 address 时，localAddress 必填"),
    ] + requiredIfEnglish

    /// Every line of these tables, for the test that holds each to its example.
    static var lines: [any PhrasingLine] {
        [
            requiredIfCompact,
            requiredIfByMeaning,
            requiredIfNamedByMeaning,
            oneOfTrigger,
            requiredWhenOn,
            requiredWithout,
        ] + requiredIfByName
    }
}
