import DocText
import DocDialects

/// Sentences that carry a constraint word but state nothing a validator of one request could
/// check (the word used for something else, or a rule about other resources or parameters that
/// no rule kind states), as a table:
/// one line per phrasing, with why and a sentence from a real page. `lint --coverage` counts
/// them apart from the sentences read into constraints and from those not understood, so a
/// phrasing here never hides a miss of a real constraint: each pattern names the use of the word
/// that is not a constraint (a noun, a behaviour, a link), not the word.
struct NonConstraintPhrasing: PhrasingLine {
    let pattern: Pattern
    /// Why the sentence states nothing a validator of one request can check.
    let why: String
    /// A sentence from a real page.
    let example: String

    static let all: [NonConstraintPhrasing] = [
        NonConstraintPhrasing(pattern: Pattern(#"默认(?:时间)?\s*(?:为|是|取)?\s*(?:当前|当天|今天|昨天|现在|调用时|请求时)|默认与[^，,。；;]{1,20}一致|默认(?:为|是)\s*[A-Za-z_][A-Za-z0-9_]*\s*的|(?:不能超过|不得超过|不晚于|不早于|早于|晚于)\s*当前时间|(?:the )?present time(?: by default)?|(?:[Dd]efault (?:(?:start|end) )?(?:time )?is (?:the )?)?(?:(?:the )?current (?:time|timestamp|day)|same time yesterday)(?: by default)?|[Dd]efault (?:(?:start|end) )?time is [^.]{0,16}of the current day|00:00(?::00)? of the (?:current )?day by default|(?:later|earlier|after the start time|before the end time) by default"#),
                              why: "a default the service computes (the current time), not a value",
                              example: "结束时间，默认为当前时间"),
        NonConstraintPhrasing(pattern: Pattern(#"默认(?:的)?\s*(?:项目|子网|路由表|安全组|私有网络|网络|VPC|vpc|命名|密码|热词|动作|结果|关联|域名|实例|镜像|规则|\p{Han}{0,2}分组|(?:路径)?映射)|[Dd]efault (?:subnet|VPC|vpc|security group|route table|routing table|project|value of the system)|[Dd]efault (?:VpcId|SubnetId)|\bis-default\b|\bthe default\b(?! (?:is|value))|[Dd]efault is the current (?:customer|user|account|owner)|默认(?:选择)?基础网络|[Dd]efault is (?:the )?basic network"#),
                              why: "names a default resource (默认项目: the default project), not a default value",
                              example: "负载均衡实例所属的项目 ID，0 表示默认项目"),
        NonConstraintPhrasing(pattern: Pattern(#"默认(?:为)?(?:不|无|查询|使用|生成|按照?|采用|关联|显示|返回|开启|关闭|分配|挂载|绑定|为空|由|以|在|会|将|是否|只有)(?:\p{Han}[\p{Han}A-Za-z ]*)?(?=[，,。；;]|$)|默认为\s*空|默认(?:为|是|值为)\s*(?:vpn|VPN|\p{Han})[^0-9'"“‘`，,。；;]*(?=[，,。；;]|$)|(?:^\s*|[.,] )[Bb]y default,? [a-z][^0-9'"“`.]*\.?$|^\s*(?:[Nn]o [a-z]+|[Tt]here is no [a-z]+|[A-Za-z][A-Za-z ]* (?:is|will be) (?:the )?[a-z][A-Za-z ]*) by default\.?$|(?:returned|used|taken) by default"#),
                              why: "what the service does when the parameter is left out, in words (no value to check)",
                              example: "若不指定该参数，则默认不绑定安全组"),
        NonConstraintPhrasing(pattern: Pattern(#"[Pp]ort (?:number )?(?:should|must) be between|(?:disk |selectable )?capacity range|(?:可选的)?(?:磁盘|硬盘)?大小范围|(?:IP|CIDR|address|port|network segment|segment|subnet|network|port number)s?\s+(?:address\s+)?ranges?\b|\branges? of (?:the )?(?:VPC|IP|IDC)|\b(?:discrete port|within the range of)|\bIP range|\brange\)|xx-xx\s*(?:范围|range)"#),
                              why: "an address or port range as a noun (the value is a CIDR or `xx-xx`), not a bound",
                              example: "Destination IP address range, for example: 112.20.51.0/24"),
        NonConstraintPhrasing(pattern: Pattern(#"\bbetween (?![-\d])|\bin between\b"#),
                              why: "`between` as a preposition, with no numbers",
                              example: "Classiclink ID between VPC and CVM"),
        NonConstraintPhrasing(pattern: Pattern(#"取值以[^。；;]{0,120}?为准|(?:参见|见)下文[^。；;]{0,30}?可选值|可选的[^。；;]{0,20}?(?:不一样|不同)[^。；;]{0,6}?(?:见|参见|参考)|可选值[^。；;]{0,60}?及它们包含的子网|(?:取值|可选值|可选取值|取值范围|具体取值|具体名称|最大值|最小值|values?|[Vv]alue range|[Vv]alid values)[^。；;]{0,12}?(?:详见|见下|如下|参见|参考|请参考|参照|可参考|see|refer to|See|Refer to)|取值\s*参照表|\[[^\]]+\]\([^)]+\)(?:接口)?(?:查询|获取)|可(?:通过|调用)[^。；;]{0,40}(?:接口|API)"#),
                              why: "the values are given elsewhere (another page, a table by link, another API's answer), not in this sentence",
                              example: "购买的云盘所处的可用区，取值详见 [地域和可用区](https://cloud.tencent.com/document/product/362/32351)"),
        NonConstraintPhrasing(pattern: Pattern(#"^\s*(?:可选参数|可选项|选填|必填参数|必填项|必选参数|可选(?=\s))|是否必填[：:]\s*[否是]|是个可选项|，(?:可选项?|非必填项)[。.]?$|^(?:Optional|Required)\b"#),
                              why: "restates the table's required column",
                              example: "申请内网 IP 时，只指定数量，由系统自动生成 IP，可选项"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:负号|负数|正数)表示|索引\s*-?\d+\s*表示|(?:为|=|==)\s*['"“”‘’]?[A-Za-z0-9_]+['"“”‘’]?\s*(?:时)?\s*表示|[”"“]\s*[A-Za-z_]+\s*[“"”]\s*表示|(?:^|[，,；;。\s(（者或如]|其中)(?:传入?|填|为|若为|非)?\s*(?:-?\d+(?:-\d+)?|null)\s*(?:都|均)?(?:[：:]\s*(?=表示))?(?:表示|代表|为|means?|:\s*[Dd]efault)(?!\s*\d)"#),
                              why: "the meaning of one special value (a sentinel such as `0 表示默认项目`), not a list of the values",
                              example: "不传则查询全部网络伸缩组，传0表示基础网络"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:^|[，,。；;\s]|\p{Han})(?<![A-Za-z0-9'"”’`]\s?)(?:该参数|此参数|参数|字段|该字段|这|其|它|即|则|并|也)?表示(?!\s*[A-Za-z0-9'"“‘`])|时\s*[，,]\s*表示"#),
                              why: "`表示` as \"denotes\" in prose, with no value before it",
                              example: "表示这一批量中的一条消息"),
        NonConstraintPhrasing(pattern: Pattern(#"包括(?=\s*\p{Han})|including (?=[a-z])|[Ii]ncludes? (?=[a-z])"#),
                              why: "`包括` as \"including\" before words, not a list of wire values",
                              example: "云服务器绑定弹性网卡的 IP 地址，包括主网卡主 IP，主网卡辅助 IP…"),
        NonConstraintPhrasing(pattern: Pattern(#"可选的(?:最大|最小)值|(?:最大|最小)\p{Han}{0,10}(?=$|[，,。；;（(\s])(?![^，,。；;]*\d)"#),
                              why: "names a maximum or minimum (a noun), with no number",
                              example: "伸缩组最小值"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:必须|不能|不可|需要?|应)\s*(?:在|与|位于|属于|是同|为同|存在同)[^。；;]{0,24}?(?:网段|VPC|VP C|私有网络|地域|帐号|账号|集群|子网|项目|队列)|必须(?:大于|小于)(?:或等于)?[^，,。；;]{0,16}?(?:大小|容量)|(?:类型|快照)必须(?:为|是)\p{Han}|必须(?:是|为)\p{Han}{0,6}(?:内|下)的|包含的子网|受限于|必须(?:为|是)请求方|取值不能在\p{Han}{1,12}内|不能重叠|must (?:lie|be) within|cannot (?:be used|overlap)"#),
                              why: "relates the value to other resources (inside the VPC's CIDR, in the same region): a rule of the service no validator of one request can check",
                              example: "子网网段，子网网段必须在 VPC 网段内，相同 VPC 内子网网段不能重叠"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:取值)?(?:范围|[Rr]ange(?: is)?)[：:\s]*\d+\s*[-~]\s*[A-Za-z_][A-Za-z0-9_]{2,}|(?:小于|大于|不超过|不能超过|不大于|不小于)[^，,。；;]{0,12}?[A-Za-z_][A-Za-z0-9_]{2,}\s*的值|时间跨度(?:不能|不得|不应)?(?:超过)?|[Tt]he query period|必须满足\s*[A-Za-z_][A-Za-z0-9_]*\s*[<>]=?\s*[A-Za-z_][A-Za-z0-9_]*|(?:字段|参数)也必须不填|同时指定[^。；;]{1,40}?时\s*[，,]\s*以\s*[A-Za-z_][A-Za-z0-9_]*\s*为准|介于[^，,。；;\d]{0,20}之间|[A-Za-z_]+\s*的范围|(?:[Ll]ess|[Gg]reater) than (?:that specified in |the value of )?[a-z][A-Za-z]+"#),
                              why: "a bound given by another parameter (`0-msgRetentionSeconds`): a cross-field rule the rule kinds cannot state",
                              example: "消息最长回溯时间，取值范围 0-msgRetentionSeconds"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:数组)?下标从\s*0\s*开始|\bn\s*(?:表示|为)\s*从\s*[01]\s*开始的\s*(?:数组)?下标|n\s*从\s*0\s*开始或者从\s*1\s*开始|必须连续"#),
                              why: "how array elements are numbered on the wire (`a.0`, `a.1`): the encoder's business",
                              example: "n 从0开始或者从1开始都可以，但必须连续"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:集群|地域|帐号|账号|项目|网络|VPC|vpc)\s*范围内|范围不一致|范围及方式|时间范围(?:起始|开始|结束)|(?:经营|业务|授权|权限|作用)[（(]?\p{Han}{0,4}[）)]?范围"#),
                              why: "`范围` as \"scope\" (within the cluster), not a numeric range",
                              example: "收集规则名称，集群范围内唯一，不可重复"),
        NonConstraintPhrasing(pattern: Pattern(#"按照?系统默认值"#),
                              why: "the service's own default, not stated",
                              example: "实例系统盘配置信息。若不指定该参数，则按照系统默认值进行分配"),
        NonConstraintPhrasing(pattern: Pattern(#"建议(?:最小|最大|不超过|不少于|不低于|设置)"#),
                              why: "advice (建议最小为4MiB), not a bound",
                              example: "容器需要分配内存的量 ( 单位：MiB )，建议最小为4MiB"),
        NonConstraintPhrasing(pattern: Pattern(#"^\s*(?:For example|For instance|例如|比如)[^。；;]*|(?:例如|比如)[^。；;]{0,80}?表示"#),
                              why: "a worked example, not a rule",
                              example: "For example, if the starttime is set to 2016-07-04 21:00:00, … only data between …"),
        NonConstraintPhrasing(pattern: Pattern(#"\p{Han}{2,6}\s*[=＝]\s*\d+\s*\p{Han}{0,2}\s*[，,]\s*[A-Za-z_][A-Za-z0-9_]*\s*[=＝]\s*\d+"#),
                              why: "pairs a value of another parameter with one of this (时间长度 = 1天，stride = 5): a relation between two fields, not a bound",
                              example: "时间长度 = 1天，stride = 5"),
        NonConstraintPhrasing(pattern: Pattern(#"默认(?:值)?\s*(?:为|是)?\s*[：:]?\s*(?:null\b|空字符串)|[Dd]efault(?: value)?(?: is)?\s*[：:]?\s*(?:null\b|(?:an )?empty string)"#),
                              why: "the default is null or empty (the member is absent), no value to check",
                              example: "解析记录的权重，默认为 null"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:例如|比如|[Ff]or example|e\.g\.)\s*[：:,]?\s*["“'‘][^"”'’]{0,16}(?:默认|[Dd]efault)"#),
                              why: "the word is inside an example value (例如：\"默认\"), not a default",
                              example: "记录的线路名称，例如：\"默认\""),
        NonConstraintPhrasing(pattern: Pattern(#"默认(?:的)?\s*(?:[A-Za-z]+\s*)?值$|默认值$|^\s*[Dd]efault [A-Z]*\s*value (?:in|of|for)\b"#),
                              why: "names a default as what the field holds (前端参数默认值), a noun, not this field's default",
                              example: "API 的前端参数默认值"),
        NonConstraintPhrasing(pattern: Pattern(#"包括[^。；;]{1,80}等(?=\s*(?:[，,。；;]|$))"#),
                              why: "a list that ends in 等 (and so on): examples of the values, not all of them",
                              example: "统计方式，包括max、min、last、sum、avg等"),
        NonConstraintPhrasing(pattern: Pattern(#"不包(?:括|含)\s*[A-Za-z]+"#),
                              why: "a part the value leaves out (主域名，不包括 www), a format note",
                              example: "要操作的域名（主域名，不包括 www，例如：qcloud.com）"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:默认)?(?:取值)?(?:范围)?\s*在?\s*(?:公测|内测)期间|正式上线后\s*(?:的)?\s*(?:范围|为)|[A-Za-z_]+\s*[：:]\s*数值范围|取值范围\s*[：:]\s*\p{Han}{2,10}\s*[：:]\s*\d+\s*[A-Za-z]*\s*[-~～]|若为\p{Han}{1,8}[，,]\s*可选范围|[Vv]alue range for [^:：]{3,120}[:：]\s*\d+\s*-\s*\d+|(?:最大(?:数据|支持)?|长度限制在)\s*(?:为|是)?\s*\d+\s*[KkMmGg]B?(?![A-Za-z])|(?:取值)?范围\s*[（(]\s*\d+\s*[~～-]\s*\d+\s*[KkMmGg]\s*[）)]|默认(?:值)?\s*(?:为)?\s*\d+(?:\.\d+)?\s*[KkMmGg](?![A-Za-z])"#),
                              why: "bounds that change with the service's phase (公测期间 …, 正式上线后 …) or with another field's value (cpu_usage： 数值范围 …), or written with K or G, whose base (1000 or 1024) is not said",
                              example: "取值范围在公测期间为 1,000,000 - 10,000,000，正式上线后范围可达到 1000,000-1000,000,000"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:取值(?:是|为)\s*[：:]?\s*)?[A-Za-z_]+\s*=\s*[A-Za-z_]+\s*\+\s*[A-Za-z_]+\s*\*\s*[A-Za-z_n]+"#),
                              why: "a formula over other fields (volume = volumeMin + volumeStep * n): a rule the rule kinds cannot state",
                              example: "创建实例时，硬盘（volume）的取值是：volume= volumeMin + volumeStep * n"),
        NonConstraintPhrasing(pattern: Pattern(#"(?:若|当)(?![A-Za-z_]|\s*[A-Za-z_])\p{Han}[^。；;]{1,30}?(?:时)?\s*[，,]\s*(?:则)?\s*(?:必填此参数|必须配置)|当启用[^，,。；;]{1,12}时\s*必须配置|启用[^，,。；;]{1,12}后[^。；;]{0,30}?时\s*[，,]\s*必须配置|[A-Za-z0-9-]*\p{Han}{1,8}时此(?:字段|参数)必填"#),
                              why: "a requirement under a condition no field states (若定时任务需要重复执行，则必填此参数): no rule names a field to check",
                              example: "定时任务重复执行时的结束时间，若定时任务需要重复执行，则必填此参数"),
        NonConstraintPhrasing(pattern: Pattern(#"[Vv]alid only (?:when|if|for)|valid when it is passed along with|仅(?:在|当)[^，,。；;]{1,24}时(?:才)?有效|时此字段无效|时该参数无效|取值为\s*\S{1,12}\s*才会返回"#),
                              why: "says when the parameter takes effect (valid only when …), not what values it takes",
                              example: "Login password for the console (valid only when the sub-user is allowed to log in to the console)"),
        NonConstraintPhrasing(pattern: Pattern(#"格式(?:必须)?(?:为|是)\s*[：:]?\s*\d{4}-\d{2}(?:-\d{2})?|(?:取值|格式)为\s*[Uu]nix\s*时间戳"#),
                              why: "a date format shown by an example date (格式必须为：2016-09-28), no value list or bound",
                              example: "查询日期，格式必须为：2016-09-28"),
        NonConstraintPhrasing(pattern: Pattern(#"长度\s*[，,]\s*单位|\p{Han}{2,}取值$|^\s*\p{Han}{1,10}长度\s*$|\p{Han}{1,6}的取值范围\s*$|\p{Han}{1,6}(?:输入字符|的字符集)\s*$"#),
                              why: "names a quantity or its unit (数据长度，单位为字节; 环境变量取值), with no bound or value",
                              example: "数据长度，单位为字节"),
        NonConstraintPhrasing(pattern: Pattern(#"一条规则不超过\s*\d+\s*个"#),
                              why: "a limit per rule on a list the page joins into one string (源站的 IP 列表，一条规则不超过20个 IP): no item count of the field",
                              example: "源站的 IP 列表，一条规则不超过20个 IP"),
        NonConstraintPhrasing(pattern: Pattern(#"[\"“]\s*(?:valid|default|range)\s*[\"”]\s*:"#),
                              why: "a key of a JSON example (\"valid\": \"40\"), not a constraint word",
                              example: "攻击详情数组，数组元素如下：{\"id\": \"grp-0000001\", \"valid\": \"40\"}"),
        NonConstraintPhrasing(pattern: Pattern(#"必须使用\s*[Bb]ase64\s*编码|编码后的字符前加上|必须以\s*[`“\"']?\s*[a-z]+://"#),
                              why: "how the value is encoded or starts (base64, `@` before it, `http://`): a format, not a bound or a list",
                              example: "被加密的明文数据，该字符串必须使用 base64 编码"),
        NonConstraintPhrasing(pattern: Pattern(#"默认\s*[A-Za-z]+\s*\p{Han}{1,2}\s*\d+\s*[，,]\s*[A-Za-z]+\s*\p{Han}{1,2}\s*\d+|(?:key|value)\s*值为[^。；;]{0,20}?范围"#),
                              why: "a default or a bound of a part of the value (the port after each protocol, the weights of a JSON map), not of the value",
                              example: "不设置端口时默认 HTTP 回80，HTTPS 回443"),
        NonConstraintPhrasing(pattern: Pattern(#"包括\s*[a-z]+[A-Z][A-Za-z]*(?:\s*(?:[、,，]|和|及|以及)\s*[a-z]+[A-Z][A-Za-z]*)+"#),
                              why: "names the members the value holds (包括 cosBucketName 和 cosObjectName), not values",
                              example: "该参数指定 cos 路径，包括 cosBucketName 和 cosObjectName"),
    ]

    /// The first phrasing whose match in `sentence` covers the constraint word at `word` (a
    /// sentence may use one word as a noun and another in a real constraint).
    static func matching(_ sentence: String, word: Range<String.Index>) -> NonConstraintPhrasing? {
        all.first { phrasing in
            phrasing.pattern.matches(in: sentence).contains { $0.range.overlaps(word) }
        }
    }
}
