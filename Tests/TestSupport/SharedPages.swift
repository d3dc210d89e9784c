import Foundation

/// The Markdown pages of the shared corpus and trees (`../shared/corpus`, `../shared/trees` beside
/// the package), which the tests that hold a rule to every real page read.
public enum SharedPages {
    /// The package's folder, found from this file's path so the tests run from any folder.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The bytes of every `.md` file under the shared corpus, then the shared trees (none when
    /// the shared folder is missing: callers require a count).
    public static func all() -> [[UInt8]] {
        var pages: [[UInt8]] = []
        for root in [packageRoot + "/../shared/corpus", packageRoot + "/../shared/trees"] {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let path as String in walker where path.hasSuffix(".md") {
                pages.append([UInt8](FileManager.default.contents(atPath: root + "/" + path) ?? Data()))
            }
        }
        return pages
    }
}
