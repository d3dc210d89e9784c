import FlyingFox
import Foundation
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// Redirects are refused: a 307 to another host never gets the signed request, and the client
/// sees the redirect as an HTTP error rather than the other host's answer.
@Suite(.serialized) struct RedirectTests {
    actor Counter {
        var count = 0
        func add() { count += 1 }
    }

    @Test func aRedirectIsNotFollowed() async throws {
        let elsewhere = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 15, logger: .disabled)
        let hits = Counter()
        await elsewhere.appendRoute("POST /v2/index.php") { _ in
            await hits.add()
            return FlyingFox.HTTPResponse(statusCode: .ok, body: Data(#"{"code":0,"message":"","data":{"taskId":1}}"#.utf8))
        }
        let elsewhereTask = Task { try await elsewhere.run() }
        try await elsewhere.waitUntilListening()
        guard case .ip4(_, let elsewherePort) = await elsewhere.listeningAddress else { throw URLError(.cannotConnectToHost) }
        let redirecting = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 15, logger: .disabled)
        await redirecting.appendRoute("POST /v2/index.php") { _ in
            FlyingFox.HTTPResponse(statusCode: HTTPStatusCode(307, phrase: "Temporary Redirect"),
                         headers: [HTTPHeader("Location"): "http://127.0.0.1:\(elsewherePort)/v2/index.php"], body: Data())
        }
        let redirectingTask = Task { try await redirecting.run() }
        try await redirecting.waitUntilListening()
        guard case .ip4(_, let port) = await redirecting.listeningAddress else { throw URLError(.cannotConnectToHost) }
        let client = VPCSeedClient(credentials: RuntimeSecurityTests.credentials,
                                   configuration: ClientConfiguration(region: "gz", endpoint: URL(string: "http://127.0.0.1:\(port)")!, timeout: 10))
        do {
            _ = try await client.addVpnConnEx(RuntimeSecurityTests.request)
            Issue.record("a redirect must not be followed")
        } catch let error as ClientError {
            guard case .httpStatus(307, _) = error else { Issue.record("expected HTTP 307, got \(error)"); return }
        }
        #expect(await hits.count == 0, "the other host got the signed request")
        await redirecting.stop(timeout: 0)
        await elsewhere.stop(timeout: 0)
        redirectingTask.cancel()
        elsewhereTask.cancel()
    }

    /// The instance-metadata fetch uses the same transport: a 302 to another host is not
    /// followed, and no credentials are taken from that host.
    @Test func theMetadataFetchFollowsNoRedirect() async throws {
        let answers = QCloudVPCTests.Counter()
        let (elsewhere, elsewhereTask, elsewhereEndpoint) = try await CredentialProviderTests.metadataServer(lifetime: 3600, answers: answers)
        let redirecting = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 15, logger: .disabled)
        await redirecting.appendRoute("GET /latest/meta-data/cam/security-credentials/") { _ in
            FlyingFox.HTTPResponse(statusCode: HTTPStatusCode(302, phrase: "Found"), headers: [HTTPHeader("Location"): elsewhereEndpoint], body: Data())
        }
        let redirectingTask = Task { try await redirecting.run() }
        try await redirecting.waitUntilListening()
        guard case .ip4(_, let port) = await redirecting.listeningAddress else { throw URLError(.cannotConnectToHost) }
        let provider = CVMRoleCredentials(endpoint: "http://127.0.0.1:\(port)/latest/meta-data/cam/security-credentials/")
        await #expect(throws: (any Error).self) { _ = try await provider.credentials() }
        #expect(answers.count == 0, "the other host's credentials were fetched")
        await redirecting.stop(timeout: 0)
        await elsewhere.stop(timeout: 0)
        redirectingTask.cancel()
        elsewhereTask.cancel()
    }
}
