import Foundation
import QCloudRuntime
import QCloudRuntimeTesting
import QCloudVPCSeed
import Testing

/// Error codes as the service sends them: a typed error matches by the service's own code and by
/// its `codeDesc`, whichever the answer carries, the common codes included.
@Suite struct ErrorCodeDecodingTests {
    static func decoded(_ body: String) -> VPCSeedErrorCode? {
        do {
            _ = try ResponseDecoding.decode(AddVpnConnEx.Response.self, errors: VPCSeedErrorCode.self, action: "AddVpnConnEx",
                                            wireProtocol: .v2, HTTPResponse(status: 200, body: Data(body.utf8)))
            return nil
        } catch let error as ServiceError<VPCSeedErrorCode> {
            return error.code
        } catch {
            return nil
        }
    }

    @Test(arguments: [
        // A common number with its codeDesc, which names no case of the service's own.
        (#"{"code":4100,"codeDesc":"AuthFailure","message":"m"}"#, VPCSeedErrorCode.authenticationFailed),
        (#"{"code":4100,"message":"m"}"#, .authenticationFailed),
        // A named code beside a common number: the name is the service's own code.
        (#"{"code":5000,"codeDesc":"InvalidVpc.NotFound","message":"m"}"#, .invalidVpcNotFound),
        (#"{"code":4000,"codeDesc":"VpnConnLimitExceeded","message":"m"}"#, .vpnConnLimitExceeded),
        // Neither documented: kept as sent, the codeDesc first.
        (#"{"code":123,"codeDesc":"SomethingNew","message":"m"}"#, .other("SomethingNew")),
        (#"{"code":123,"message":"m"}"#, .other("123")),
    ])
    func eachAnswerDecodesToItsCase(_ body: String, _ expected: VPCSeedErrorCode) {
        #expect(Self.decoded(body) == expected)
    }

    /// Every documented code of the seed module, sent every way, decodes to its own case (the
    /// check CI runs over every module of the docs SDK).
    @Test func everyDocumentedCodeDecodesToItsOwnCase() {
        #expect(ExampleReplay.errorCodeProblems(AddVpnConnEx.self) == [])
        #expect(VPCSeedErrorCode.allCases.count > 25)
    }
}
