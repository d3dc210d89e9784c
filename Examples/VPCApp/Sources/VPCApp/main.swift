import Foundation
import QCloudVPCSeed
import WidgetAPI

// README: a request
// A request of the committed module, validated before anything is sent.
var connection = AddVpnConnExRequest(vpcId: "vpc-amhnnao5", vpnGwId: "vpngw-dystbrkv", userGwId: "cgw-e098slul",
                                     vpnConnName: "demo", preSharedKey: "secret", userGwCidrBlock: ["10.56.20.1/24"])
connection.ikeSet = .init(exchangeMode: .main, ikeSaLifetimeSeconds: 30)
do {
    try connection.validate()
} catch {
    print(error)  // IKESet.ikeSaLifetimeSeconds: must be at least 60
}
// README end

// A request of the module the plugin generated from Sources/WidgetAPI/CreateWidget.md.
let widget = CreateWidgetRequest(widgetName: "w1", mode: .fast)
var writer = ParameterWriter()
widget.encodeParameters(into: &writer, at: "")
print(writer.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: "&"))

// README: the plugin's names
/// The client and error types the plugin generated for the module WidgetAPI: named after the
/// module (it has no `QCloud` prefix to drop).
func widgets(_ client: WidgetAPIClient) async {
    do {
        _ = try await client.createWidget(CreateWidgetRequest(widgetName: "w1", mode: .fast))
    } catch let error as WidgetAPIError {
        let code: WidgetAPIErrorCode = error.code
        print(code, error.message)
    } catch {
        print(error)
    }
}
// README end

// An operation from a page in a group folder with a Chinese title and an English twin.
let query = DescribeWidgetsRequest(widgetIds: ["w-1"], limit: 5)
var queryWriter = ParameterWriter()
query.encodeParameters(into: &queryWriter, at: "")
print(queryWriter.parameters.map { "\($0.name)=\($0.value)" }.joined(separator: "&"))

// README: calling the service
/// Answers from memory, so the example runs without a network (a real client uses the default
/// URLSessionTransport).
struct CannedTransport: Transport {
    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        HTTPResponse(status: 200, body: Data(#"{"code":0,"message":"","requestId":"req-demo","data":{"taskId":7}}"#.utf8))
    }
}

let vpc = VPCSeedClient(credentials: Credentials(secretId: "AKIDdemo0000000000", secretKey: "demo-key"),
                    configuration: ClientConfiguration(region: "gz"), transport: CannedTransport())
// The flattened call: the request's members as arguments; the response is the payload and its request id.
let created = try await vpc.addVpnConnEx(vpcId: "vpc-amhnnao5", vpnGwId: "vpngw-dystbrkv", userGwId: "cgw-e098slul",
                                         vpnConnName: "demo", preSharedKey: "secret", userGwCidrBlock: ["10.56.20.1/24"])
print("requestId=\(created.requestId) taskId=\(created.data?.taskId ?? 0)")
// README end

// README: value lists and error codes
// Value lists are enums: a switch is exhaustive, with a case for values the docs do not list.
func describe(_ mode: AddVpnConnEx.Request.IKESet.ExchangeModeValue) -> String {
    switch mode {
    case .main: "main mode"
    case .aggressive: "aggressive mode"
    case .undocumented(let value): "a mode the docs do not list: \(value)"
    }
}
print(describe(.init(rawValue: "main")), "/", describe(.init(rawValue: "quick")))

// Error codes too: the service's, the common ones, and `other` for codes the docs do not list.
func advice(_ code: VPCSeedErrorCode) -> String {
    switch code {
    case .invalidVpcNotFound, .invalidVpnGwNotFound, .invalidUserGwNotFound, .resourceNotFound: "check the ids"
    case .invalidParameter, .invalidVpnConnName: "fix the request"
    case .quotaExceeded, .vpnConnLimitExceeded: "wait or raise the quota"
    case .authenticationFailed, .unauthorized, .unauthorizedResource, .unauthorizedOperation, .secretIdNotFound, .tokenError,
         .mfaFailed, .camAuthorizationFailed, .accessDenied: "check the credentials and CAM policies"
    case .internalError, .serviceUnavailable, .underMaintenance, .actionLocked: "try again later"
    case .replayAttack, .protocolNotSupported, .versionNotSupported: "a client bug"
    case .operationFailed, .purchaseFailed, .insufficientBalance, .partialFailure, .qualificationFailed: "see the message"
    case .other(let code): "undocumented code \(code)"
    }
}
print(advice(VPCSeedErrorCode(code: "InvalidVpc.NotFound")))
// README end

// README: production
/// The standard credential chain, a waiter, a paginator and per-call options (compiled, not run:
/// it would call the real service).
func production(_ connection: AddVpnConnExRequest) async throws {
    // Credentials from the standard chain: TENCENTCLOUD_SECRET_ID/_SECRET_KEY/_SESSION_TOKEN, then
    // ~/.tencentcloud/credentials ([default] or TENCENTCLOUD_PROFILE), then the CVM instance role
    // (refreshed before it expires). Or pass Credentials(...) or any CredentialProvider.
    let client = VPCSeedClient(configuration: ClientConfiguration(region: "gz"))
    do {
        let response = try await client.addVpnConnEx(connection)
        let task = try await client.waitUntilAddVpnConnExDone(response)  // polls DescribeVpcTaskResult
        for try await vpc in client.describeVpcExItems(DescribeVpcExRequest(limit: 50)) { print(vpc.vpcId ?? "", task.requestId) }
        _ = try await client.describeVpcEx(DescribeVpcExRequest(), options: CallOptions(region: "sh", timeout: 5))
    } catch let error as VPCSeedError where error.code == .invalidVpcNotFound {
        print("no such VPC:", error.message, "after", error.attempts, "attempts")
    }
}
// README end
