/// What one module is made as, decided where its folder is found (``SpecDiscovery``, from the
/// folder and its `docgen.yaml`) and read by the render stage.
public struct ModuleSpec: Sendable, Hashable {
    /// The Swift module name (`QCloudVPC`).
    public var name: String
    /// The spec folder, as shown in headers (`specs/vpc`).
    public var sourceFolder: String
    /// How operation files are named.
    public var fileNaming: FileNaming
    /// Which texts doc comments carry where pages have English twins.
    public var docLanguage: DocLanguage = .both

    /// The languages of doc comments.
    public enum DocLanguage: String, Sendable, Hashable {
        /// The Chinese text (the pages' own).
        case zh
        /// The English twin's text, where there is one (else the Chinese).
        case en
        /// Both, Chinese first.
        case both
    }

    /// How an operation's Swift file is named.
    public enum FileNaming: Sendable, Hashable {
        /// After the action (`AddVpnConnEx.swift`): ASCII, stable while the action is.
        case action
        /// After the page (``SwiftGenerator/fileName(forPage:in:)``): what the build plugin uses,
        /// since it must declare its output files before anything has read the pages.
        case page
    }

    /// Creates a spec.
    public init(name: String, sourceFolder: String, fileNaming: FileNaming = .action) {
        self.name = name
        self.sourceFolder = sourceFolder
        self.fileNaming = fileNaming
    }

    /// `QCloudVPC` → `VPC`, `TencentCloudVPC` → `VPC`: the prefix of the service-wide types.
    public var servicePrefix: String {
        let prefix = ["QCloud", "TencentCloud"].first { name.hasPrefix($0) && name.count > $0.count }
        let trimmed = prefix.map { String(name.dropFirst($0.count)) } ?? name
        return trimmed.isEmpty ? "Service" : trimmed
    }
}
