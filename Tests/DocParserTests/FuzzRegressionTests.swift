import DocParser
import Foundation
import Testing

/// Inputs the fuzzer produced (Scripts/fuzz.sh): crash reproducers, if it ever finds any, and a
/// sample of the small inputs that reached new code. Each must read without a crash, quickly,
/// with every diagnostic located.
@Suite struct FuzzRegressionTests {
    static let folder = Paths.fixtures + "/Fuzz"

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func replaysEveryCommittedInput() throws {
        let inputs = Self.inputs
        try #require(inputs.count >= 10, "the committed fuzz inputs are missing")
        for name in inputs {
            let start = Date()
            let result = DocParser.parse(Paths.bytes(Self.folder + "/" + name), file: name)
            #expect(Date().timeIntervalSince(start) < 2, "\(name)")
            #expect(result.diagnostics.allSatisfy { $0.location.file == name && $0.location.line >= 1 }, "\(name)")
            #expect(result.operation != nil || result.hasErrors, "\(name): no operation and no error")
        }
    }
}
