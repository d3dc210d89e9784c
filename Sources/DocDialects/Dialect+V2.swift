import DocText
extension Dialect {
    /// The classic API 2.0 pages (`*.api.qcloud.com/v2/index.php`, `code`/`message`/`data`), in
    /// Chinese and in their English twins (`X_en.md`: a language, not another dialect). Every word
    /// here was seen in `../shared/corpus` (SURVEY.md) or `../shared/trees`; `VocabularyTests` has
    /// rows for them.
    public static let v2 = Dialect(
        name: "v2",
        sectionTitles: [
            (.taskOutput, ["任务查询输出参数", "任务查询返回参数"]),
            (.input, ["输入参数", "请求参数", "入参", "inputparameter", "requestparameter"]),
            (.output, ["输出参数", "响应参数", "返回参数", "返回值", "出参", "outputparameter", "responseparameter", "returnparameter"]),
            (.errors, ["错误码", "错误代码", "errorcode"]),
            (.examples, ["示例", "例子", "example"]),
            (.description, ["接口描述", "功能描述", "接口说明", "简介", "apidescription", "apioverview"]),
        ],
        headerRoles: [
            .name: ["参数名称", "参数名", "参数", "名称", "字段", "字段名", "字段名称", "参数名字", "name", "parameter", "parametername"],
            .required: ["必选", "是否必选", "必填", "是否必填", "是否必须", "必须", "必传", "是否必传", "required"],
            .type: ["类型", "参数类型", "数据类型", "字段类型", "type"],
            .description: ["描述", "说明", "参数描述", "参数说明", "含义", "备注", "描述信息", "错误描述", "原因", "错误原因", "description", "remarks"],
            .code: ["错误码", "错误码数值", "错误代码", "返回码", "错误码值", "code", "errorcode", "errorcodes"],
            .codeDesc: ["英文提示", "英文描述", "英文错误码", "错误码描述", "codedesc"],
            .ignored: ["序号", "来源", "示例", "取值", "默认值"],
        ],
        types: TypeVocabulary(
            scalars: [
                "string": .string, "str": .string, "字符串": .string, "text": .string, "char": .string, "varchar": .string,
                "int": .integer, "integer": .integer, "uint": .integer, "int32": .integer, "int64": .integer,
                "uint32": .integer, "uint64": .integer, "long": .integer, "整型": .integer, "整数": .integer, "short": .integer,
                "unsigned": .integer, "正整数": .integer,
                "float": .number, "double": .number, "number": .number, "decimal": .number, "浮点": .number,
                "浮点型": .number, "浮点数": .number, "数字": .number, "数值": .number,
                "bool": .boolean, "boolean": .boolean, "布尔": .boolean, "布尔型": .boolean, "布尔值": .boolean,
                "datetime": .datetime, "date": .datetime, "timestamp": .datetime, "time": .datetime, "时间": .datetime, "日期": .datetime,
                "日期时间": .datetime, "unixtimestamp": .integer, "unix时间戳": .integer, "时间戳": .integer, "uint/float": .number,
                "二进制流": .string, "binary": .string,
                "json": .json, "jsonstring": .json, "json字符串": .json, "json格式字符串": .json, "json串": .json,
                // `Enum`: one of the values the description lists, sent as written.
                "enum": .string,
            ],
            arrays: ["array", "数组", "list", "[]", "arrays", "set", "jsonarray", "json数组"],
            objects: ["object", "对象", "struct", "结构体", "map", "dict", "dictionary", "obj", "jsonobject", "json对象"],
            objectOrArray: ["object/array", "array/object", "object|array"],
            placeholders: ["", "无", "--", "-", "—", "空", "/", "n/a", "null", "none"],
            // Longest first; a bare `array` last (`Array String`, `array string`).
            elementPrefixes: ["arrayof", "listof", "array<", "list<", "array[", "list[", "array(", "list(", "[]", "数组(", "数组（", "array"],
            elementSuffixes: ["list", "[]", "array", "数组"]),
        // In a tie, the earlier pattern wins: the description's `本接口（X）` names what the page is
        // about, where the `Action 字段为` boilerplate is what writers copy from a sibling page
        // (弹性伸缩 2017 `查询告警触发策略`: `本接口(DescribeScalingPolicy)` … `Action字段为DescribeScalingConfiguration`).
        actionPatterns: [
            Pattern(#"本接口\s*[（(]\s*[`]?([A-Za-z][A-Za-z0-9_]*)[`]?\s*[)）]"#),
            Pattern(#"Action\s*字段\s*(?:为|是)\s*[：:]?\s*[`'"“]?([A-Za-z][A-Za-z0-9_]*)"#),
            Pattern(#"接口名(?:称)?\s*[：:]\s*[`'"“]?([A-Za-z][A-Za-z0-9_]*)"#),
            Pattern(#"(?:^|\n)\s*[`]?([A-Z][A-Za-z0-9_]*)[`]?\s*(?:接口|API)\s*(?:用来|用于|可以|可)"#),
            Pattern(#"本接口取值\s*[：:]\s*[`'"“]?([A-Za-z][A-Za-z0-9_]*)"#),
            // English twins: `This API (CreateNatGateway) is used to ...`.
            Pattern(#"This API\s*[（(]\s*[`]?([A-Za-z][A-Za-z0-9_]*)[`]?\s*[)）]"#),
            Pattern(#"Action field (?:for|of) this API is\s*[：:]?\s*[`'"“]?([A-Za-z][A-Za-z0-9_]*)"#),
            // `Value used in this API: X`; API 3.0's `Common parameter. The value used for this API: X`.
            Pattern(#"[Vv]alue used (?:in|for) this API\s*[：:]\s*[`'"“]?([A-Za-z][A-Za-z0-9_]*)"#),
            // `API: DeregisterInstancesFromBmLoadBalancer` on a line of its own.
            Pattern(#"(?:^|\n)\s*API\s*(?:[Nn]ame)?\s*[：:]\s*[`'"“]?([A-Z][A-Za-z0-9_]*)[`'"”]?\s*(?:$|\n)"#),
        ],
        // A labelled line only: `请求域名` anywhere (`接口请求域名：vpc.api.qcloud.com`,
        // `外网接口请求域名 `https://cmq-queue-{$region}.api.qcloud.com``, `…的请求域名为：…`), or a line
        // (list item, `<br>` line) led by a short label ending in `域名` and a colon (`域名：dsa.api.qcloud.com`),
        // or in English by one with `Domain` (`Domain for API request: vpc.api.qcloud.com`). A domain in a
        // sentence (`向域名`www.abc.com`配置的源站`, `查询域名 dsa.test.qcloud.com 的带宽`) is a customer's.
        hostPattern: Pattern(#"(?:请求域名\s*(?:为|是)?\s*[：:]?|^(?:[\s>*+#0-9.、-]|</?br\s*/?>)*(?:\*\*)?[^\s。，,；;：:`]{0,10}?域名\s*(?:为|是)?\s*(?:\*\*)?\s*[：:]|^(?:[\s>*+#0-9.、-]|</?br\s*/?>)*(?:\*\*)?[A-Za-z ]{0,24}?[Dd]omain[^:：\n]{0,48}[：:])\s*[`'"“]?\s*(?:https?://)?((?:[A-Za-z0-9]|\{\$?region\})(?:[A-Za-z0-9-]|\{\$?region\})*(?:\.[A-Za-z0-9-]+)+)"#),
        summaryPrefix: Pattern(#"^\s*(?:本接口\s*[（(][^)）]*[)）]|This API\s*[（(][^)）]*[)）]|[`]?[A-Z][A-Za-z0-9_]*[`]?\s*接口(?=用来|用于|可以|可))\s*"#),
        nonSummaryMarkers: ["域名", "接口名", "Domain for"],
        internalHostMarkers: ["内网", "private network", "Private network", "internal"],
        // (`api.cloud.tencent.com` is the international site's name for `api.qcloud.com`: `cdn.api.cloud.tencent.com`.)
        apiDomains: ["api.qcloud.com", "api.tencentyun.com", "tencentcloudapi.com", "api.cloud.tencent.com"],
        commonParameters: ["Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token"],
        envelope: Envelope(members: ["code", "message", "codeDesc", "requestId"], payload: "data"),
        defaultPath: "/v2/index.php")
}
