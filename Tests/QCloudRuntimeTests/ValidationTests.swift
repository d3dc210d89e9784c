import QCloudRuntime
import Testing

@Suite struct ValidationTests {
    @Test func elementCountIsBounded() throws {
        var validator = Validator()
        validator.count([1, 2, 3], "ids", max: 3)
        validator.count(nil as [Int]?, "absent", max: 1)
        #expect(validator.issues.isEmpty)
        validator.count(["a", "b"], "names", max: 1)
        #expect(validator.issues == [ValidationIssue(path: "names", rule: .maxItems, message: "must have at most 1 element (has 2)")])
        #expect(throws: ValidationError.self) { try validator.finish() }
    }
}
