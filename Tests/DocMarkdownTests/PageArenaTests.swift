import CPageArena
@testable import DocMarkdown
import Foundation
import Testing

/// The per-thread arena cmark-gfm reads pages with (`CPageArena`), and pages read with it.
@Suite struct PageArenaTests {
    /// Runs `body` inside one enter/leave span.
    private func span(_ body: () throws -> Void) rethrows {
        docgen_arena_enter()
        defer { docgen_arena_leave() }
        try body()
    }

    @Test func callocIsZeroedAndAlignedAlsoWhereMemoryIsReused() throws {
        // Dirty a span's memory, end it (the block is kept for reuse), then take the same room again.
        span {
            for size in [1, 7, 16, 100, 5000] {
                if let raw = docgen_arena_calloc(1, size) { memset(raw, 0xAB, size) }
            }
        }
        try span {
            for size in [1, 7, 16, 100, 5000, 200_000] {
                let raw = try #require(docgen_arena_calloc(size, 1))
                #expect(Int(bitPattern: raw) % 16 == 0)
                let bytes = UnsafeBufferPointer(start: raw.assumingMemoryBound(to: UInt8.self), count: size)
                #expect(bytes.allSatisfy { $0 == 0 }, "calloc(\(size)) is not zeroed")
            }
        }
    }

    @Test func reallocKeepsTheBytesInPlaceOrMoved() throws {
        try span {
            // The last allocation grows in place; an earlier one is copied.
            let first = try #require(docgen_arena_realloc(nil, 10))
            memcpy(first, "0123456789", 10)
            let grown = try #require(docgen_arena_realloc(first, 1000))
            #expect(grown == first)
            let other = try #require(docgen_arena_calloc(1, 32))
            let moved = try #require(docgen_arena_realloc(grown, 4000))
            #expect(moved != grown && moved != other)
            #expect(String(decoding: UnsafeRawBufferPointer(start: moved, count: 10), as: UTF8.self) == "0123456789")
            // Shrinking keeps the pointer; a block larger than a standard one has room of its own.
            #expect(docgen_arena_realloc(moved, 5) == moved)
            let large = try #require(docgen_arena_realloc(moved, 3 << 20))
            #expect(String(decoding: UnsafeRawBufferPointer(start: large, count: 5), as: UTF8.self) == "01234")
            memset(large, 1, 3 << 20)
        }
    }

    @Test func freeGivesBackOnlyTheLastAllocation() throws {
        try span {
            let a = try #require(docgen_arena_calloc(1, 64))
            let b = try #require(docgen_arena_calloc(1, 64))
            docgen_arena_free(a) // not the last: kept
            docgen_arena_free(b) // the last: its room is taken again next
            let c = try #require(docgen_arena_calloc(1, 64))
            #expect(c == b)
            let d = try #require(docgen_arena_calloc(1, 64))
            #expect(d != a)
            docgen_arena_free(nil)
        }
    }

    @Test func memoryIsGivenBackWhenTheOutermostSpanEnds() throws {
        span {}
        let idle = docgen_arena_bytes_held()
        var inner: UnsafeMutableRawPointer?
        docgen_arena_enter()
        let outer = docgen_arena_calloc(1, 100)
        span { inner = docgen_arena_calloc(1, 100) }
        // The inner span's end gives nothing back: the next allocation does not reuse its room.
        let after = docgen_arena_calloc(1, 100)
        #expect(after != inner && after != outer)
        _ = docgen_arena_calloc(1, 4 << 20) // a block of its own, freed at the end
        #expect(docgen_arena_bytes_held() > idle + (4 << 20))
        docgen_arena_leave()
        docgen_arena_leave() // unmatched: ignored
        #expect(docgen_arena_bytes_held() <= max(idle, 512 * 1024))
    }

    @Test func readingPagesDoesNotGrowTheArena() throws {
        let page = Array(try String(contentsOfFile: Self.seedPage, encoding: .utf8).utf8)
        _ = MarkdownReader.read(page)
        let held = docgen_arena_bytes_held()
        for _ in 0..<200 { _ = MarkdownReader.read(page) }
        #expect(docgen_arena_bytes_held() == held)
    }

    /// Every page of the corpus and the trees reads to the same document in the arena as with
    /// malloc and free, also read on several threads at once (each with its own arena).
    @Test func pagesReadTheSameInTheArenaAsWithMalloc() throws {
        let pages = Self.sharedPages()
        try #require(pages.count > 1000, "the shared corpus and trees are missing")
        let documents = pages.map { MarkdownReader.read($0, treeIn: .system) }
        var inArena = [MarkdownDocument?](repeating: nil, count: pages.count)
        inArena.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: pages.count) { index in
                slots[index] = MarkdownReader.read(pages[index])
            }
        }
        var differing: [Int] = []
        for index in pages.indices where inArena[index] != documents[index] { differing.append(index) }
        #expect(differing.isEmpty, "\(differing.count) pages read differently, the first \(differing.first ?? -1)")
        #expect(documents.contains { !$0.blocks.isEmpty })
    }

    private static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    private static let seedPage = root + "/specs/vpc/AddVpnConnEx.md"

    /// The bytes of every Markdown page under ../shared/corpus and ../shared/trees.
    private static func sharedPages() -> [[UInt8]] {
        var pages: [[UInt8]] = []
        for folder in [root + "/../shared/corpus", root + "/../shared/trees"] {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let path as String in walker where path.hasSuffix(".md") {
                if let data = FileManager.default.contents(atPath: folder + "/" + path) { pages.append([UInt8](data)) }
            }
        }
        return pages
    }
}

/// The huge-page hint for a reading thread's heap (`docgen_malloc_prefer_huge_pages_on_this_thread`).
@Suite struct HugePageHintTests {
    /// What the call gave on a thread of its own, and a block that thread then allocated.
    private struct Outcome: @unchecked Sendable {
        var asked: Int32 = -1
        var again: Int32 = -1
        var block: UInt = 0
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")))
    func asksOnceForTheThreadsHeapAndTheKernelMarksIt() throws {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome = Outcome()
        let thread = Thread {
            outcome.asked = docgen_malloc_prefer_huge_pages_on_this_thread()
            outcome.again = docgen_malloc_prefer_huge_pages_on_this_thread()
            let block = malloc(64)
            outcome.block = UInt(bitPattern: block)
            done.signal()
            // The block stays allocated (its mapping is read below); a few bytes for the test run.
        }
        thread.start()
        done.wait()
        #expect(outcome.again == 0, "a second call on the thread asks again")
        let heapStart = outcome.block & ~UInt((64 << 20) - 1)
        if outcome.asked == 1 {
            // The mapping that holds the thread's block carries the kernel's huge-page flag (`hg`).
            let flags = try #require(Self.vmFlags(containing: outcome.block))
            #expect(flags.contains("hg"), "VmFlags: \(flags)")
        } else {
            // Not asked: the thread's heap was one in use (blocks far above its start).
            #expect(outcome.block - heapStart > UInt(DOCGEN_HEAP_START_REACH) - 64 * 1024)
        }
    }

    /// The `VmFlags` line of the mapping in /proc/self/smaps that contains `address`.
    private static func vmFlags(containing address: UInt) -> String? {
        // (Read to the end: /proc files have no size to read up to.)
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/smaps") else { return nil }
        defer { try? handle.close() }
        let smaps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        var inside = false
        for line in smaps.split(separator: "\n") {
            if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "), dash < space,
               let low = UInt(line[..<dash], radix: 16), let high = UInt(line[line.index(after: dash)..<space], radix: 16) {
                inside = low <= address && address < high
            } else if inside, line.hasPrefix("VmFlags:") {
                return String(line)
            }
        }
        return nil
    }
}
