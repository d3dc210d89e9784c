import Foundation

/// Finds doc pages: a file is itself, a folder is every `.md` file below it (sorted, so the
/// result does not depend on the order the file system lists them).
public enum PageFiles {
    /// A path that is neither a readable file nor a folder.
    public struct NotFound: Error, CustomStringConvertible {
        /// The path as given.
        public var path: String
        /// Creates the error for `path`.
        public init(path: String) { self.path = path }
        public var description: String { "\(path): no such file or folder" }
    }

    /// The Markdown pages at `paths`, in a stable order, without duplicates.
    public static func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        // Compared as bytes: Swift's `==` takes NFC and NFD spellings of one name as equal, and
        // two such files are two pages (the pipeline reports the clash).
        var seen: Set<[UInt8]> = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { throw NotFound(path: path) }
            var found: [String] = []
            if isFolder.boolValue {
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                guard let walker = manager.enumerator(atPath: path) else { throw NotFound(path: path) }
                while let relative = walker.nextObject() as? String {
                    if relative.lowercased().hasSuffix(".md") {
                        let full = base + "/" + relative
                        var isSub: ObjCBool = false
                        if manager.fileExists(atPath: full, isDirectory: &isSub), !isSub.boolValue { found.append(full) }
                    }
                }
                found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            } else {
                found = [path]
            }
            for file in found where seen.insert(Array(file.utf8)).inserted { result.append(file) }
        }
        return result
    }

    /// Reads a page's bytes. A file larger than ``InputLimits/pageBytes`` is not read whole: its
    /// first bytes past the limit are enough for the parser to report it.
    public static func read(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw NotFound(path: path) }
        defer { try? handle.close() }
        guard let data = try handle.read(upToCount: InputLimits.pageBytes + 1) else { return [] }
        return [UInt8](data)
    }
}
