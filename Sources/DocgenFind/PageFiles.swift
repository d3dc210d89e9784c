import Foundation

/// Finds doc pages: a file is itself, a folder is every `.md` file below it (sorted, so the
/// result does not depend on the order the file system lists them).
public enum PageFiles {
    /// A path that is neither a readable file nor a folder, or a file where a folder is needed.
    public struct NotFound: Error, CustomStringConvertible {
        /// The path as given.
        public var path: String
        /// Whether the path is a file given where only a folder will do (`generate PAGE.md`).
        public var isFile: Bool
        /// Creates the error for `path`.
        public init(path: String, isFile: Bool = false) {
            self.path = path
            self.isFile = isFile
        }
        public var description: String {
            isFile ? "\(path): is a page, not a folder (generate takes a folder of pages; check, lint and schema take pages)"
                : "\(path): no such file or folder"
        }
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
                guard let listed = markdownFiles(under: base) else { throw NotFound(path: path) }
                found = listed
                found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            } else {
                found = [path]
            }
            for file in found where seen.insert(Array(file.utf8)).inserted { result.append(file) }
        }
        return result
    }

    /// The folders below `folder` (not `folder` itself) that hold a file named `name`, the
    /// uppermost of each branch only, sorted: the folders with a docgen.yaml of their own inside
    /// a product.
    static func foldersBelow(_ folder: String, holding name: String) -> [String] {
        var found: [String] = []
        func walk(_ current: String) {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: current) else { return }
            for entry in entries.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let path = current + "/" + entry
                var info = stat()
                guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
                if FileManager.default.fileExists(atPath: path + "/" + name) { found.append(path) } else { walk(path) }
            }
        }
        walk(folder)
        return found
    }

    /// Every `.md` file (any case) below `folder`, in no particular order; nil when `folder` cannot
    /// be listed. Links to files count as the file; links to folders are not followed (as
    /// `FileManager`'s enumerator does not), so a link cannot make the walk go round. Read with
    /// `readdir`: `FileManager`'s enumerator took a fifth of the start-up before the first page was read.
    static func markdownFiles(under folder: String) -> [String]? {
        guard let directory = opendir(folder.isEmpty ? "/" : folder) else { return nil }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = folder + "/" + name
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                kind = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
            }
            if kind == Int32(DT_DIR) {
                found += markdownFiles(under: full) ?? []
            } else if name.utf8.count >= 3, name.lowercased().hasSuffix(".md") {
                // A link to a folder named `x.md` is not a page; a link to a file is.
                var info = stat()
                if stat(full, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { found.append(full) }
            }
        }
        return found
    }

    /// Reads a page's bytes. A file larger than `limit` bytes (the parser's largest page) is not
    /// read whole: its first bytes past the limit are enough for the parser to report it.
    public static func read(_ path: String, limit pageBytes: Int) throws -> [UInt8] {
        // POSIX reads straight into the array (a `FileHandle` read makes `Data`, then a copy).
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw NotFound(path: path) }
        defer { close(descriptor) }
        let limit = pageBytes + 1
        // Read into an array of the file's size (plus one byte, to see the end in the same
        // call); a file that grew since `fstat` is read on in chunks.
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
        let capacity = min(expected + 1, limit)
        /// Reads up to `count` bytes into `buffer` (0 at the end of the file), again when a
        /// signal interrupted the read.
        func readSome(into buffer: UnsafeMutableRawPointer?, count: Int) throws -> Int {
            while true {
                let got = readBytes(descriptor, buffer, count)
                if got >= 0 { return got }
                if errno != EINTR { throw NotFound(path: path) }
            }
        }
        var bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            while count < capacity {
                let got = try readSome(into: buffer.baseAddress.map { $0 + count }, count: capacity - count)
                if got == 0 { return }
                count += got
            }
        }
        guard bytes.count == capacity else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let got = try chunk.withUnsafeMutableBytes { try readSome(into: $0.baseAddress, count: wanted) }
            if got == 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return bytes
    }
}

/// POSIX `read` (inside ``PageFiles`` the name is its own `read`).
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
