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

    /// The request as text, secrets and all: `METHOD URL`, the header fields sorted by name
    /// (`Name: value`), and after a blank line the body as sent. ``PreparedRequest`` shows it
    /// with the secrets masked (the dry run); a transport sends exactly these parts.
    public var text: String {
        var lines = ["\(method) \(url.absoluteString)"]
        for name in headers.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            lines.append("\(name): \(headers[name] ?? "")")
        }
        if let body, !body.isEmpty { lines += ["", String(decoding: body, as: UTF8.self)] }
        return lines.joined(separator: "\n")
    }

    /// The SecretId a TC3 `Authorization` header names (`Credential=AKID…/date/…`).
    var secretIdInAuthorization: String? {
        guard let authorization = headers["Authorization"], let start = authorization.range(of: "Credential=") else { return nil }
        return String(authorization[start.upperBound...].prefix { $0 != "/" && $0 != "," })
    }
}

extension HTTPRequest: CustomReflectable {
    /// What `dump`, `print` and debuggers show: the method, the URL without its query (a GET's
    /// parameters, signature and token), the header fields with `Authorization` and `X-TC-Token`
    /// masked, and the body's size only. The request's ``text`` is the whole of it.
    public var customMirror: Mirror {
        var shownURL = url.absoluteString
        if let query = shownURL.firstIndex(of: "?") { shownURL = shownURL[..<query] + "?" + Redaction.placeholder }
        var shownHeaders = headers
        for name in ["Authorization", "X-TC-Token"] where shownHeaders[name] != nil { shownHeaders[name] = Redaction.placeholder }
        let children: [(label: String?, value: Any)] = [("method", method), ("url", String(shownURL)), ("headers", shownHeaders),
                                                         ("body", "\(body?.count ?? 0) bytes")]
        return Mirror(self, children: children, displayStyle: .struct)
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
    /// Sends `request` and stops reading, with ``ClientError/responseTooLarge(limit:)``, once the
    /// body passes `maximumResponseBytes`. The default reads the whole body (the client checks
    /// its size afterwards); ``URLSessionTransport`` stops early.
    func send(_ request: HTTPRequest, timeout: TimeInterval, maximumResponseBytes: Int) async throws -> HTTPResponse
}

extension Transport {
    public func send(_ request: HTTPRequest, timeout: TimeInterval, maximumResponseBytes: Int) async throws -> HTTPResponse {
        try await send(request, timeout: timeout)
    }
}

/// A transport over `URLSession`. With its own session (the default), it reads bodies as they
/// arrive and stops at the size limit, so a huge answer cannot exhaust memory.
public struct URLSessionTransport: Transport {
    private let session: URLSession
    private let downloads: BoundedDownloads?

    /// A transport over an ephemeral session of its own.
    public init() {
        let downloads = BoundedDownloads()
        self.downloads = downloads
        self.session = URLSession(configuration: .ephemeral, delegate: downloads, delegateQueue: nil)
    }

    /// Uses `session` (its body size is checked after reading).
    public init(session: URLSession) {
        self.session = session
        self.downloads = nil
    }

    public func send(_ request: HTTPRequest, timeout: TimeInterval) async throws -> HTTPResponse {
        try await send(request, timeout: timeout, maximumResponseBytes: Int.max)
    }

    public func send(_ request: HTTPRequest, timeout: TimeInterval, maximumResponseBytes: Int) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        let session = self.session
        let downloads = self.downloads
        let sent = urlRequest
        // A deadline of our own as well: URLSession's timeout covers idle time, not the whole call.
        return try await withThrowingTaskGroup(of: HTTPResponse.self) { group in
            group.addTask {
                do {
                    if let downloads {
                        return try await downloads.load(sent, in: session, limit: maximumResponseBytes)
                    }
                    let (data, response) = try await session.data(for: sent)
                    guard let http = response as? HTTPURLResponse else { throw ClientError.malformedResponse("not an HTTP response") }
                    guard data.count <= maximumResponseBytes else { throw ClientError.responseTooLarge(limit: maximumResponseBytes) }
                    return HTTPResponse(status: http.statusCode, body: data)
                } catch let error as URLError {
                    throw URLSessionTransport.clientError(error, timeout: timeout)
                } catch let error as NSError where error.domain == NSURLErrorDomain {
                    throw URLSessionTransport.clientError(URLError(URLError.Code(rawValue: error.code) ?? .unknown), timeout: timeout)
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

extension URLSessionTransport {
    /// URLSession's failures as the client's: the ones that happen before anything is sent
    /// (refused, no route, no such host) are ``ClientError/connectionFailed(_:)``, which any
    /// action may retry; the others may have reached the server.
    static func clientError(_ error: URLError, timeout: TimeInterval) -> ClientError {
        switch error.code {
        case .timedOut: return .timedOut(after: timeout)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return .connectionFailed(error.localizedDescription)
        default: return .transport(error.localizedDescription)
        }
    }
}

/// The session delegate of ``URLSessionTransport``: collects each task's body and cancels the
/// task as soon as the body passes its limit.
final class BoundedDownloads: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Download {
        var limit: Int
        var status = 0
        var body = Data()
        var continuation: CheckedContinuation<HTTPResponse, any Error>
    }

    private let lock = NSLock()
    private var downloads: [Int: Download] = [:]

    /// Sends `request` and returns the response, or fails once the body passes `limit` bytes.
    func load(_ request: URLRequest, in session: URLSession, limit: Int) async throws -> HTTPResponse {
        let task = session.dataTask(with: request)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                lock.withLock { downloads[task.taskIdentifier] = Download(limit: limit, continuation: continuation) }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Removes and returns a task's download (once: whoever takes it resumes its continuation).
    private func take(_ task: URLSessionTask) -> Download? {
        lock.withLock { downloads.removeValue(forKey: task.taskIdentifier) }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let tooLarge: Bool = lock.withLock {
            guard var download = downloads[dataTask.taskIdentifier] else { return false }
            download.status = status
            downloads[dataTask.taskIdentifier] = download
            return response.expectedContentLength > Int64(download.limit)
        }
        if tooLarge, let download = take(dataTask) {
            completionHandler(.cancel)
            download.continuation.resume(throwing: ClientError.responseTooLarge(limit: download.limit))
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over: Download? = lock.withLock {
            guard var download = downloads[dataTask.taskIdentifier] else { return nil }
            if download.body.count + data.count > download.limit {
                downloads.removeValue(forKey: dataTask.taskIdentifier)
                return download
            }
            download.body.append(data)
            downloads[dataTask.taskIdentifier] = download
            return nil
        }
        if let over {
            dataTask.cancel()
            over.continuation.resume(throwing: ClientError.responseTooLarge(limit: over.limit))
        }
    }

    /// Redirects are not followed: a signed request (its `Authorization`, `X-TC-Token` and
    /// signature) must not travel to a host it was not signed for, and the answer of another host
    /// is not the API's. The redirect itself is the response (an HTTP 3xx error).
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let download = take(task) else { return }
        if let error {
            download.continuation.resume(throwing: error)
        } else {
            download.continuation.resume(returning: HTTPResponse(status: download.status, body: download.body))
        }
    }
}
