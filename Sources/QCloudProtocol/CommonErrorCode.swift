/// The numeric error codes every API 2.0 service shares (the common error-code page), defined
/// once: the runtime re-exports this type, and the generator puts a case for each into every
/// service's error enum.
public enum CommonErrorCode: Int, Sendable, Hashable, CaseIterable {
    case invalidParameter = 4000
    case authenticationFailed = 4100
    case unauthorized = 4101
    case unauthorizedResource = 4102
    case unauthorizedOperation = 4103
    case secretIdNotFound = 4104
    case tokenError = 4105
    case mfaFailed = 4106
    case camAuthorizationFailed = 4110
    case accessDenied = 4300
    case quotaExceeded = 4400
    case replayAttack = 4500
    case protocolNotSupported = 4600
    case resourceNotFound = 5000
    case operationFailed = 5100
    case purchaseFailed = 5200
    case insufficientBalance = 5300
    case partialFailure = 5400
    case qualificationFailed = 5500
    case internalError = 6000
    case versionNotSupported = 6100
    case underMaintenance = 6200

    /// The case's name, as generated error enums name their case for this code.
    public var name: String { String(describing: self) }

    /// What the code means, in a few words.
    public var meaning: String {
        switch self {
        case .invalidParameter: "invalid parameter"
        case .authenticationFailed: "authentication failed"
        case .unauthorized: "not authorised"
        case .unauthorizedResource: "not authorised for the resource"
        case .unauthorizedOperation: "not authorised for the operation"
        case .secretIdNotFound: "the SecretId does not exist"
        case .tokenError: "token error"
        case .mfaFailed: "MFA check failed"
        case .camAuthorizationFailed: "CAM authorisation failed"
        case .accessDenied: "access denied"
        case .quotaExceeded: "quota exceeded"
        case .replayAttack: "replayed request"
        case .protocolNotSupported: "protocol not supported (HTTPS only)"
        case .resourceNotFound: "resource not found"
        case .operationFailed: "operation failed"
        case .purchaseFailed: "purchase failed"
        case .insufficientBalance: "insufficient balance"
        case .partialFailure: "some operations failed"
        case .qualificationFailed: "qualification check failed"
        case .internalError: "internal error"
        case .versionNotSupported: "version or domain not supported"
        case .underMaintenance: "under maintenance"
        }
    }
}
