import Foundation
import QCloudRuntime
import Testing

/// Which failures are retried, for which actions, and how long the waits are.
struct RetryPolicyTests {
    struct Code: ServiceErrorCode {
        let code: String
        init(code: String) { self.code = code }
    }

    static func service(_ code: String) -> ServiceError<Code> {
        ServiceError(code: Code(code: code), message: "", numericCode: Int(code))
    }

    @Test func failuresAreClassifiedByWhetherTheServerMayHaveActed() {
        let cases: [(any Error, FailureKind)] = [
            (ClientError.connectionFailed("refused"), .notProcessed),
            (ClientError.httpStatus(503, bodyPrefix: "<html>busy</html>"), .notProcessed),
            // A gateway may have forwarded the request before its 502.
            (ClientError.httpStatus(502, bodyPrefix: ""), .ambiguous),
            (ClientError.httpStatus(502, bodyPrefix: "<html>Bad Gateway</html>"), .ambiguous),
            (ClientError.httpStatus(429, bodyPrefix: "slow down"), .notProcessed),
            (ClientError.httpStatus(503, bodyPrefix: #"{"code":6000,"message":"x"}"#), .ambiguous),
            (ClientError.httpStatus(500, bodyPrefix: ""), .ambiguous),
            (ClientError.httpStatus(404, bodyPrefix: ""), .final),
            (ClientError.timedOut(after: 3), .ambiguous),
            (ClientError.transport("reset"), .ambiguous),
            (ClientError.malformedResponse("x"), .final),
            (Self.service("4400"), .throttled),
            (Self.service("RequestLimitExceeded.UinLimitExceeded"), .throttled),
            (Self.service("6000"), .ambiguous),
            (Self.service("InternalError.DbError"), .ambiguous),
            (Self.service("6200"), .notProcessed),
            (Self.service("4000"), .final), (Self.service("4100"), .final), (Self.service("4300"), .final), (Self.service("4500"), .final),
            (Self.service("5000"), .final), (Self.service("5100"), .final),
            (Self.service("InvalidParameterValue.Malformed"), .final),
            (CocoaError(.fileNoSuchFile), .final),
        ]
        for (error, kind) in cases {
            #expect(FailureKind.of(error) == kind, "\(error)")
        }
    }

    @Test func theStandardPolicyRetriesOnlyWhatIsSafe() {
        let policy = StandardRetryPolicy(maximumAttempts: 3, baseDelay: 1, maximumDelay: 3, maximumTotalTime: 10, random: { 0.999 })
        func delay(_ kind: FailureKind, readOnly: Bool, attempt: Int = 1, elapsed: TimeInterval = 0) -> TimeInterval? {
            policy.delay(after: FailedAttempt(attempt: attempt, kind: kind, retriesAmbiguousFailures: readOnly, elapsed: elapsed,
                                              error: ClientError.timedOut(after: 1)))
        }
        #expect(delay(.notProcessed, readOnly: false) != nil)
        #expect(delay(.throttled, readOnly: false) != nil)
        #expect(delay(.ambiguous, readOnly: false) == nil)
        #expect(delay(.ambiguous, readOnly: true) != nil)
        #expect(delay(.final, readOnly: true) == nil)
        // Full jitter under a doubling cap: at most 1 s, then 2 s; never a third retry.
        #expect((delay(.notProcessed, readOnly: false, attempt: 1) ?? 99) <= 1)
        #expect((delay(.notProcessed, readOnly: false, attempt: 2) ?? 99) > 1)
        #expect((delay(.notProcessed, readOnly: false, attempt: 2) ?? 99) <= 2)
        #expect(delay(.notProcessed, readOnly: false, attempt: 3) == nil)
        // No wait that would end past the total time.
        #expect(delay(.notProcessed, readOnly: false, attempt: 2, elapsed: 9) == nil)
        #expect(NoRetries().delay(after: FailedAttempt(attempt: 1, kind: .notProcessed, retriesAmbiguousFailures: true, elapsed: 0,
                                                       error: ClientError.connectionFailed(""))) == nil)
    }

    @Test func readOnlyActionsGoByTheirVerb() {
        for action in ["DescribeVpcEx", "GetFavor", "InquiryPriceRunInstances", "ListQueue", "QueryTask", "CheckName", "Describe"] {
            #expect(ReadOnlyActions.isReadOnly(action), "\(action)")
        }
        for action in ["AddVpnConnEx", "Describer", "Getaway", "Listen", "CreateListQueue", "DeleteVpc"] {
            #expect(!ReadOnlyActions.isReadOnly(action), "\(action)")
        }
    }

    @Test func secretsAreWhatTheValueIsNotWhatItIsAbout() {
        #expect(SecretNames.describesSecretValue("预共享密钥。"))
        #expect(SecretNames.describesSecretValue("实例登录密码，长度8到16位"))
        #expect(!SecretNames.describesSecretValue("IKE配置（Internet Key Exchange，因特网密钥交换）"))
        #expect(!SecretNames.describesSecretValue("IKE配置，DH group，指定IKE交换密钥时使用的DH组"))
        #expect(!SecretNames.describesSecretValue("密钥 ID。关联密钥后可使用密钥登录节点"))
        #expect(!SecretNames.describesSecretValue("密钥名称。"))
    }
}
