import Foundation

/// What a poll of a task's status says.
public enum TaskState: Sendable, Hashable {
    /// The task finished well.
    case success
    /// The task failed.
    case failure
    /// The task is still running.
    case pending
}

/// How long a waiter polls: the first wait is `minimumDelay`, each next one doubles up to
/// `maximumDelay`, and it gives up once the next poll would come after `deadline` seconds.
public struct WaiterSettings: Sendable, Hashable {
    /// The first wait, in seconds.
    public var minimumDelay: TimeInterval
    /// The longest wait between polls.
    public var maximumDelay: TimeInterval
    /// Seconds after which the waiter gives up.
    public var deadline: TimeInterval

    /// Polls after 2 s, 4 s, 8 s, … at most every 30 s, for 10 minutes.
    public init(minimumDelay: TimeInterval = 2, maximumDelay: TimeInterval = 30, deadline: TimeInterval = 600) {
        self.minimumDelay = minimumDelay
        self.maximumDelay = maximumDelay
        self.deadline = deadline
    }
}

/// Why a waiter stopped without success.
public enum WaiterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The response that started the task has no task id.
    case noTask(action: String)
    /// The poll said the task failed, with its status.
    case taskFailed(action: String, status: String, polls: Int)
    /// The deadline passed while the task was still running (or its status was not a documented one).
    case deadlineExceeded(action: String, seconds: TimeInterval, polls: Int, lastStatus: String?)

    public var description: String {
        switch self {
        case .noTask(let action): return "\(action) returned no task id to wait for"
        case .taskFailed(let action, let status, let polls): return "\(action): the task failed (status \(Redaction.printable(status))) after \(polls) polls"
        case .deadlineExceeded(let action, let seconds, let polls, let status):
            return "\(action): the task did not finish within \(seconds) s (\(polls) polls, last status \(status.map(Redaction.printable) ?? "unknown"))"
        }
    }
}

/// Polls a status operation until a task finishes.
public enum Waiter {
    /// Calls `poll` with `request` until `state` reads success (returns that response) or
    /// failure (throws ``WaiterError/taskFailed(action:status:polls:)``), waiting between polls
    /// as `settings` says. A status `state` does not know counts as still running.
    public static func wait<Poll: OperationDescriptor>(client: QCloudClient, poll: Poll.Type, request: Poll.Request,
                                                       settings: WaiterSettings = WaiterSettings(), options: CallOptions = CallOptions(),
                                                       state: @Sendable (Poll.Response) -> (state: TaskState?, status: String?)) async throws -> Poll.Response {
        let started = ContinuousClock.now
        var delay = max(0, settings.minimumDelay)
        var polls = 0
        while true {
            let response = try await client.send(poll, request, options: options)
            polls += 1
            let (reading, status) = state(response)
            switch reading {
            case .success?: return response
            case .failure?: throw WaiterError.taskFailed(action: Poll.action, status: status ?? "?", polls: polls)
            case .pending?, nil: break
            }
            let elapsed = QCloudClient.seconds(ContinuousClock.now - started)
            guard elapsed + delay <= settings.deadline else {
                throw WaiterError.deadlineExceeded(action: Poll.action, seconds: settings.deadline, polls: polls, lastStatus: status)
            }
            try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            delay = min(max(settings.maximumDelay, settings.minimumDelay), delay * 2)
        }
    }
}
