import APISchema
import DocgenConfig

/// One module's input: its pages, its service error pages and its configuration. The find stage
/// (``SpecDiscovery``) makes these; every later stage works on them.
public struct ModuleInput: Sendable {
    /// The module to generate (name, and the folder shown in file headers).
    public var spec: ModuleSpec
    /// The doc pages, in a stable order (paths to read them by).
    public var pages: [String]
    /// The service's error-code pages listed in docgen.yaml.
    public var errorPages: [ErrorPage]
    /// The folder's `docgen.yaml`, typed (empty when there is none).
    public var config: DocgenConfig
    /// Whether the folder has a `docgen.yaml` of its own.
    public var hasConfigFile = false
    /// The pages were named one by one (on the command line), not found by walking a folder: a
    /// page that is not an operation page is then an error, not skipped.
    public var namedExplicitly: Bool
    /// The module's name comes from the service its pages call (``ModuleNaming``), not from a
    /// docgen.yaml `module:` or the command line: a product folder found in a docs checkout.
    public var namedByService = false
    /// The folder page paths are shown relative to (the docs root given on the command line),
    /// so that generated files and schemas name pages the same on every machine; nil: as given.
    public var displayRoot: String?

    /// Creates an input.
    public init(spec: ModuleSpec, pages: [String], errorPages: [ErrorPage] = [], config: DocgenConfig = DocgenConfig(),
                namedExplicitly: Bool = false) {
        self.spec = spec
        self.pages = pages
        self.errorPages = errorPages
        self.config = config
        self.namedExplicitly = namedExplicitly
    }

    /// `path` as shown in locations, headers and schemas: relative to ``displayRoot`` when it is
    /// below it.
    public func displayPath(_ path: String) -> String {
        guard let root = displayRoot else { return path }
        if path == root { return "." }
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// An error-code page docgen.yaml lists, with the entry that lists it.
    public struct ErrorPage: Sendable {
        /// The page's path.
        public var path: String
        /// The `errorPages` entry in docgen.yaml.
        public var listedAt: SourceLocation

        /// Creates an entry.
        public init(path: String, listedAt: SourceLocation) {
            self.path = path
            self.listedAt = listedAt
        }
    }
}
