import Foundation
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// One loopback test per paging shape the docs use (``PaginationRule``), each paginator built as
/// the generator writes it for that shape: an item offset with a total (the seed's
/// DescribeVpcEx, `ProductionClientTests`), a page number from 1 or from 0, an offset and limit
/// without a total, and an offset and limit written as strings (API 3.0 VPC).
@Suite(.serialized) struct PagingShapeTests {
    /// A listing server of `total` VPCs (`vpc-<i>`), paged by `offset` as a page number from
    /// `firstPage` (nil: an item offset) and `limit`; `states`: whether the answer has the total.
    static func listing(total: Int, firstPage: Int?, states: Bool = true) -> @Sendable ([String: String]) -> TestAPIServer.Answer {
        { values in
            let limit = Int(values["limit"] ?? "20") ?? 20
            let offset = Int(values["offset"] ?? "0") ?? 0
            let start = firstPage.map { (offset - $0) * limit } ?? offset
            let items = (max(0, start)..<min(total, max(0, start) + limit)).map { #"{"vpcId":"vpc-\#($0)"}"# }
            let totalMember = states ? #""totalCount":\#(total),"# : ""
            return .init(body: #"{"code":0,"message":"",\#(totalMember)"data":[\#(items.joined(separator: ","))]}"#)
        }
    }

    static func ids<Operation: OperationDescriptor>(_ paginator: Paginator<Operation>) async throws -> [String] where Operation.Response == DescribeVpcExResponse {
        var ids: [String] = []
        for try await page in paginator { ids += (page.data ?? []).map { $0.vpcId ?? "?" } }
        return ids
    }

    /// `pageNo`-style paging: the offset is a page number, moved by one page at a time; the walk
    /// ends at the total, counted at the page size.
    @Test(arguments: [1, 0]) func pageNumbers(_ firstPage: Int) async throws {
        try await withTestServer(answer: Self.listing(total: 5, firstPage: firstPage), configure: { _ in }) { client, server in
            let paging = Paging<DescribeVpcEx>(offset: { $0.offset }, setOffset: { $0.offset = $1 }, total: { $0.totalCount },
                                               items: { $0.data ?? [] }, limit: { $0.limit }, firstPage: firstPage)
            let pages = Paginator(client: client.client, request: DescribeVpcExRequest(limit: 2), paging: paging)
            let ids = try await Self.ids(pages)
            #expect(ids == ["vpc-0", "vpc-1", "vpc-2", "vpc-3", "vpc-4"])
            #expect(await server.received.parameters.map { $0["offset"] } == [firstPage, firstPage + 1, firstPage + 2].map(String.init))
        }
    }

    /// Offset and limit without a total: a page shorter than the limit is the last, no request after it.
    @Test func noTotal() async throws {
        try await withTestServer(answer: Self.listing(total: 5, firstPage: nil, states: false), configure: { _ in }) { client, server in
            let paging = Paging<DescribeVpcEx>(offset: { $0.offset }, setOffset: { $0.offset = $1 }, total: { _ in nil },
                                               items: { $0.data ?? [] }, limit: { $0.limit })
            let pages = Paginator(client: client.client, request: DescribeVpcExRequest(limit: 2), paging: paging)
            let ids = try await Self.ids(pages)
            #expect(ids == ["vpc-0", "vpc-1", "vpc-2", "vpc-3", "vpc-4"])
            #expect(await server.received.parameters.map { $0["offset"] } == ["0", "2", "4"])
        }
        // A total that is a multiple of the limit: the empty page after the last full one ends it.
        try await withTestServer(answer: Self.listing(total: 4, firstPage: nil, states: false), configure: { _ in }) { client, server in
            let paging = Paging<DescribeVpcEx>(offset: { $0.offset }, setOffset: { $0.offset = $1 }, total: { _ in nil },
                                               items: { $0.data ?? [] }, limit: { $0.limit })
            let pages = Paginator(client: client.client, request: DescribeVpcExRequest(limit: 2), paging: paging)
            let ids = try await Self.ids(pages)
            #expect(ids == ["vpc-0", "vpc-1", "vpc-2", "vpc-3"])
            #expect(await server.received.parameters.count == 3)
        }
    }

    /// A request whose offset and limit are numbers written as strings (API 3.0 VPC's `Offset`).
    struct StringOffsetRequest: ParameterStruct, ParameterEncodable, Validatable, Sendable {
        var offset: String?
        var limit: String?
        init(offset: String? = nil, limit: String? = nil) { (self.offset, self.limit) = (offset, limit) }
        init(parameters reader: inout ParameterReader, at path: String) {
            offset = reader.optional(String.self, "offset")
            limit = reader.optional(String.self, "limit")
        }
        func encodeParameters(into writer: inout ParameterWriter, at path: String) {
            writer.write(offset, "offset", under: path)
            writer.write(limit, "limit", under: path)
        }
        func validate(into validator: inout Validator, at path: String) {}
    }

    enum DescribeWithStrings: OperationDescriptor {
        typealias Request = StringOffsetRequest
        typealias Response = DescribeVpcExResponse
        typealias ErrorCode = VPCSeedErrorCode
        static let action = "DescribeVpcEx"
        static let host = "vpc.api.qcloud.com"
        static let path = "/v2/index.php"
        static let documentedErrors: [VPCSeedErrorCode] = []
        static let examples: [OperationExample] = []
    }

    @Test func offsetsWrittenAsStrings() async throws {
        try await withTestServer(answer: Self.listing(total: 3, firstPage: nil), configure: { _ in }) { client, server in
            let paging = Paging<DescribeWithStrings>(offset: { $0.offset.flatMap { Swift.Int($0) } }, setOffset: { $0.offset = Swift.String($1) },
                                                     total: { $0.totalCount }, items: { $0.data ?? [] }, limit: { $0.limit.flatMap { Swift.Int($0) } })
            let pages = Paginator(client: client.client, request: StringOffsetRequest(limit: "2"), paging: paging)
            let ids = try await Self.ids(pages)
            #expect(ids == ["vpc-0", "vpc-1", "vpc-2"])
            #expect(await server.received.parameters.map { $0["offset"] } == ["0", "2"])
        }
    }
}
