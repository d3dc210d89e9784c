import Foundation
import QCloudRuntime
import Testing

/// Every vector of KEY-FACTS-3.0.md, and its two doc bugs as tests of their own.
@Suite struct TC3SignerTests {
    static let payload = #"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#
    static let json = "application/json; charset=utf-8"

    @Test func postVectorWithTheKeyAsThePagePrintsIt() {
        let payload = Data(Self.payload.utf8)
        #expect(TC3Signer.sha256Hex(payload) == "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064")
        let canonical = TC3Signer.canonicalRequest(method: "POST", query: "", contentType: Self.json, host: "cvm.tencentcloudapi.com", payload: payload)
        #expect(TC3Signer.sha256Hex(Data(canonical.utf8)) == "5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031")
        let text = TC3Signer.stringToSign(timestamp: 1551113065, service: "cvm", canonicalRequest: canonical)
        #expect(text.hasPrefix("TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n"))
        #expect(TC3Signer.signature(secretKey: "Gu5t9xGARNpq86cd98joQYCN3*******", timestamp: 1551113065, service: "cvm", stringToSign: text)
                == "2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c")
    }

    @Test func postVectorWithTheExampleKey() {
        let authorization = TC3Signer.authorization(
            secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", service: "cvm",
            host: "cvm.tencentcloudapi.com", method: "POST", contentType: Self.json, payload: Data(Self.payload.utf8), timestamp: 1551113065)
        #expect(authorization == "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")
    }

    @Test func getVector() {
        let canonical = TC3Signer.canonicalRequest(method: "GET", query: "Limit=10&Offset=0", contentType: "application/x-www-form-urlencoded",
                                                   host: "cvm.tencentcloudapi.com", payload: Data())
        let text = TC3Signer.stringToSign(timestamp: 1539084154, service: "cvm", canonicalRequest: canonical)
        #expect(TC3Signer.signature(secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", timestamp: 1539084154, service: "cvm", stringToSign: text)
                == "5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474")
    }

    @Test(arguments: [(1551113065, "2019-02-25"), (0, "1970-01-01"), (1551139199, "2019-02-25"), (1551139200, "2019-02-26")])
    func dateIsTheUTCDateOfTheTimestamp(_ timestamp: Int, _ date: String) {
        #expect(TC3Signer.date(of: timestamp) == date)
    }

    static func v1Parameters(region: String, secretId: String) -> [(name: String, value: String)] {
        [("Action", "DescribeInstances"), ("InstanceIds.0", "ins-09dx96dg"), ("Limit", "20"), ("Nonce", "11886"), ("Offset", "0"),
         ("Region", region), ("SecretId", secretId), ("Timestamp", "1465185768"), ("Version", "2017-03-12")]
    }

    @Test func v1SignatureOnThe3Point0Host() {
        let text = Signer.stringToSign(method: "GET", host: "cvm.tencentcloudapi.com", path: "/",
                                       parameters: Self.v1Parameters(region: "ap-guangzhou", secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"))
        #expect(text == "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&Timestamp=1465185768&Version=2017-03-12")
        #expect(Signer.signature(of: text, secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", method: .hmacSHA1) == "EliP9YW3pW28FpsEdkXt/+WcGeI=")
    }

    /// Doc bug: the CVM and CBS API 3.0 接口鉴权 pages print `v9MVG3fopp/gCsLSZ4gMFeYGgDU=` for
    /// these inputs; no variant reproduces it (KEY-FACTS-3.0.md).
    @Test func printedV1ValueIsADocBug() {
        let text = Signer.stringToSign(method: "GET", host: "cvm.tencentcloudapi.com", path: "/",
                                       parameters: Self.v1Parameters(region: "ap-guangzhou", secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"))
        for method in Signer.Method.allCases {
            #expect(Signer.signature(of: text, secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", method: method) != "v9MVG3fopp/gCsLSZ4gMFeYGgDU=")
        }
    }

    /// Doc bug: one 签名方法 page prints the ap-guangzhou value for a string with
    /// `Region=ap-shanghai`.
    @Test func shanghaiStringHasItsOwnSignature() {
        let key = "Gu5t9xGARNpq86cd98joQYCN3*******"
        let id = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******"
        func sign(_ region: String) -> String {
            Signer.signature(of: Signer.stringToSign(method: "GET", host: "cvm.tencentcloudapi.com", path: "/",
                                                     parameters: Self.v1Parameters(region: region, secretId: id)),
                             secretKey: key, method: .hmacSHA1)
        }
        #expect(sign("ap-shanghai") == "8Vd207yM3q8Svra3sMVowv2wMpo=")
        #expect(sign("ap-guangzhou") == "zmmjn35mikh6pM3V7sUEuX4wyYM=")
        #expect(sign("ap-shanghai") != sign("ap-guangzhou"))
    }
}
