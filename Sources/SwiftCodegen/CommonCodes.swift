/// The numeric error codes every API 2.0 service shares (the common error-code page); the
/// runtime's `CommonErrorCode` has the same list.
enum CommonCodes {
    struct Entry {
        var code: String
        var name: String
        var meaning: String
    }

    static let all: [Entry] = [
        Entry(code: "4000", name: "invalidParameter", meaning: "invalid parameter"),
        Entry(code: "4100", name: "authenticationFailed", meaning: "authentication failed"),
        Entry(code: "4101", name: "unauthorized", meaning: "not authorised"),
        Entry(code: "4102", name: "unauthorizedResource", meaning: "not authorised for the resource"),
        Entry(code: "4103", name: "unauthorizedOperation", meaning: "not authorised for the operation"),
        Entry(code: "4104", name: "secretIdNotFound", meaning: "the SecretId does not exist"),
        Entry(code: "4105", name: "tokenError", meaning: "token error"),
        Entry(code: "4106", name: "mfaFailed", meaning: "MFA check failed"),
        Entry(code: "4110", name: "camAuthorizationFailed", meaning: "CAM authorisation failed"),
        Entry(code: "4300", name: "accessDenied", meaning: "access denied"),
        Entry(code: "4400", name: "quotaExceeded", meaning: "quota exceeded"),
        Entry(code: "4500", name: "replayAttack", meaning: "replayed request"),
        Entry(code: "4600", name: "protocolNotSupported", meaning: "protocol not supported (HTTPS only)"),
        Entry(code: "5000", name: "resourceNotFound", meaning: "resource not found"),
        Entry(code: "5100", name: "operationFailed", meaning: "operation failed"),
        Entry(code: "5200", name: "purchaseFailed", meaning: "purchase failed"),
        Entry(code: "5300", name: "insufficientBalance", meaning: "insufficient balance"),
        Entry(code: "5400", name: "partialFailure", meaning: "some operations failed"),
        Entry(code: "5500", name: "qualificationFailed", meaning: "qualification check failed"),
        Entry(code: "6000", name: "internalError", meaning: "internal error"),
        Entry(code: "6100", name: "versionNotSupported", meaning: "version or domain not supported"),
        Entry(code: "6200", name: "underMaintenance", meaning: "under maintenance"),
    ]
}
