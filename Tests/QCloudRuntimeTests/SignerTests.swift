import QCloudRuntime
import Testing

/// The four worked examples of the reference pages (KEY-FACTS.md), as vectors.
@Suite struct SignerTests {
    static let key = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"
    static let id = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA"

    static func parameters(method: String) -> [(name: String, value: String)] {
        [("Timestamp", "1465185768"), ("SignatureMethod", method), ("Action", "DescribeInstances"),
         ("Region", "ap-guangzhou"), ("Nonce", "11886"), ("InstanceIds.0", "ins-09dx96dg"), ("SecretId", id)]
    }

    @Test func hmacSHA256Vector() {
        let parameters = Self.parameters(method: "HmacSHA256")
        let text = Signer.stringToSign(method: "GET", host: "cvm.api.qcloud.com", path: "/v2/index.php", parameters: parameters)
        #expect(text == "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&SignatureMethod=HmacSHA256&Timestamp=1465185768")
        #expect(Signer.method(for: parameters) == .hmacSHA256)
        let signature = Signer.signature(of: text, secretKey: Self.key, method: .hmacSHA256)
        #expect(signature == "0EEm/HtGRr/VJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s=")
        #expect(FormEncoding.escape(signature) == "0EEm%2FHtGRr%2FVJXTAD9tYMth1Bzm3lLHz5RCDv1GdM8s%3D")
    }

    @Test func hmacSHA1Vector() {
        let text = Signer.stringToSign(method: "GET", host: "cvm.api.qcloud.com", path: "/v2/index.php",
                                       parameters: Self.parameters(method: "HmacSHA1"))
        #expect(Signer.signature(of: text, secretKey: Self.key, method: .hmacSHA1) == "nPVnY6njQmwQ8ciqbPl5Qe+Oru4=")
    }

    @Test func lowercaseNamesSortAfterUppercase() {
        let parameters: [(name: String, value: String)] = [
            ("offset", "0"), ("limit", "20"), ("instanceIds.0", "ins-09dx96dg"), ("Timestamp", "1465185768"),
            ("SecretId", Self.id), ("Region", "gz"), ("Nonce", "11886"), ("Action", "DescribeInstances"), ("Signature", "ignored"),
        ]
        let text = Signer.stringToSign(method: "get", host: "cvm.api.qcloud.com", path: "/v2/index.php", parameters: parameters)
        #expect(text == "GETcvm.api.qcloud.com/v2/index.php?Action=DescribeInstances&Nonce=11886&Region=gz&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA&Timestamp=1465185768&instanceIds.0=ins-09dx96dg&limit=20&offset=0")
        #expect(Signer.method(for: parameters) == .hmacSHA1)
        #expect(Signer.signature(of: text, secretKey: Self.key, method: .hmacSHA1) == "NSI3UqqD99b/UJb4tbG/xZpRW64=")
    }

    @Test func oldReferenceVector() {
        let parameters: [(name: String, value: String)] = [
            ("Action", "DescribeInstances"), ("Nonce", "345122"), ("Region", "gz"), ("SecretId", Self.id), ("Timestamp", "1408704141"),
        ]
        let text = Signer.stringToSign(method: "GET", host: "cvm.api.qcloud.com", path: "/v2/index.php", parameters: parameters)
        #expect(Signer.signature(of: text, secretKey: Self.key, method: .hmacSHA1) == "HgIYOPcx5lN6gz8JsCFBNAWp2oQ=")
    }

    @Test func byteOrderSorting() {
        let text = Signer.stringToSign(method: "POST", host: "h", path: "/p",
                                       parameters: [("InstanceIds.2", "b"), ("InstanceIds.12", "a"), ("Placement_Zone", "z")])
        #expect(text == "POSTh/p?InstanceIds.12=a&InstanceIds.2=b&Placement.Zone=z")
    }
}

@Suite struct RuntimeTests {
    @Test func credentialsFromEnvironment() {
        #expect(Credentials.fromEnvironment([:]) == nil)
        #expect(Credentials.fromEnvironment(["TENCENTCLOUD_SECRET_ID": "id"]) == nil)
        let credentials = Credentials.fromEnvironment(["TENCENTCLOUD_SECRET_ID": "AKIDabcdefgh1234", "TENCENTCLOUD_SECRET_KEY": "k3y",
                                                       "TENCENTCLOUD_SESSION_TOKEN": "t0ken"])
        #expect(credentials == Credentials(secretId: "AKIDabcdefgh1234", secretKey: "k3y", token: "t0ken"))
        let text = String(describing: credentials) + String(reflecting: credentials as Any)
        #expect(!text.contains("k3y") && !text.contains("t0ken") && !text.contains("AKIDabcdefgh1234"))
    }

    @Test func formRoundTrip() {
        let parameters: [(name: String, value: String)] = [("a", "x/y z&=+%"), ("IKESet.mode", "主模式")]
        let decoded = FormEncoding.decode(FormEncoding.encode(parameters))
        #expect(decoded.map(\.name) == ["a", "IKESet.mode"] && decoded.map(\.value) == ["x/y z&=+%", "主模式"])
    }
}
