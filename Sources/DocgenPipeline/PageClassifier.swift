import APISchema
import DocDialects

/// The classify stage: what a page is and which dialect it is written in, decided from its
/// content before it is parsed.
///
/// Today every page is taken as an operation page in the classic v2 dialect: the only kind and
/// dialect the parser reads. Page kinds (error-code, data-structure and other pages) and the
/// versioned dialects plug in here, with no change to the stages around it.
public struct PageClassifier: Sendable {
    /// What a page is.
    public enum Kind: String, Sendable {
        /// A page that documents one action.
        case operation
    }

    /// A page, classified.
    public struct Page: Sendable {
        /// The page's path.
        public var file: String
        /// What the page is.
        public var kind: Kind
        /// The dialect to read it in.
        public var dialect: Dialect
    }

    /// The dialects the classifier chooses from.
    public var dialects: [Dialect]

    /// A classifier over the known dialects.
    public init(dialects: [Dialect] = [.v2]) {
        self.dialects = dialects
    }

    /// Classifies one page from its bytes.
    public func classify(_ bytes: [UInt8], file: String) -> Page {
        Page(file: file, kind: .operation, dialect: dialects.first ?? .v2)
    }
}
