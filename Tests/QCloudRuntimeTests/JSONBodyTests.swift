import Foundation
import QCloudRuntime
import Testing

/// The JSON body of API 3.0 calls, built from the flattened parameters a request writes.
@Suite struct JSONBodyTests {
    func body(_ build: (inout ParameterWriter) -> Void) -> String {
        var writer = ParameterWriter()
        build(&writer)
        return String(decoding: JSONBody.encode(writer.parameters, kinds: writer.kinds), as: UTF8.self)
    }

    @Test func nestedArraysOfObjectsKeepTheirOrderAndKinds() {
        let text = body { writer in
            writer.write(1, "Limit", under: "")
            writer.write([["instance-name"], ["a", "b"]].enumerated().map { index, values in
                ["Name": "n\(index)"]
            }, "Filters", under: "")
            writer.write(["x", "y"], "Values", under: "Filters.0")
            writer.write(true, "DryRun", under: "")
            writer.write(2.5, "Ratio", under: "")
        }
        #expect(text == #"{"Limit":1,"Filters":[{"Name":"n0","Values":["x","y"]},{"Name":"n1"}],"DryRun":true,"Ratio":2.5}"#)
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
    }

    @Test func stringsAreEscapedAndRawJSONIsEmbedded() {
        let text = body { writer in
            writer.write("a\"b\\c\n\u{1}\u{2028}未命名", "Name", under: "")
            writer.write(JSONPayload.object(["k": .number(1)]), "Tags", under: "")
            writer.write("12", "Id", under: "")
        }
        #expect(text == #"{"Name":"a\"b\\c\n\u0001\u2028未命名","Tags":{"k":1},"Id":"12"}"#)
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["Id"] as? String == "12", "a string that looks like a number stays a string")
    }

    @Test func emptyRequestIsAnEmptyObject() {
        #expect(body { _ in } == "{}")
    }
}
