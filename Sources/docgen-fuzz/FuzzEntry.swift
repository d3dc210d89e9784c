import DocDialects
import DocParser
import DocResolver
import DocgenConfig
import Foundation

/// One input through everything that reads untrusted text: the page parser (cmark-gfm, libxml2,
/// the schema builder, the example checks, structures), the resolve stage's checks, and the docgen.yaml
/// reader (the same bytes as a configuration). An input holding ``pageSeparator`` is also a docs
/// tree: its pieces are pages of one service, resolved together (structures defined on one page
/// and used on another, as a data-structure page serves a product).
func readUntrusted(_ bytes: [UInt8], file: String) {
    // In the dialect the page's content names (the versioned readers too), with the structures
    // it defines resolved against its own fields.
    let page = DocParser.parse(bytes, file: file, dialect: Dialect.detect(utf8: bytes))
    _ = ServiceResolver.resolve(page.operation.map { [$0] } ?? [], structures: page.structures)
    let pieces = split(bytes, at: pageSeparator)
    if pieces.count > 1 {
        let pages = pieces.prefix(16).enumerated().map { index, piece in
            DocParser.parse(piece, file: "page\(index).md", dialect: Dialect.detect(utf8: piece))
        }
        _ = ServiceResolver.resolve(pages.compactMap(\.operation), structures: pages.flatMap(\.structures))
    }
    // As a configuration, and as one found in a docs tree (what widens trust taken out).
    if let config = try? ConfigLoader.parse(Data(bytes), file: "docgen.yaml") {
        _ = config.trustWidening
        _ = config.withoutTrustWidening
    }
}

/// Separates the pages of a docs tree in one fuzz input.
let pageSeparator = Array("\n=== page ===\n".utf8)

/// `bytes` cut at every `separator`.
func split(_ bytes: [UInt8], at separator: [UInt8]) -> [[UInt8]] {
    var pieces: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + separator.count <= bytes.count {
        if bytes[index..<index + separator.count].elementsEqual(separator) {
            pieces.append(Array(bytes[start..<index]))
            index += separator.count
            start = index
        } else {
            index += 1
        }
    }
    pieces.append(Array(bytes[start...]))
    return pieces
}

#if FUZZING
/// One fuzz input. Built only by Scripts/fuzz.sh.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    readUntrusted(Array(UnsafeBufferPointer(start: data, count: size)), file: "fuzz.md")
    return 0
}

/// libFuzzer's driver (in libclang_rt.fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under this name; hand control to libFuzzer.
@_cdecl("docgen_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
/// Without FUZZING: replays the files or folders given (the committed reproducers) through the
/// readers and says how many were read; a crash here is a regression.
@main
struct ReplayFuzzInputs {
    static func main() throws {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                readUntrusted([UInt8](data), file: file)
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }
}
#endif
