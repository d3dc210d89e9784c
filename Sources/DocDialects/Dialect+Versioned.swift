import DocText
extension Dialect {
    /// A `Version` row in a parameter table (pipe or HTML), or a `{"Response": …}` example: the
    /// mark of both versioned dialects.
    static let versionedSignal = Pattern(
        #"(?m)(^[ \t]*\|?[ \t]*`?Version`?[ \t]*\|)|(<td[^>]*>\s*Version\s*</td>)|("Response"\s*:)"#)

    /// The V3 pages (2017–2018, hand-written; `../shared/trees/cbs/APIV3`, `batch`): the v2
    /// endpoint and signature plus a `Version` parameter (`本接口第一版本可传：2017-03-12`),
    /// PascalCase names, structures named in type cells (`KeyPair object`, `array of Images`) and
    /// responses wrapped as `{"Response": {…, "RequestId"}}`. Words are the v2 table's.
    public static let v2Versioned: Dialect = {
        var dialect = Dialect.v2
        dialect.name = "v2-versioned"
        dialect.pageSignals = [versionedSignal]
        dialect.protocolRows = ["Version"]
        dialect.structuresElsewhere = true
        dialect.commonParameters.formUnion(["Version", "Language"])
        dialect.envelope = Envelope(members: ["RequestId", "RequestID", "Error"], payload: nil, wrapper: "Response")
        return dialect
    }()

    /// The API 3.0 pages (generated, 2018–2021; `../shared/trees/cbs/API 3.0`, `g20`): host
    /// `<service>.tencentcloudapi.com` (often only in the example URL), path `/`, `Action`,
    /// `Version` and `Region` rows that are protocol constants (`公共参数，本接口取值：X`, `Common
    /// parameter. The value used for this API: X`), structures on the product's 数据结构 page,
    /// the `Response` envelope and TC3-HMAC-SHA256 signing.
    public static let v3: Dialect = {
        var dialect = Dialect.v2Versioned
        dialect.name = "v3"
        dialect.pageSignals = [
            versionedSignal,
            Pattern(#"tencentcloudapi\.com|公共参数[，,。.\s]*本接口取值|Common (?:request )?parameter[.,;\s]+(?:The )?value used for this API"#),
        ]
        dialect.protocolRows = ["Action", "Version", "Region"]
        dialect.defaultPath = "/"
        dialect.hostUsuallyInExample = true
        return dialect
    }()
}
