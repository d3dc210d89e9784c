import CPageArena
@testable import DocMarkdown
import Foundation
import Testing
import TestSupport

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
        let pages = SharedPages.all()
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

    private static let seedPage = SharedPages.packageRoot + "/specs/vpc/AddVpnConnEx.md"
}
