import Foundation
import QCloudRuntime
import QCloudRuntimeTesting
import QCloudVPCSeed
import Testing

/// Every example of every page in the module becomes a check (see ``ExampleReplay``).
@Suite struct ExampleReplayTests {
    @Test func everyOperationReplaysItsExamples() {
        #expect(!QCloudVPCSeedOperations.all.isEmpty)
        for operation in QCloudVPCSeedOperations.all {
            #expect(problems(operation) == [])
        }
    }

    func problems<Operation: OperationDescriptor>(_ operation: Operation.Type) -> [String] {
        Operation.examples.isEmpty ? ["\(Operation.action) has no example"] : ExampleReplay.problems(operation)
    }

    @Test func replayNoticesADocBugTheGeneratorDidNotRecord() {
        /// The seed's example with its recorded omission forgotten must be reported.
        enum Tampered: OperationDescriptor {
            typealias Request = AddVpnConnExRequest
            typealias Response = AddVpnConnExResponse
            static let action = "Tampered"
            static let host = AddVpnConnEx.host
            static let path = AddVpnConnEx.path
            static let documentedErrors: [VPCSeedErrorCode] = []
            static var examples: [OperationExample] {
                AddVpnConnEx.examples.map { example in
                    var copy = example
                    copy.omittedRequired = []
                    return copy
                }
            }
        }
        #expect(ExampleReplay.problems(Tampered.self).count == 1)
    }

    @Test func readerReportsEveryProblemAtOnce() {
        var reader = ParameterReader([("vpcId", "v"), ("IKESet.ikeSaLifetimeSeconds", "soon"), ("bogus", "1")])
        _ = AddVpnConnExRequest(parameters: &reader, at: "")
        #expect(reader.missing == ["vpnGwId", "userGwId", "vpnConnName", "preSharedKey"])
        #expect(reader.invalid == ["IKESet.ikeSaLifetimeSeconds"])
        #expect(reader.unused == ["bogus"])
        #expect(throws: ParameterDecodingError.self) { try AddVpnConnExRequest(parameters: [("vpcId", "v")]) }
    }
}
