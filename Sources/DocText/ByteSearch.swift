#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte search shared by the string helpers and the pattern prefilter.
public enum ByteSearch {
    /// Where `byte` first occurs in `bytes` at or after `start` (memchr).
    public static func firstOffset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress, let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Where `needle` first occurs in `bytes`, byte for byte (0 for an empty needle): memchr to
    /// each candidate first byte, memcmp for the rest.
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard bytes.count >= needle.count, let base = bytes.baseAddress, let needleBase = needle.baseAddress else { return nil }
        let last = bytes.count - needle.count
        var index = 0
        while index <= last {
            guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + found, needleBase, needle.count) == 0 { return found }
            index = found + 1
        }
        return nil
    }

    /// Where `needle` first occurs in `bytes` with ASCII letters compared case-blind (0 for an
    /// empty needle): memchr to each candidate first byte (in both cases when it is a letter).
    public static func firstOffsetIgnoringASCIICase(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard bytes.count >= needle.count, let base = bytes.baseAddress else { return nil }
        @inline(__always) func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        let last = bytes.count - needle.count
        let lower = fold(first)
        let upper = lower.isASCIILetter ? lower - 0x20 : lower
        // The next place each form of the first byte occurs at or after the search position.
        func next(_ byte: UInt8, from index: Int) -> Int? {
            guard index <= last, let hit = memchr(base + index, Int32(byte), last - index + 1) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        var nextLower = next(lower, from: 0)
        var nextUpper = upper == lower ? nil : next(upper, from: 0)
        while true {
            let candidate: Int
            switch (nextLower, nextUpper) {
            case (nil, nil): return nil
            case (let found?, nil): candidate = found
            case (nil, let found?): candidate = found
            case (let a?, let b?): candidate = min(a, b)
            }
            var offset = 1
            while offset < needle.count, fold(bytes[candidate + offset]) == fold(needle[offset]) { offset += 1 }
            if offset == needle.count { return candidate }
            if nextLower == candidate { nextLower = next(lower, from: candidate + 1) }
            if nextUpper == candidate { nextUpper = next(upper, from: candidate + 1) }
        }
    }
}
