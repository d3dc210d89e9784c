import Foundation
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// Hosts the docs give as region templates (`cmq-queue-{$region}.api.qcloud.com`) with an
/// internal twin: the client fills in its region and can pick the internal endpoint.
@Suite struct EndpointTests {
    enum Templated: OperationDescriptor {
        typealias Request = AddVpnConnExRequest
        typealias Response = AddVpnConnExResponse
        typealias ErrorCode = VPCSeedErrorCode
        static let action = "AddVpnConnEx"
        static let host = "vpc-{region}.api.qcloud.com"
        static let internalHost: String? = "vpc-{region}.api.tencentyun.com"
        static let path = "/v2/index.php"
        static let documentedErrors: [VPCSeedErrorCode] = []
        static let examples: [OperationExample] = []
    }

    static func prepared(_ configuration: ClientConfiguration) throws -> PreparedRequest {
        try QCloudClient(credentials: ClientEndToEndTests.credentials, configuration: configuration)
            .prepare(Templated.self, ClientEndToEndTests.request, credentials: ClientEndToEndTests.credentials)
    }

    @Test func theRegionFillsTheTemplate() throws {
        let request = try Self.prepared(ClientConfiguration(region: "gz"))
        #expect(request.http.url.absoluteString == "https://vpc-gz.api.qcloud.com/v2/index.php")
    }

    @Test func theInternalEndpointIsChosenByTheClient() throws {
        var configuration = ClientConfiguration(region: "sh")
        configuration.useInternalEndpoint = true
        #expect(try Self.prepared(configuration).http.url.absoluteString == "http://vpc-sh.api.tencentyun.com/v2/index.php")
        // An operation without an internal endpoint keeps its public one.
        let plain = try QCloudClient(credentials: ClientEndToEndTests.credentials, configuration: configuration)
            .prepare(AddVpnConnEx.self, ClientEndToEndTests.request, credentials: ClientEndToEndTests.credentials)
        #expect(plain.http.url.absoluteString == "https://vpc.api.qcloud.com/v2/index.php")
    }

    @Test func aRegionThatIsNotAHostLabelIsRefused() {
        #expect(throws: ClientError.invalidEndpoint("region 'gz/../x'")) { try Self.prepared(ClientConfiguration(region: "gz/../x")) }
    }
}
