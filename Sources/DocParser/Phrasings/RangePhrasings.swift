import DocText

/// Numeric ranges and bounds, and the words that say what a number counts in.
/// Each pattern is a ``Phrasing`` line with a sentence from a real page it reads.
enum RangePhrasings {
    /// `取值范围：60-604800`, `范围（0~30）`, `支持设定值为 1~1000 次` (cmq maxReceiveCount).
    static let rangeIntro = Phrasing(#"(?:取值范围|范围|区间|取值区间|有效范围|设定值|设置值|可设置|值为|[Vv]alue range(?: is)?|[Rr]ange(?: is)?)\s*(?:为|是|在)?\s*[：:]?\s*"#,
                                example: "取值范围：60-604800")

    static let rangeBetween = Phrasing(#"(-?\d+(?:\.\d+)?)\s*(?:-|~|～|到|至)\s*(-?\d+(?:\.\d+)?)\s*(?:之间|以内|范围内)"#,
                                example: "1~100之间")

    /// `An integer between 2-60 seconds`, `between 1 and 100`.
    static let rangeBetweenEnglish = Phrasing(#"\b(?:[Bb]etween|[Ff]rom)\s+(-?\d+(?:\.\d+)?)\s*(?:-|~|and|to)\s*(-?\d+(?:\.\d+)?)(?![\d.]|\s*characters?|\s*bytes?)"#,
                                example: "between 1 and 100")

    static let rangeMax = Phrasing(#"(?:最大值|最大|上限|不能超过|不得超过|不超过|不大于|小于等于|最多|[Mm]aximum(?: value)?(?: is)?|[Mm]ax\. value is|\b[Uu]p to)\s*(?:为|是)?\s*[：:]?\s*(-?\d+(?:\.\d+)?)(?!\d|[.,]\d|\s*个字|\s*字符|\s*characters?|\s*bytes?)"#,
                                example: "最大值为100")

    static let exclusiveMin = Phrasing(#"(?:必须|需|需要|应)?(?<!等于|不)大于\s*(-?\d+)(?![\d.]|\s*个字|\s*字符|\s*等于)"#,
                                example: "必须大于0")

    static let rangeMin = Phrasing(#"(?:最小值|最小|下限|不能小于|不得小于|不小于|大于等于|最少|[Mm]inimum(?: value)?(?: is)?)\s*(?:为|是)?\s*[：:]?\s*(-?\d+(?:\.\d+)?)(?!\d|[.,]\d|\s*个字|\s*字符|\s*characters?|\s*bytes?)"#,
                                example: "最小值为1")

    /// `1,000,000` → `1000000`, so ranges with thousands separators read as numbers.
    /// (Not a list in brackets: `[0,500]`, `[100,200]` are two numbers.)
    static let thousands = Phrasing(#"(?<![\[［(（\d,])\d{1,3}(?:,\d{3})+(?![\d,])"#,
                                example: "1,000,000")

    /// `100万`, `10亿`: a whole number of ten-thousands or hundred-millions; groups 1 and 2.
    static let chineseMagnitude = Phrasing(#"(?<![\d.])(\d{1,9})\s*(万|亿)"#,
                                example: "最大消息堆积数目，范围（100万 - 10亿），单位个，默认1亿")

    /// A host, an address or a `host:port` in a description (`www.test.com:8080`, `1.1.1.1`,
    /// `domain:port`, `域名`, `IP`): the value is text that holds a number, never the number.
    static let addressMention = Phrasing(#"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|\d+\.\d+\.\d+|[A-Za-z]+:(?:port|\d+)\b|域名|地址|\bIP\b|\b[Dd]omain|\b[Aa]ddress|URL"#,
                                example: "可支持 domain:port 或者 ip:port 类型配置")

    /// Words that put a stated range under a condition.
    static let conditionWords = ["期间", "时", "若", "当", "如果", "情况", "阶段"]

    /// Words that say the number is a size, so `50G` counts in gigabytes, not a multiplier.
    static let sizeWords = ["大小", "容量", "内存", "磁盘", "硬盘", "size", "Size", "capacity"]

    /// `单位为GB`, `(单位:Mbps)`: the unit the description declares; group 1.
    static let declaredUnit = Phrasing(#"(?:单位|[Uu]nit)\s*(?:为|是|is)?\s*[：:]?\s*([A-Za-z]+)"#,
                                example: "单位为GB")

    /// Characters after a number that scale it (`100K`, `1G`, `3万`).
    static let multiplierLetters: Set<Character> = ["K", "k", "M", "G", "g", "T", "W", "w", "万", "千", "亿"]
    /// Size units a size description counts in.
    static let sizeUnits: Set<String> = ["k", "kb", "m", "mb", "mib", "g", "gb", "gib", "t", "tb", "tib"]
    /// Units without a multiplier.
    static let baseUnits: Set<String> = ["b", "byte", "bytes", "bit", "bits", "s", "sec", "secs", "second", "seconds", "ms", "bps", "px", "pps"]

    /// Every line of this table, for the test that holds each to its example.
    static var lines: [any PhrasingLine] {
        [
            rangeIntro,
            rangeBetween,
            rangeBetweenEnglish,
            rangeMax,
            exclusiveMin,
            rangeMin,
            thousands,
            chineseMagnitude,
            addressMention,
            declaredUnit,
        ]
    }
}
