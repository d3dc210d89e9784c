import APISchema
import DocDialects
import DocParser

/// The classify stage: which dialect a page is written in, and what kind of page it is
/// (operation, error codes, data structures, example fragment, another protocol's API, other).
///
/// The dialect is chosen by content, never by folder name: the first of ``dialects`` whose
/// signals the page's text carries (``DocDialects/Dialect/detect(_:among:)``). The kind needs the
/// page's sections and tables, so classifying reads the page that far in its dialect
/// (``DocParser/DocParser/read(_:file:dialect:)``); the parse stage builds on that reading, and the
/// pipeline skips pages that are not operation pages when it walks a folder.
public struct PageClassifier: Sendable {
    /// A page, classified.
    public struct Page {
        /// The page's path.
        public var file: String
        /// The dialect it is read in.
        public var dialect: Dialect { reading.dialect }
        /// What kind of page it is.
        public var kind: PageKind { reading.kind }
        /// The page as far as classifying read it, for the parse stage (``DocParser/DocParser/parse(_:)``).
        public var reading: PageReading
    }

    /// The dialects the classifier chooses from.
    public var dialects: [Dialect]

    /// A classifier over the known dialects.
    public init(dialects: [Dialect] = Dialect.all) {
        self.dialects = dialects
    }

    /// Classifies one page from its bytes.
    public func classify(_ bytes: [UInt8], file: String) -> Page {
        let dialect = Dialect.detect(utf8: bytes, among: dialects)
        return Page(file: file, reading: DocParser.read(bytes, file: file, dialect: dialect))
    }
}
