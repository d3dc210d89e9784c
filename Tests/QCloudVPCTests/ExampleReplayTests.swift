import Foundation
import QCloudRuntime
import QCloudVPC
import Testing

/// Every example of every page in the module becomes a check: the example request reads into
/// the request type (its known doc bugs, recorded by the generator, are exactly what the reader
/// finds), survives a round trip through parameters, and the example response decodes.
@Suite struct ExampleReplayTests {
    @Test func everyOperationHasItsExamplesReplayed() {
        #expect(!QCloudVPCOperations.all.isEmpty)
        for operation in QCloudVPCOperations.all { replay(operation) }
    }

    func replay<Operation: OperationDescriptor>(_ operation: Operation.Type) {
        #expect(!Operation.examples.isEmpty, "\(Operation.action) has no example")
        for example in Operation.examples {
            var reader = ParameterReader(example.parameters)
            let request = Operation.Request(parameters: &reader, at: "")
            #expect(reader.missing == example.omittedRequired, "\(Operation.action)")
            #expect(reader.unused == example.undocumented.sorted(), "\(Operation.action)")
            #expect(reader.invalid == example.unreadable, "\(Operation.action)")

            var writer = ParameterWriter()
            request.encodeParameters(into: &writer, at: "")
            let written = Set(writer.parameters.map(\.name))
            let given = Set(example.parameters.map(\.name)).subtracting(example.undocumented).subtracting(example.unreadable)
            #expect(given.isSubset(of: written), "\(Operation.action): \(given.subtracting(written)) lost")
            var again = ParameterReader(writer.parameters)
            #expect(Operation.Request(parameters: &again, at: "") == request, "\(Operation.action) round trip")
            #expect(again.unused.isEmpty)

            if let json = example.responseJSON {
                #expect(throws: Never.self, "\(Operation.action) response") {
                    _ = try JSONDecoder().decode(Operation.Response.self, from: Data(json.utf8))
                }
            }
        }
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
