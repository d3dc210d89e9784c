import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An HTTP request as the client sends it.
public struct HTTPRequest: Sendable, Hashable {
    /// `GET` or `POST`.
    public var method: String
    /// The full URL (with the query for GET).
    public var url: URL
    /// Header fields.
    public var headers: [String: String]
    /// The body (the form for POST).
    public var body: Data?

    /// Creates a request.
    public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// The body.
    public var body: Data

    /// Creates a response.
    public init(status: Int, body: Data) {
        self.status = status
        self.body = body
    }
}

/// Sends HTTP requests. The default is ``URLSessionTransport``; tests and proxies bring their own.
public protocol Transport: Sendable {
    /// Sends `request`, failing with ``ClientError`` when no response arrives in `timeout` seconds.
    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse
}

/// A transport over `URLSession`.
public struct URLSessionTransport: Transport {
    private let session: URLSession

    /// Uses `session` (an ephemeral session by default).
    public init(session: URLSession = URLSession(configuration: .ephemeral)) {
        self.session = session
    }

    public func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        let session = self.session
        let sent = urlRequest
        // A deadline of our own as well: URLSession's timeout covers idle time, not the whole call.
        return try await withThrowingTaskGroup(of: HTTPResponse.self) { group in
            group.addTask {
                do {
                    let (data, response) = try await session.data(for: sent)
                    guard let http = response as? HTTPURLResponse else { throw ClientError.malformedResponse("not an HTTP response") }
                    return HTTPResponse(status: http.statusCode, body: data)
                } catch let error as URLError where error.code == .timedOut {
                    throw ClientError.timedOut(after: timeout)
                } catch let error as URLError {
                    throw ClientError.transport(error.localizedDescription)
                }
            }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(max(0, timeout) * 1_000_000_000))
                throw ClientError.timedOut(after: timeout)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw ClientError.transport("no response") }
            return first
        }
    }
}
