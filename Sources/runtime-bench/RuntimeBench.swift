import FlyingFox
import Foundation
import QCloudRuntime
import QCloudVPCSeed

/// The client's cost per call against the bare transport, side by side in one run, over a
/// loopback HTTP server in this process: `swift run -c release runtime-bench [calls] [concurrency]`.
@main
enum RuntimeBench {
    static let body = Data(#"{"code":0,"message":"","totalCount":1,"data":[{"vpcId":"vpc-1"}]}"#.utf8)

    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let calls = arguments.first ?? 2000
        let concurrency = arguments.dropFirst().first ?? 50
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 30, logger: .disabled)
        await server.appendRoute("POST /v2/index.php") { _ in HTTPResponse(statusCode: .ok, body: body) }
        let task = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress, let endpoint = URL(string: "http://127.0.0.1:\(port)") else { return }
        let transport = URLSessionTransport()
        let client = VPCSeedClient(credentials: Credentials(secretId: "AKIDbench000000000000", secretKey: "bench-key"),
                               configuration: ClientConfiguration(region: "gz", endpoint: endpoint), transport: transport)
        let bare = HTTPRequest(method: "POST", url: endpoint.appendingPathComponent("v2/index.php"),
                               headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Data("Action=DescribeVpcEx&limit=20".utf8))
        func run(_ label: String, _ call: @escaping @Sendable () async throws -> Void) async throws -> Double {
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                var issued = 0
                for _ in 0..<min(concurrency, calls) {
                    group.addTask(operation: call)
                    issued += 1
                }
                while try await group.next() != nil, issued < calls {
                    group.addTask(operation: call)
                    issued += 1
                }
                try await group.waitForAll()
            }
            let elapsed = ContinuousClock.now - started
            let perCall = Double(elapsed.components.seconds) * 1e6 / Double(calls) + Double(elapsed.components.attoseconds) / 1e12 / Double(calls)
            print("\(label): \(calls) calls, \(concurrency) at once: \(String(format: "%.1f", perCall)) µs per call")
            return perCall
        }
        // Warm up both paths, then measure them alternately, twice each.
        _ = try await run("warm-up transport", { _ = try await transport.send(bare, timeout: 30) })
        _ = try await run("warm-up client", { _ = try await client.describeVpcEx(DescribeVpcExRequest(limit: 20)) })
        var ratios: [Double] = []
        for _ in 0..<2 {
            let base = try await run("bare transport", { _ = try await transport.send(bare, timeout: 30) })
            let full = try await run("client (validate, sign, send, decode)", { _ = try await client.describeVpcEx(DescribeVpcExRequest(limit: 20)) })
            ratios.append(full / base)
            print(String(format: "client overhead: %.1f µs per call (%.2f× the bare transport)", full - base, full / base))
        }
        print(String(format: "ratio client/transport: %@", ratios.map { String(format: "%.2f", $0) }.joined(separator: ", ")))
        // Loopback latency (Nagle and delayed ACKs between the two HTTP stacks) hides the
        // client's own work; measured alone over a transport that answers from memory:
        let memory = VPCSeedClient(credentials: Credentials(secretId: "AKIDbench000000000000", secretKey: "bench-key"),
                               configuration: ClientConfiguration(region: "gz", endpoint: endpoint), transport: MemoryTransport())
        let memoryTransport = MemoryTransport()
        for _ in 0..<2 {
            let base = try await run("in-memory transport alone", { _ = try await memoryTransport.send(bare, timeout: 30) })
            let full = try await run("client over the in-memory transport", { _ = try await memory.describeVpcEx(DescribeVpcExRequest(limit: 20)) })
            print(String(format: "client work per call: %.1f µs", full - base))
        }
        await server.stop(timeout: 0)
        task.cancel()
    }
}

/// Answers every request from memory, at once.
struct MemoryTransport: Transport {
    func send(_ request: QCloudRuntime.HTTPRequest, timeout: TimeInterval) async throws -> QCloudRuntime.HTTPResponse {
        QCloudRuntime.HTTPResponse(status: 200, body: RuntimeBench.body)
    }
}
