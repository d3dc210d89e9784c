import CPageArena
import Foundation
import Testing

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
