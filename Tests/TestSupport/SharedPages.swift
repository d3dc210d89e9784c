import Foundation
import Testing

/// The published docs and the curated corpus that the tests over real pages read: the folder
/// `shared/` beside the package (a clone of the public docs repository's API section in
/// `shared/docs/api`, the curated pages in `shared/corpus`), or the folder that the environment
/// variable `QCLOUD_DOCGEN_SHARED` names.
///
/// A test that needs it carries ``SharedPages/needed``: without the folder it is reported as
/// skipped, with the one-line reason, never as passed. CI sets `QCLOUD_DOCGEN_REQUIRE_SHARED=1`:
/// then such a test runs whatever the case and fails when the folder is missing.
public enum SharedPages {
    /// The package's folder, found from this file's path so the tests run from any folder.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The shared folder: `QCLOUD_DOCGEN_SHARED`, else `../shared` beside the package.
    public static let root: String = {
        if let named = ProcessInfo.processInfo.environment["QCLOUD_DOCGEN_SHARED"], !named.isEmpty { return named }
        return URL(fileURLWithPath: packageRoot + "/../shared").standardizedFileURL.path
    }()

    /// The curated corpus (`shared/corpus`).
    public static var corpus: String { root + "/corpus" }
    /// The published docs' API section (`shared/docs/api`).
    public static var docs: String { root + "/docs/api" }

    /// Whether the shared folder is there (its corpus and docs both).
    public static let available: Bool = {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root + "/corpus", isDirectory: &isFolder) && isFolder.boolValue
            && FileManager.default.fileExists(atPath: root + "/docs/api", isDirectory: &isFolder) && isFolder.boolValue
    }()

    /// Whether tests over the shared folder must run (CI): `QCLOUD_DOCGEN_REQUIRE_SHARED=1`.
    public static let required = ProcessInfo.processInfo.environment["QCLOUD_DOCGEN_REQUIRE_SHARED"] == "1"

    /// The one line a skipped test gives.
    public static let reason: Comment =
        "needs the published docs: ../shared beside the package (or QCLOUD_DOCGEN_SHARED=path); see README"

    /// The trait of a test over the shared folder: skipped (with ``reason``) where it is missing,
    /// unless ``required``.
    public static var needed: ConditionTrait { .enabled(if: available || required, reason) }

    /// The bytes of every `.md` file under the shared corpus, then the published docs (none when
    /// the shared folder is missing: callers require a count).
    public static func all() -> [[UInt8]] { pages(under: [corpus, docs]) }

    private static func pages(under folders: [String]) -> [[UInt8]] {
        var pages: [[UInt8]] = []
        for folder in folders {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let path as String in walker where path.hasSuffix(".md") {
                pages.append([UInt8](FileManager.default.contents(atPath: folder + "/" + path) ?? Data()))
            }
        }
        return pages
    }
}
