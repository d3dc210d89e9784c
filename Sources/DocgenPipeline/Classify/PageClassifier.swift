import APISchema
import DocDialects

/// The classify stage: which dialect a page is written in, decided before it is parsed. What
/// kind of page it is (operation, error codes, data structures, fragment, other) is decided from
/// what the parser read (``DocParser/PageKind``), since that needs its sections and tables; the
/// pipeline then skips pages that are not operation pages when it walks a folder.
///
/// The dialect is chosen by content, never by folder name: the first of ``dialects`` whose
/// signals the page's text carries (``DocDialects/Dialect/detect(_:among:)``).
public struct PageClassifier: Sendable {
    /// A page, classified.
    public struct Page: Sendable {
        /// The page's path.
        public var file: String
        /// The dialect to read it in.
        public var dialect: Dialect
    }

    /// The dialects the classifier chooses from.
    public var dialects: [Dialect]

    /// A classifier over the known dialects.
    public init(dialects: [Dialect] = Dialect.all) {
        self.dialects = dialects
    }

    /// Classifies one page from its bytes.
    public func classify(_ bytes: [UInt8], file: String) -> Page {
        Page(file: file, dialect: Dialect.detect(utf8: bytes, among: dialects))
    }
}
