import DocText

/// Value lists: the intros, list shapes and markers that `ConstraintReader` reads values with (item-by-item phrasings are ``ItemPhrasing``, plain-list intros ``ListIntros``).
/// Each pattern is a ``Phrasing`` line with a sentence from a real page it reads.
enum ValuePhrasings {
    /// `JSON 格式`, `json字符串`, `Json string` (ASCII case-blind, spelled out: the text a match
    /// needs is then read from the expression, which a `(?i)` flag would hide).
    static let jsonMention = Phrasing(#"[Jj][Ss][Oo][Nn]\s*(?:格式|字符串|串|[Ss][Tt][Rr][Ii][Nn][Gg]|形式|结构)"#,
                                example: "必须是 Json 格式的字符串")

    static let enumIntro = Phrasing(#"(?:可选值|可选的值|可选的\p{Han}{1,6}(?=\s*(?:为|是|有)\s*[：:])|可取值|取值范围|有效值|枚举值|合法值|只支持|仅支持|只能为|只能是|只能取值为|仅可为|固定值|取值固定为|固定为|取值(?=\s*(?:为|是)?\s*[：:])|取值(?=\s*(?:为|是)\s*[“"'‘（(])|[Vv]alue range(?: is)?(?=\s*[：:]))\s*(?:为|是|包括|有)?\s*[：:]?\s*"#,
                                example: "可选值：PREPAID、POSTPAID_BY_HOUR")

    /// `协议 ( TCP / UDP )`: values in brackets separated by slashes or bars.
    /// `[1,2,3,4,5,6,7,8,9,10,11,12,24,36]`: three numbers or more in brackets are the values
    /// (two are an interval, `[0, 3]`).
    static let bracketedNumberList = Phrasing(#"^\s*[\[［]\s*(-?\d+(?:\.\d+)?(?:\s*[,，]\s*-?\d+(?:\.\d+)?){2,})\s*[\]］]"#,
                                example: "[1,2,3,4,5,6,7,8,9,10,11,12,24,36]")

    static let bracketList = Phrasing(#"[（(]\s*([A-Za-z0-9_][A-Za-z0-9_\-.]*(?:\s*[/|｜]\s*[A-Za-z0-9_][A-Za-z0-9_\-.]*)+)\s*[）)]"#,
                                example: "协议 ( TCP / UDP )")

    /// A code may be in ASCII quotes (`"ip_block"：以 IP C 段格式返回`), unless what follows makes
    /// it a JSON key (`{"statement":[…`). (Not a time of day: `10:25:00`.)
    /// (Nor the last word of an English phrase, `Length limit: 1-80`, `are supported: a, b`.)
    static let codeItem = Phrasing(#"(?:^|(?<=[\s，,；;。{(（\n、:：]))(?<![A-Za-z] )"?(-\d+|[A-Za-z0-9_][A-Za-z0-9_\-.]*)(?:"\s*[：:](?!\s*[\d"\[{])|\s*[：:](?!//)(?!\s*\d))"#,
                                example: "PREPAID：预付费， POSTPAID_BY_HOUR：按小时后付费")

    /// `其他：失败`, `其他值表示失败`, `其他返回值的含义可以参考错误码`: the listed codes are not all
    /// (`暂不支持其他值`, other values not supported, says the opposite).
    static let openListMarker = Phrasing(#"(?<!不支持|不能为|不可为|不允许)(?:其他|其它|其余|以外)(?:[^，,；;。\n]{0,4}[：:]|(?:返回)?值|错误码|状态码)"#,
                                example: "0：成功，其他：失败")

    /// A range at the start of the text after an intro; a short lead of words may come first
    /// (`取值范围在公测期间为 1,000,000 - 10,000,000`).
    static let numericRange = Phrasing(#"^\s*(?:[\p{Han}]{0,8}(?:为|是|在|：|:)\s*)?[\[［(（]?\s*(-?\d+(?:\.\d+)?)\s*(?:-|~|～|到|至|—|–|－|,|，)\s*(-?\d+(?:\.\d+)?)"#,
                                example: "1~65535")

    /// `取值为(sum, last, avg, min, max)`: two or more tokens in parentheses, separated by commas
    /// or `、`, right after an intro; comparison operators are tokens too (`取值为(>、< 、>=、 <= 、!=、==)`).
    static let parenthesizedTokenList = Phrasing(#"^\s*[（(]\s*((?:[A-Za-z0-9_][A-Za-z0-9_\-.]*|[<>!=]=|[<>])(?:\s*[,，、]\s*(?:[A-Za-z0-9_][A-Za-z0-9_\-.]*|[<>!=]=|[<>]))+)\s*[）)]"#,
                                example: "(sum, last, avg, min, max)")

    /// Words that close a plain list right after its last value (`createTime,vpnGwName排序`).
    /// (`取值可为1,5,15,30之一`: one of them.)
    static let listClosingWords = ["排序", "两种", "三种", "四种", "之一"]

    /// Every line of this table (with the plain-list intro), for the test that holds each to its example.
    static var lines: [any PhrasingLine] {
        [
            jsonMention,
            enumIntro,
            bracketedNumberList,
            bracketList,
            codeItem,
            openListMarker,
            numericRange,
            parenthesizedTokenList,
            ListIntros.intro,
        ]
    }
}

/// Words that introduce a plain list of values (`协议，必须是 TCP 或者 UDP`), besides the
/// reader's `可选值：`-like intros; each seen on a page of the dev trees.
enum ListIntros {
    static let intro = Phrasing(
        #"(?:可为|可以为|可以是|可选(?!值)|必须是|必须为|必须填写|必须填|只能是|只能为|目前支持|仅支持|只支持|支持(?=\s*[A-Za-z0-9])|取值为|取值是|取值包括|包括(?=\s*[A-Za-z])|可取|(?:[Aa]vailable|[Vv]alid|[Pp]ossible|[Aa]llowed|[Ss]upported) values?(?: include| are| is)?|[Vv]alues? (?:include|can be)|[Ss]ort(?:ing)? (?:can be performed )?(?:only )?by)\s*(?:[：:])?\s*"#,
        example: "协议，必须是 TCP 或者 UDP")
    /// Intro words after which one value alone is the list (`必须为 resourceId`, `目前只支持 TCP`,
    /// `必须填newmongodb`); after the others one value is an example.
    static let singleValueIntroWords = ["必须", "只能", "只支持", "仅支持"]
    /// What may follow such a lone value besides the end of its clause: `暂不支持其他值`, or its
    /// meaning (`必须填newmongodb，表示新购实例`).
    static let oneValueClosers = ["暂不支持其他值", "，表示", ",表示", "，即", "|"]
    /// Separators between values of a plain list (`a、b`, `a 或者 b`, `a 和 b`, `a or b`).
    static let separatorWords = ["或者", "以及", "或", "和", "及", "与", "or", "and"]
    /// Clause words that make a list an example, not the set of values (`例如：a、b`).
    static let exampleWords = ["例如", "比如", "如：", "如:", "示例", "格式", "e.g.", "example", "such as"]
}
