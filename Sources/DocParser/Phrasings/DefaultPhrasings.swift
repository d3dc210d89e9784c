import DocText

/// Defaults: `默认为X`, `X（默认）`, `100 Mbps by default`.
/// Each pattern is a ``Phrasing`` line with a sentence from a real page it reads.
enum DefaultPhrasings {
    /// Verbs between `默认` and the default value (`默认按createTime排序`, `默认使用300s粒度`,
    /// `默认返回 ip_list`, `默认保留7天`).
    static let verbs = ["按照", "按", "使用", "返回", "保留"]
    /// Marks after a listed value that make it the default.
    static let defaultMarkers = ["（默认）", "(默认)", "（默认值）", "(默认值)", " (default)", "(default)"]

    /// `TERMINATE（默认）、INTERRUPT`, `userGwName or createTime (default)`: group 1 is the default.
    static let markedDefault = Phrasing(#"([A-Za-z0-9_][A-Za-z0-9_\-.]*)\s*[（(]\s*(?:默认值?|default)\s*[）)]"#,
                                example: "TERMINATE（默认）、INTERRUPT")

    /// `默认为X`, `默认值：X`, `默认取值：X` (ccs 创建集群 renewFlag), `不传为0` (as 创建伸缩组 projectId).
    static let defaultIntro = Phrasing(#"(?:默认(?:取值|值)?|缺省(?:值)?|不传(?:时|则)?(?=\s*(?:为|是)\s*[-\d'"“‘`A-Za-z])|(?:[Tt]he )?[Dd]efault(?: value)?(?: is| will be| of|:))\s*(?:为|是|设置为|设为)?\s*[：:]?\s*(?:取值为)?\s*"#,
                                example: "默认为0")

    /// `which is 100 Mbps by default`, `Page size, 10 by default`: a number before `by default`; group 1.
    static let defaultAfter = Phrasing(#"(?:\bis|\bof|^|[,，])\s*(-?\d+(?:\.\d+)?)\s*([A-Za-z]*)\s+by default|[Bb]y default,[^.]{0,40}?value (?:as|of|is) (-?\d+)()"#,
                                example: "which is 100 Mbps by default")

    /// Every line of this table, for the test that holds each to its example.
    static var lines: [any PhrasingLine] {
        [
            markedDefault,
            defaultIntro,
            defaultAfter,
        ]
    }
}
