import Foundation
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// The generated client against a real HTTP server on 127.0.0.1 that checks signatures and
/// answers with the docs' example responses. Every case ends in its typed result, never a hang.
@Suite(.serialized) struct ClientEndToEndTests {
    static let secretKey = "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"
    static let credentials = Credentials(secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA", secretKey: secretKey, token: "t0ken-secret")
    static let request = AddVpnConnExRequest(vpcId: "vpc-amhnnao5", vpnGwId: "vpngw-dystbrkv", userGwId: "cgw-e098slul",
                                             vpnConnName: "conn", preSharedKey: "psk-do-not-print", userGwCidrBlock: ["10.56.20.1/24"])
    static let exampleResponse = AddVpnConnEx.examples[0].responseJSON ?? "{}"

    func withServer(method: String = "POST", timeout: TimeInterval = 5,
                    answer: @escaping @Sendable ([String: String]) -> TestAPIServer.Answer,
                    _ body: (VPCSeedClient, TestAPIServer) async throws -> Void) async throws {
        try await withTestServer(answer: answer, configure: { configuration in
            configuration.method = method
            configuration.timeout = timeout
            configuration.clock = { 1_465_185_768 }
            configuration.nonce = { 11886 }
        }, body)
    }

    @Test func success() async throws {
        try await withServer(answer: { values in
            // The server checks the parameters it was sent, as the docs name them.
            guard values["Action"] == "AddVpnConnEx", values["userGwCidrBlock.0"] == "10.56.20.1/24",
                  values["preSharedKey"] == "psk-do-not-print", values["Region"] == "gz", values["Token"] == "t0ken-secret",
                  values["Timestamp"] == "1465185768", values["Nonce"] == "11886" else {
                return .init(status: 400, body: "bad parameters")
            }
            return .init(body: Self.exampleResponse)
        }) { client, server in
            let response = try await client.addVpnConnEx(Self.request)
            #expect(response.data?.taskId == 12613)
            #expect(await server.received.signatureFailures == 0)
        }
    }

    @Test func getRequestsAreSignedToo() async throws {
        try await withServer(method: "GET", answer: { _ in .init(body: Self.exampleResponse) }) { client, server in
            let response = try await client.addVpnConnEx(Self.request)
            #expect(response.data?.taskId == 12613)
            #expect(await server.received.signatureFailures == 0)
        }
    }

    @Test func codeAsString() async throws {
        let body = Self.exampleResponse.replacingOccurrences(of: "\"code\":0", with: "\"code\":\"0\"")
        #expect(body.contains("\"code\":\"0\""))
        try await withServer(answer: { _ in .init(body: body) }) { client, _ in
            let response = try await client.addVpnConnEx(Self.request)
            #expect(response.data?.taskId == 12613)
        }
    }

    @Test func apiErrorIsTyped() async throws {
        try await withServer(answer: { _ in
            .init(body: #"{"code": 5000, "message": "无效的VPC", "codeDesc": "InvalidVpc.NotFound", "requestId": "req-42"}"#)
        }) { client, _ in
            do {
                _ = try await client.addVpnConnEx(Self.request)
                Issue.record("no error")
            } catch let error as VPCSeedError {
                #expect(error.code == .invalidVpcNotFound)
                #expect(AddVpnConnEx.documentedErrors.contains(error.code))
                #expect(error.message == "无效的VPC" && error.requestId == "req-42" && error.numericCode == 5000)
            }
        }
    }

    @Test func numericErrorWithoutCodeDesc() async throws {
        try await withServer(answer: { _ in .init(body: #"{"code": "4000", "message": "(100004)projectId不正确"}"#) }) { client, _ in
            await #expect { _ = try await client.addVpnConnEx(Self.request) } throws: { error in
                (error as? VPCSeedError)?.code == .invalidParameter
            }
        }
    }

    @Test func batchDetailIsKept() async throws {
        let body = #"{"code": 5400, "message": "部分失败", "detail": {"vpc-a": {"code": 0, "message": ""}, "vpc-b": {"code": "5000", "message": "不存在", "requestId": "r-b"}}}"#
        try await withServer(answer: { _ in .init(body: body) }) { client, _ in
            do {
                _ = try await client.addVpnConnEx(Self.request)
                Issue.record("no error")
            } catch let error as VPCSeedError {
                #expect(error.code == .partialFailure && error.code.common == .partialFailure)
                #expect(error.detail["vpc-b"]?.code == "5000" && error.detail["vpc-b"]?.requestId == "r-b")
                #expect(error.detail["vpc-a"]?.code == "0")
            }
        }
    }

    @Test func httpError() async throws {
        try await withServer(answer: { _ in .init(status: 500, body: "upstream broke") }) { client, _ in
            await #expect { _ = try await client.addVpnConnEx(Self.request) } throws: { error in
                if case .httpStatus(500, _)? = error as? ClientError { return true }
                return false
            }
        }
    }

    @Test func garbageBody() async throws {
        try await withServer(answer: { _ in .init(body: "<html>\u{1}not json") }) { client, _ in
            await #expect { _ = try await client.addVpnConnEx(Self.request) } throws: { error in
                if case .malformedResponse? = error as? ClientError { return true }
                return false
            }
        }
    }

    @Test func slowServerTimesOut() async throws {
        let started = Date()
        try await withServer(timeout: 0.5, answer: { _ in .init(body: Self.exampleResponse, delay: 3) }) { client, _ in
            await #expect { _ = try await client.addVpnConnEx(Self.request) } throws: { error in
                if case .timedOut? = error as? ClientError { return true }
                return false
            }
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func connectionRefused() async throws {
        let port = try await TestAPIServer.closedPort()
        let configuration = ClientConfiguration(region: "gz", endpoint: URL(string: "http://127.0.0.1:\(port)"), timeout: 5)
        let client = VPCSeedClient(credentials: Self.credentials, configuration: configuration)
        // Nothing reached a server, so even a create is tried again (three attempts by default).
        await #expect { _ = try await client.addVpnConnEx(Self.request) } throws: { error in
            guard let error = error as? ClientError, case .connectionFailed = error.underlying else { return false }
            return error.attempts == 3
        }
    }

    @Test func invalidRequestsNeverLeave() async throws {
        var request = Self.request
        request.vpnConnName = String(repeating: "x", count: 61)
        try await withServer(answer: { _ in .init(body: Self.exampleResponse) }) { client, server in
            await #expect(throws: QCloudRuntime.ValidationError.self) { _ = try await client.addVpnConnEx(request) }
            #expect(await server.received.parameters.isEmpty)
        }
    }

    @Test func wrongKeyIsRejectedByTheServer() async throws {
        try await withServer(answer: { _ in .init(body: Self.exampleResponse) }) { client, server in
            let wrong = VPCSeedClient(credentials: Credentials(secretId: "AKIDother", secretKey: "wrong"), configuration: client.client.configuration)
            await #expect { _ = try await wrong.addVpnConnEx(Self.request) } throws: { error in
                (error as? VPCSeedError)?.numericCode == 4100
            }
            #expect(await server.received.signatureFailures == 1)
        }
    }

    @Test func secretsNeverPrinted() async throws {
        let secrets = [Self.secretKey, "t0ken-secret", "psk-do-not-print", Self.credentials.secretId]
        let configuration = ClientConfiguration(region: "gz", clock: { 1 }, nonce: { 2 })
        let client = VPCSeedClient(credentials: Self.credentials, configuration: configuration)
        let prepared = try client.client.prepare(AddVpnConnEx.self, Self.request, credentials: Self.credentials)
        var request = Self.request
        request.ikeSet = .init(localAddress: "1.2.3.4")
        let texts = [
            String(describing: Self.request), String(reflecting: Self.request), String(describing: request),
            String(describing: Self.credentials), String(reflecting: Self.credentials),
            String(describing: prepared),
            String(describing: ValidationError(issues: [ValidationIssue(path: "preSharedKey", rule: .required, message: "is required")])),
        ]
        for text in texts {
            for secret in secrets { #expect(!text.contains(secret), "\(text)") }
        }
        #expect(String(describing: Self.request).contains("preSharedKey: <redacted>"))
        #expect(prepared.description.contains("Signature=<redacted>"))
    }
}
