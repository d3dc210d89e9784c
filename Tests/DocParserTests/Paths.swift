import Foundation
import TestSupport

/// Where the package, its specs and the shared corpus are, found from this file's path so the
/// tests run from any working directory.
enum Paths {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let fixtures = packageRoot + "/Tests/DocParserTests/Fixtures"
    static let seed = packageRoot + "/specs/vpc/AddVpnConnEx.md"
    static let corpus = SharedPages.corpus

    static func bytes(_ path: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }
}
