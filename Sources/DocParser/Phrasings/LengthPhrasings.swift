import DocText

/// String lengths: `不得超过60个字符`, `1-25个中文`, `up to 60 characters`.
/// Each pattern is a ``Phrasing`` line with a sentence from a real page it reads.
enum LengthPhrasings {
    static let lengthRange = Phrasing(#"(\d+)\s*(?:-|~|～|到|至|—|–|－|and|to)\s*(\d+)\s*(?:个)?\s*(?:字符|字节|中文|英文|汉字|字(?!母)|位(?!数)|characters?|bytes?)"#,
                                example: "1-25个中文")

    /// `up to 60 characters`, `no more than 25 bytes`.
    static let lengthMaxEnglish = Phrasing(#"(?:[Uu]p to|[Nn]o more than|cannot exceed|can not exceed|not exceed(?:ing)?|[Aa]t most|[Mm]aximum of|[Mm]aximum length(?: is)?(?: of)?|(?:be )?limited to|(?:be )?within)\s*(\d+)\s*(?:characters?|bytes?|letters?)"#,
                                example: "up to 60 characters")

    /// `不得超过60个字符`, `最长为60个字符`, `不超过64个ASCII字符`, `长度最长为11位`, `最大为64个字符`,
    /// `不超过32个字母`, `最大支持 1000 个英文字母、数字…`.
    static let lengthMax = Phrasing(#"(?:不得超过|不超过|不能超过?|不可超过|不大于|最多|最长|最大(?:支持)?|至多|上限为?|小于等于|少于|小于)\s*(?:为|是)?\s*(\d+)\s*(?:个)?\s*(?:ASCII|英文|中文)?\s*(?:字符|字节|中文字符|英文字符|汉字|字母|字(?!母)|位(?!数)|位字符|characters?|bytes?)"#,
                                example: "不得超过60个字符")

    /// `最小为1个字符`, `至少 8 个字符`, `至少1Byte`.
    static let lengthMin = Phrasing(#"(?:最小|最少|至少|不少于|不能少于)\s*(?:为|是)?\s*(\d+)\s*(?:个)?\s*(?:ASCII|英文|中文)?\s*(?:字符|字节|汉字|characters?|[Bb]ytes?\b)"#,
                                example: "至少 8 个字符")

    /// `长度不超过 60`, `最大长度128字节`, `长度需要>= 8 以及<= 16`.
    static let lengthLimit = Phrasing(#"(?:长度\s*(?:限制|上限)?\s*(?:不得超过|不超过|不能超过|最多|最大为?|最长为?|上限为?|小于等于|不大于|<=|≤)|最大长度\s*(?:为|是)?|长度[^，,。；;]{0,14}?<=)\s*[：:]?\s*(\d+)"#,
                                example: "长度不超过 60")

    static let lengthAtLeast = Phrasing(#"长度[^，,。；;]{0,6}?(?:>=|≥|不小于|至少为?)\s*(\d+)"#,
                                example: "长度需要>= 8")

    static let lengthBetween = Phrasing(#"(?:长度\s*(?:限制|范围)?\s*(?:为|是|在)?|[Ll]ength(?: limit| range)?(?: is)?)\s*[：:]?\s*(\d+)\s*(?:-|~|～|到|至|to)\s*(\d+)(?!\d|\.\d)"#,
                                example: "长度限制为1-60")

    static let lengthWithin = Phrasing(#"(\d+)\s*(?:个字符以内|内个字符|个以内的?字符)"#,
                                example: "60个字符以内")

    /// `长度为32位`: exactly that many characters.
    static let lengthExact = Phrasing(#"长度\s*(?:为|是|固定为)\s*(\d+)\s*(?:位|个字符)"#,
                                example: "长度为32位")

    /// Every line of this table, for the test that holds each to its example.
    static var lines: [any PhrasingLine] {
        [
            lengthRange,
            lengthMaxEnglish,
            lengthMax,
            lengthMin,
            lengthLimit,
            lengthAtLeast,
            lengthBetween,
            lengthWithin,
            lengthExact,
        ]
    }
}
