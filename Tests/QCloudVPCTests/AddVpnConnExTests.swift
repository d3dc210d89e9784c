import Foundation
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// The generated module for specs/vpc, exercised: validation, encoding and decoding.
@Suite struct AddVpnConnExTests {
    /// The seed's example request, plus the vpnConnName it forgets.
    static func valid() -> AddVpnConnExRequest {
        AddVpnConnExRequest(vpcId: "vpc-amhnnao5", vpnGwId: "vpngw-dystbrkv", userGwId: "cgw-e098slul",
                            vpnConnName: "conn", preSharedKey: "dgdgd33", userGwCidrBlock: ["10.56.20.1/24"])
    }

    func issues(_ request: AddVpnConnExRequest) -> [String] {
        do {
            try request.validate()
            return []
        } catch let error as ValidationError {
            return error.issues.map { "\($0.path) \($0.rule.rawValue)" }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func validRequestHasNoIssues() {
        #expect(issues(Self.valid()) == [])
    }

    @Test func eachConstraintViolatedOnce() {
        var request = Self.valid()
        request.vpnConnName = String(repeating: "名", count: 61)
        #expect(issues(request) == ["vpnConnName maxLength"])

        request = Self.valid()
        request.ikeSet = .init(ikeSaLifetimeSeconds: 59)
        #expect(issues(request) == ["IKESet.ikeSaLifetimeSeconds range"])
        request.ikeSet = .init(ikeSaLifetimeSeconds: 604801)
        #expect(issues(request) == ["IKESet.ikeSaLifetimeSeconds range"])
        request.ikeSet = .init(ikeSaLifetimeSeconds: 604800)
        #expect(issues(request) == [])

        request = Self.valid()
        request.ikeSet = .init(propoEncryAlgorithm: .init(rawValue: "rot13"))
        #expect(issues(request) == ["IKESet.propoEncryAlgorithm enum"])

        request = Self.valid()
        request.ikeSet = .init(localIdentity: .address)
        #expect(issues(request) == ["IKESet.localAddress requiredIf"])
        request.ikeSet?.localAddress = "1.2.3.4"
        #expect(issues(request) == [])

        request = Self.valid()
        request.userGwCidrBlock = nil
        #expect(issues(request) == ["userGwCidrBlock, spdAcl atLeastOne"])
        request.spdAcl = .object(["10.0.0.5/24": .array([.string("172.123.10.5/16")])])
        #expect(issues(request) == [])

        request = Self.valid()
        request.vpcId = ""
        #expect(issues(request) == ["vpcId required"])

        request = Self.valid()
        request.ipsecSet = .init(ipsecSaLifetimeTraffic: 2559)
        #expect(issues(request) == ["IPsecSet.ipsecSaLifetimeTraffic range"])
    }

    @Test func everyViolationIsReportedAtOnce() {
        var request = Self.valid()
        request.vpnConnName = String(repeating: "a", count: 61)
        request.userGwCidrBlock = nil
        request.ikeSet = .init(remoteIdentity: .fqdn, ikeSaLifetimeSeconds: 1)
        #expect(issues(request) == ["vpnConnName maxLength", "IKESet.ikeSaLifetimeSeconds range",
                                    "userGwCidrBlock, spdAcl atLeastOne", "IKESet.remoteFqdnName requiredIf"])
    }

    @Test func encodesToTheDocumentedParameters() {
        var writer = ParameterWriter()
        Self.valid().encodeParameters(into: &writer, at: "")
        #expect(writer.dictionary == [
            "vpcId": "vpc-amhnnao5", "userGwId": "cgw-e098slul", "vpnGwId": "vpngw-dystbrkv",
            "userGwCidrBlock.0": "10.56.20.1/24", "preSharedKey": "dgdgd33", "vpnConnName": "conn",
        ])
    }

    @Test func encodesNestedAndJSONParameters() {
        var request = Self.valid()
        request.spdAcl = .object(["10.0.0.5/24": .array([.string("172.123.10.5/16")])])
        request.ikeSet = .init(exchangeMode: .main, ikeSaLifetimeSeconds: 86400)
        var writer = ParameterWriter()
        request.encodeParameters(into: &writer, at: "")
        #expect(writer.dictionary["IKESet.exchangeMode"] == "main")
        #expect(writer.dictionary["IKESet.ikeSaLifetimeSeconds"] == "86400")
        #expect(writer.dictionary["spdAcl"] == #"{"10.0.0.5/24":["172.123.10.5/16"]}"#)
    }

    static let exampleResponse = """
    {
        "code": 0,
        "message": "",
        "data": {
            "vpnGwId": "vpngw-dystbrkv",
            "userGwId": "cgw-e098slul",
            "vpnConnId": 0,
            "taskId": 12613,
            "vpnConnStatus": 0,
            "preSharedKey": "dgdgd33",
            "userGwSubnetList": [
                "10.56.20.1/24"
            ]
        }
    }
    """

    @Test func decodesTheExampleResponse() throws {
        let response = try JSONDecoder().decode(AddVpnConnExResponse.self, from: Data(Self.exampleResponse.utf8))
        // The envelope (code, message) is the runtime's: the response holds the payload.
        #expect(response.data?.taskId == 12613)
        #expect(response.data?.userGwSubnetList == ["10.56.20.1/24"], "example-only field")
        let withId = Self.exampleResponse.replacingOccurrences(of: "\"code\": 0", with: "\"code\": \"0\", \"requestId\": \"req-1\"")
        #expect(try JSONDecoder().decode(AddVpnConnExResponse.self, from: Data(withId.utf8)).requestId == "req-1")
    }

    @Test func errorCodes() {
        #expect(VPCSeedErrorCode(code: "InvalidVpc.NotFound") == .invalidVpcNotFound)
        #expect(VPCSeedErrorCode(code: "4000") == .invalidParameter)
        #expect(VPCSeedErrorCode(code: "4000").common == .invalidParameter)
        #expect(VPCSeedErrorCode(code: "ServiceUnavailable") == .serviceUnavailable, "from the service error page")
        #expect(VPCSeedErrorCode(code: "Brand.New") == .other("Brand.New"))
        #expect(VPCSeedErrorCode.other("Brand.New").code == "Brand.New")
        #expect(AddVpnConnEx.documentedErrors.count == 5)
        let error = VPCSeedError(code: .invalidVpcNotFound, message: "无效的VPC", requestId: "r-1")
        #expect(error.description == "InvalidVpc.NotFound: 无效的VPC (request r-1)")
    }
}
