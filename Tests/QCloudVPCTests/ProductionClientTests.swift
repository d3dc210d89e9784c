import FlyingFox
import Foundation
import Logging
import QCloudRuntime
import QCloudVPCSeed
import Testing

/// A counter shared with a server's answer closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    /// Adds one and returns the new count.
    func next() -> Int { lock.withLock { value += 1; return value } }
    var count: Int { lock.withLock { value } }
}

/// Log lines kept in memory, to check what a call logs (and that no secret is among it).
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [(level: Logger.Level, text: String)] = []
    var lines: [(level: Logger.Level, text: String)] { lock.withLock { stored } }
    var text: String { lines.map(\.text).joined(separator: "\n") }

    func logger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "test") { _ in Handler(capture: self) }
        logger.logLevel = level
        return logger
    }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.lock.withLock { capture.stored.append((event.level, "\(event.message) \(fields)")) }
        }
    }
}

/// Retries, per-call options, logging, the raw call, paginators and waiters, against the
/// verifying server on 127.0.0.1.
@Suite(.serialized) struct ProductionClientTests {
    static let credentials = ClientEndToEndTests.credentials
    static let secretKey = ClientEndToEndTests.secretKey
    static let request = ClientEndToEndTests.request
    static let fast = StandardRetryPolicy(maximumAttempts: 3, baseDelay: 0.01, maximumDelay: 0.05, maximumTotalTime: 10)

    func withServer(answer: @escaping @Sendable ([String: String]) -> TestAPIServer.Answer, policy: any RetryPolicy = ProductionClientTests.fast,
                    logger: Logger = QCloudLogging.silent, timeout: TimeInterval = 5, recording: Bool = true,
                    _ body: (VPCSeedClient, TestAPIServer) async throws -> Void) async throws {
        try await withTestServer(recording: recording, answer: answer, configure: { configuration in
            configuration.retryPolicy = policy
            configuration.logger = logger
            configuration.timeout = timeout
        }, body)
    }

    static let unavailable = TestAPIServer.Answer(status: 503, body: "<html><body>503 Service Unavailable</body></html>")
    static let internalError = TestAPIServer.Answer(body: #"{"code":6000,"message":"internal error","codeDesc":"InternalError"}"#)
    static let emptyList = TestAPIServer.Answer(body: #"{"code":0,"message":"","totalCount":0,"data":[]}"#)

    @Test func a503WithoutAnAPIBodyIsRetriedWithAFreshNonceAndSignature() async throws {
        let calls = Counter()
        try await withServer(answer: { _ in
            calls.next() == 1 ? Self.unavailable : .init(body: ClientEndToEndTests.exampleResponse)
        }) { client, server in
            let response = try await client.addVpnConnEx(Self.request)
            #expect(response.data?.taskId == 12613)
            let seen = await server.received.parameters
            #expect(seen.count == 2)
            #expect(await server.received.signatureFailures == 0)
            #expect(Set(seen.compactMap { $0["Nonce"] }).count == 2)
            #expect(Set(seen.compactMap { $0["Signature"] }).count == 2)
        }
    }

    @Test func error6000IsRetriedForADescribeButNotForACreate() async throws {
        try await withServer(answer: { _ in Self.internalError }) { client, server in
            await #expect { _ = try await client.addVpnConnEx(Self.request) } throws: { error in
                (error as? VPCSeedError)?.attempts == 1 && (error as? VPCSeedError)?.numericCode == 6000
            }
            #expect(await server.received.parameters.count == 1)
        }
        let calls = Counter()
        try await withServer(answer: { _ in calls.next() == 1 ? Self.internalError : Self.emptyList }) { client, server in
            _ = try await client.describeVpcEx(DescribeVpcExRequest())
            #expect(await server.received.parameters.count == 2)
        }
        // A business error is never retried, whatever the action.
        try await withServer(answer: { _ in .init(body: #"{"code":5000,"message":"no such vpc","codeDesc":"InvalidVpc.NotFound"}"#) }) { client, server in
            await #expect { _ = try await client.describeVpcEx(DescribeVpcExRequest()) } throws: { ($0 as? VPCSeedError)?.attempts == 1 }
            #expect(await server.received.parameters.count == 1)
        }
    }

    @Test func exhaustedRetriesReportTheirAttempts() async throws {
        try await withServer(answer: { _ in Self.internalError }) { client, server in
            await #expect { _ = try await client.describeVpcEx(DescribeVpcExRequest()) } throws: { error in
                guard let error = error as? VPCSeedError else { return false }
                return error.attempts == 3 && error.description.contains("after 3 attempts")
            }
            #expect(await server.received.parameters.count == 3)
        }
    }

    @Test func theDeadlineBoundsAllAttempts() async throws {
        let policy = StandardRetryPolicy(maximumAttempts: 10, baseDelay: 0.05, maximumDelay: 0.1, maximumTotalTime: 1)
        let started = ContinuousClock.now
        try await withServer(answer: { _ in .init(body: Self.emptyList.body, delay: 5) }, policy: policy, timeout: 30) { client, _ in
            await #expect { _ = try await client.describeVpcEx(DescribeVpcExRequest()) } throws: { error in
                guard let error = error as? ClientError, case .timedOut = error.underlying else { return false }
                return true
            }
        }
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test func perCallOptionsReplaceTheClientsForOneCall() async throws {
        try await withServer(answer: { values in .init(body: values["Region"] == "sh" ? Self.emptyList.body : Self.internalError.body) }) { client, server in
            _ = try await client.describeVpcEx(DescribeVpcExRequest(), options: CallOptions(region: "sh"))
            await #expect(throws: VPCSeedError.self) {
                _ = try await client.describeVpcEx(DescribeVpcExRequest(), options: CallOptions(retryPolicy: NoRetries()))
            }
            #expect(await server.received.parameters.map { $0["Region"] } == ["sh", "gz"])
        }
    }

    @Test func validationCanBeSwitchedOffPerCall() async throws {
        var invalid = Self.request
        invalid.vpnConnName = String(repeating: "x", count: 61)
        try await withServer(answer: { _ in .init(body: ClientEndToEndTests.exampleResponse) }) { client, server in
            await #expect(throws: QCloudRuntime.ValidationError.self) { _ = try await client.addVpnConnEx(invalid) }
            _ = try await client.addVpnConnEx(invalid, options: CallOptions(validatesRequest: false))
            #expect(await server.received.parameters.count == 1)
        }
    }

    @Test func oneInfoLinePerCallAndNoSecretInAnyLine() async throws {
        let capture = LogCapture()
        let calls = Counter()
        let answer = #"{"code":0,"message":"","requestId":"req-42","data":{"taskId":7}}"#
        try await withServer(answer: { _ in calls.next() == 1 ? Self.unavailable : .init(body: answer) },
                             logger: capture.logger(level: .trace)) { client, _ in
            _ = try await client.addVpnConnEx(Self.request)
        }
        let info = capture.lines.filter { $0.level == .info }
        #expect(info.count == 1)
        let line = info.first?.text ?? ""
        for part in ["call AddVpnConnEx", "attempts=2", "region=gz", "request_id=req-42", "code=0", "duration_ms="] {
            #expect(line.contains(part), "\(part) missing from \(line)")
        }
        #expect(capture.lines.contains { $0.level == .debug && $0.text.contains("retrying AddVpnConnEx") })
        #expect(capture.lines.contains { $0.level == .debug && $0.text.contains("vpnConnName=conn") })
        for secret in [Self.secretKey, "t0ken-secret", "psk-do-not-print"] {
            #expect(!capture.text.contains(secret))
        }
    }

    @Test func theRawCallSendsAnyActionAndReturnsJSON() async throws {
        try await withServer(answer: { values in
            guard values["Action"] == "DescribeVpcLimit", values["type.0"] == "1", values["type.1"] == "2", values["limit"] == "5" else {
                return .init(status: 400, body: "bad")
            }
            return .init(body: #"{"code":0,"message":"","data":{"limit":[{"type":1,"value":10}]}}"#)
        }) { client, _ in
            let answer = try await client.send(action: "DescribeVpcLimit", parameters: ["type": [1, 2], "limit": 5], like: DescribeVpcEx.self)
            guard case .object(let members) = answer, case .object(let data)? = members["data"] else {
                Issue.record("not the JSON sent: \(answer)")
                return
            }
            #expect(data["limit"] == .array([.object(["type": .number(1), "value": .number(10)])]))
        }
    }

    /// A listing server: `total` VPCs named `vpc-<i>`, served by offset and limit.
    static func listing(total: Int, changeTotalAfter: Int? = nil, calls: Counter) -> @Sendable ([String: String]) -> TestAPIServer.Answer {
        { values in
            let call = calls.next()
            let offset = Int(values["offset"] ?? "0") ?? 0
            let limit = Int(values["limit"] ?? "20") ?? 20
            let reported = changeTotalAfter.map { call > $0 ? total + 1 : total } ?? total
            let items = (offset..<min(total, offset + limit)).map { #"{"vpcId":"vpc-\#($0)"}"# }
            return .init(body: #"{"code":0,"message":"","totalCount":\#(reported),"data":[\#(items.joined(separator: ","))]}"#)
        }
    }

    @Test func thePaginatorWalksThreePages() async throws {
        let calls = Counter()
        try await withServer(answer: Self.listing(total: 5, calls: calls)) { client, server in
            var pages = 0
            for try await page in client.describeVpcExPaginator(DescribeVpcExRequest(limit: 2)) {
                pages += 1
                #expect(page.totalCount == 5)
            }
            #expect(pages == 3)
            let offsets = await server.received.parameters.map { $0["offset"] }
            #expect(offsets == ["0", "2", "4"])
            var ids: [String] = []
            for try await vpc in client.describeVpcExItems(DescribeVpcExRequest(offset: 1, limit: 2)) { ids.append(vpc.vpcId ?? "?") }
            #expect(ids == ["vpc-1", "vpc-2", "vpc-3", "vpc-4"])
        }
    }

    @Test func thePaginatorStopsWhenTheTotalChangesOrAPageIsEmpty() async throws {
        let changing = Counter()
        try await withServer(answer: Self.listing(total: 6, changeTotalAfter: 1, calls: changing)) { client, _ in
            var pages = 0
            for try await _ in client.describeVpcExPaginator(DescribeVpcExRequest(limit: 2)) { pages += 1 }
            #expect(pages == 1)
            #expect(changing.count == 2)
        }
        // A server whose total overstates what it has: the first empty page ends the walk.
        try await withServer(answer: { values in
            let offset = Int(values["offset"] ?? "0") ?? 0
            let data = offset == 0 ? #"[{"vpcId":"a"}]"# : "[]"
            return .init(body: #"{"code":0,"message":"","totalCount":50,"data":\#(data)}"#)
        }) { client, server in
            var items = 0
            for try await _ in client.describeVpcExItems(DescribeVpcExRequest(limit: 1)) { items += 1 }
            #expect(items == 1)
            #expect(await server.received.parameters.count == 2)
        }
    }

    /// A server whose total lies, answering full pages for ever, cannot keep a paginator going:
    /// a page that repeats the one before it ends the walk with an error, and so does the page cap
    /// for pages that differ (the review saw 214 pages in 10 s, and on).
    @Test func aLyingServerCannotKeepThePaginatorGoing() async throws {
        // The same full page whatever the offset.
        try await withServer(answer: { _ in .init(body: #"{"code":0,"message":"","totalCount":1000000,"data":[{"vpcId":"a"},{"vpcId":"b"}]}"#) }) { client, server in
            var items = 0
            await #expect(throws: PagingError.repeatedPage(action: "DescribeVpcEx", offset: 2)) {
                for try await _ in client.describeVpcExItems(DescribeVpcExRequest(limit: 2)) { items += 1 }
            }
            #expect(items == 2)
            #expect(await server.received.parameters.count == 2)
        }
        // New items on every page, and a total never reached: the cap ends it.
        try await withServer(answer: { values in
            let offset = values["offset"] ?? "0"
            return .init(body: #"{"code":0,"message":"","totalCount":1000000,"data":[{"vpcId":"vpc-\#(offset)"}]}"#)
        }) { client, server in
            var paginator = client.describeVpcExPaginator(DescribeVpcExRequest(limit: 1))
            paginator.maximumPages = 5
            var pages = 0
            await #expect(throws: PagingError.tooManyPages(action: "DescribeVpcEx", limit: 5)) {
                for try await _ in paginator { pages += 1 }
            }
            #expect(pages == 5)
            #expect(await server.received.parameters.count == 5)
        }
    }

    @Test func theWaiterReturnsOnTheThirdPoll() async throws {
        let polls = Counter()
        try await withServer(answer: { values in
            if values["Action"] == "AddVpnConnEx" { return .init(body: ClientEndToEndTests.exampleResponse) }
            guard values["Action"] == "DescribeVpcTaskResult", values["taskId"] == "12613" else { return .init(status: 400, body: "bad") }
            let status = polls.next() < 3 ? 2 : 0
            return .init(body: #"{"code":0,"message":"","data":{"status":\#(status)}}"#)
        }) { client, _ in
            let started = try await client.addVpnConnEx(Self.request)
            let done = try await client.waitUntilAddVpnConnExDone(started, settings: WaiterSettings(minimumDelay: 0.01, maximumDelay: 0.02, deadline: 5))
            #expect(done.data?.status == 0)
            #expect(polls.count == 3)
        }
    }

    @Test func theWaiterThrowsOnFailureAndAtTheDeadline() async throws {
        try await withServer(answer: { _ in .init(body: #"{"code":0,"message":"","data":{"status":1}}"#) }) { client, _ in
            await #expect(throws: WaiterError.taskFailed(action: "DescribeVpcTaskResult", status: "1", polls: 1)) {
                _ = try await client.waitUntilAddVpnConnExDone(taskId: 5, settings: WaiterSettings(minimumDelay: 0.01))
            }
        }
        let started = ContinuousClock.now
        try await withServer(answer: { _ in .init(body: #"{"code":0,"message":"","data":{"status":2}}"#) }) { client, _ in
            await #expect { _ = try await client.waitUntilAddVpnConnExDone(taskId: 5, settings: WaiterSettings(minimumDelay: 0.05, maximumDelay: 0.1, deadline: 0.5)) }
                throws: { error in
                    if case .deadlineExceeded? = error as? WaiterError { return true }
                    return false
                }
        }
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    /// Resident memory in bytes (Linux `/proc/self/statm`), nil elsewhere.
    static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test func aThousandConcurrentCallsShareOneClient() async throws {
        try await withServer(answer: { values in
            // Echo the request's name back, so a mixed-up response would show.
            .init(body: #"{"code":0,"message":"","totalCount":1,"data":[{"vpcName":"\#(values["vpcName"] ?? "")"}]}"#)
        }, policy: StandardRetryPolicy(maximumTotalTime: 300), timeout: 300, recording: false) { client, server in
            func round(_ count: Int) async throws -> Int {
                try await withThrowingTaskGroup(of: Bool.self) { group in
                    for index in 0..<count {
                        group.addTask {
                            let response = try await client.describeVpcEx(DescribeVpcExRequest(vpcName: "n\(index)"))
                            return response.data?.first?.vpcName == "n\(index)"
                        }
                    }
                    var matched = 0
                    for try await ok in group where ok { matched += 1 }
                    return matched
                }
            }
            // The first thousand grow the pools (threads, connections, allocator arenas); the
            // second must leave memory where the first did: nothing kept per call.
            let first = try await round(1000)
            let before = Self.residentBytes()
            let second = try await round(1000)
            #expect(first == 1000 && second == 1000)
            if let before, let after = Self.residentBytes() {
                print("1,000 concurrent calls: resident memory \(before / 1_048_576) MiB before, \(after / 1_048_576) MiB after")
                #expect(after - before < 16 * 1024 * 1024, "resident memory grew by \(after - before) bytes")
            }
            #expect(await server.received.signatureFailures == 0)
        }
    }
}
