import Foundation
import Logging

/// The one info line each call logs when it ends.
enum CallLog {
    static func finished(_ logger: Logger, _ target: OperationTarget, _ configuration: ClientConfiguration, attempt: Int,
                         started: ContinuousClock.Instant, requestId: String?, outcome: String) {
        guard logger.logLevel <= .info else { return }
        let milliseconds = Int((QCloudClient.seconds(ContinuousClock.now - started) * 1000).rounded())
        logger.info("call \(target.action)", metadata: [
            "action": "\(target.action)",
            "region": "\(Redaction.printable(configuration.region))",
            "attempts": "\(attempt)",
            "duration_ms": "\(milliseconds)",
            "request_id": "\(Redaction.printable(requestId ?? "-"))",
            "code": "\(Redaction.printable(outcome))",
        ])
    }

    /// What a failed call's line says in `code`: the service's code, or the client failure's kind.
    static func outcome(_ error: any Error) -> String {
        if let error = error as? any ServiceErrorDetails { return error.codeText }
        if let error = error as? ClientError {
            switch error.underlying {
            case .httpStatus(let status, _): return "HTTP \(status)"
            case .timedOut: return "timeout"
            case .connectionFailed: return "no connection"
            case .transport: return "transport"
            default: return "client error"
            }
        }
        if error is ValidationError { return "invalid request" }
        if error is CredentialProviderError { return "no credentials" }
        return "error"
    }
}

/// Reads only the request id out of a response body (`requestId`, or `Response.RequestId`),
/// for the log line of a successful call.
enum RequestIdProbe {
    private struct Body: Decodable {
        var requestId: String?
        var Response: Inner?
        struct Inner: Decodable {
            var RequestId: String?
        }
    }

    static func requestId(in body: Data) -> String? {
        guard let decoded = try? JSONDecoder().decode(Body.self, from: body) else { return nil }
        return decoded.requestId ?? decoded.Response?.RequestId
    }
}
