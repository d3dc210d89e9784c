import Foundation
import QCloudRuntime

/// Replays the examples a generated operation carries: each example request reads into the
/// request type with exactly the doc bugs the generator recorded for it, survives a round trip
/// through parameters, and each example response decodes. Test support: it lives in
/// `QCloudRuntimeTesting`, which tests link and apps do not.
public enum ExampleReplay {
    /// The problems of `operation`'s examples; empty when every example holds.
    public static func problems<Operation: OperationDescriptor>(_ operation: Operation.Type) -> [String] {
        var problems: [String] = []
        let name = Operation.action
        for (index, example) in Operation.examples.enumerated() {
            let label = "\(name) example \(index + 1)"
            if !example.showsRequest {
                problems += responseProblems(Operation.self, example, label)
                continue
            }
            var reader = ParameterReader(example.parameters)
            let request = Operation.Request(parameters: &reader, at: "")
            if reader.missing != example.omittedRequired {
                problems.append("\(label): missing \(reader.missing), the docs omit \(example.omittedRequired)")
            }
            if reader.unused != example.undocumented.sorted() {
                problems.append("\(label): unread \(reader.unused), undocumented \(example.undocumented)")
            }
            if reader.invalid != example.unreadable {
                problems.append("\(label): unreadable \(reader.invalid), expected \(example.unreadable)")
            }
            var writer = ParameterWriter()
            request.encodeParameters(into: &writer, at: "")
            // Names compared with indexes as `n`: encoding counts from 0 where a page counts from 1.
            let written = Set(writer.parameters.map { shape($0.name) })
            let given = Set(example.parameters.map(\.name).filter { !example.undocumented.contains($0) && !example.unreadable.contains($0) }.map(shape))
            let lost = given.subtracting(written)
            if !lost.isEmpty { problems.append("\(label): parameters lost in encoding: \(lost.sorted())") }
            // Undocumented parameters can leave empty elements behind that encode to nothing.
            var again = ParameterReader(writer.parameters)
            var rewritten = ParameterWriter()
            Operation.Request(parameters: &again, at: "").encodeParameters(into: &rewritten, at: "")
            let same = rewritten.parameters.map { "\($0.name)=\($0.value)" } == writer.parameters.map { "\($0.name)=\($0.value)" }
            if example.undocumented.isEmpty, !same || !again.unused.isEmpty {
                problems.append("\(label): the request does not survive a round trip through parameters")
            }
            problems += responseProblems(Operation.self, example, label)
        }
        return problems
    }

    /// Whether the example's response decodes. An enveloped one (`{"Response": …}`) is read as
    /// the client reads it: the payload inside, or the documented `Error` as the service's error.
    static func responseProblems<Operation: OperationDescriptor>(_: Operation.Type, _ example: OperationExample, _ label: String) -> [String] {
        guard let json = example.responseJSON else { return [] }
        do {
            if Operation.wireProtocol.isEnveloped {
                _ = try ResponseDecoding.decodeEnveloped(Operation.self, Data(json.utf8))
            } else {
                _ = try JSONDecoder().decode(Operation.Response.self, from: Data(json.utf8))
            }
            return []
        } catch is ServiceError<Operation.ErrorCode> {
            return []
        } catch {
            return ["\(label): the response does not decode: \(error)"]
        }
    }

    /// `a.1.b` → `a.n.b`.
    static func shape(_ name: String) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false)
            .map { !$0.isEmpty && $0.allSatisfy(\.isNumber) ? "n" : String($0) }.joined(separator: ".")
    }

    /// The problems of decoding `operation`'s error codes: every documented code (every case of
    /// its error type, when it lists them) sent as the service would send it — an API 2.0 answer
    /// with the number alone, with the number and its `codeDesc`, a named code as `codeDesc`
    /// beside a common number; an API 3.0 `Error.Code` — must decode to its own case.
    public static func errorCodeProblems<Operation: OperationDescriptor>(_ operation: Operation.Type) -> [String] {
        var cases = Operation.documentedErrors
        if let iterable = Operation.ErrorCode.self as? any CaseIterable.Type {
            cases = allCases(of: iterable).compactMap { $0 as? Operation.ErrorCode }
        }
        var problems: [String] = []
        for expected in cases {
            var bodies: [String] = []
            let code = JSONBody.quoted(expected.code)
            let isNumber = !expected.code.isEmpty && expected.code.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") }
            if Operation.wireProtocol.isEnveloped {
                bodies.append(#"{"Response":{"Error":{"Code":\#(code),"Message":"m"},"RequestId":"r"}}"#)
            } else if isNumber {
                // As a JSON number where it is one (`0123` is not: sent as a string, as a lenient server might).
                let number = Int(expected.code).map(String.init) == expected.code ? expected.code : code
                bodies.append(#"{"code":\#(number),"message":"m"}"#)
                if let name = expected.codeDesc {
                    bodies.append(#"{"code":\#(number),"codeDesc":\#(JSONBody.quoted(name)),"message":"m"}"#)
                }
            } else {
                bodies.append(#"{"code":4000,"codeDesc":\#(code),"message":"m"}"#)
            }
            for body in bodies {
                do {
                    _ = try ResponseDecoding.decode(Operation.Response.self, errors: Operation.ErrorCode.self, action: Operation.action,
                                                    wireProtocol: Operation.wireProtocol, HTTPResponse(status: 200, body: Data(body.utf8)))
                    problems.append("\(Operation.action): \(body) decoded as a success")
                } catch let error as ServiceError<Operation.ErrorCode> {
                    if error.code != expected { problems.append("\(Operation.action): \(body) decoded as \(error.code), not its own case") }
                } catch {
                    problems.append("\(Operation.action): \(body) did not decode as the service's error: \(error)")
                }
            }
        }
        return problems
    }

    private static func allCases<T: CaseIterable>(of type: T.Type) -> [Any] { Array(type.allCases) }
}
