#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A growing buffer of bytes that ``SchemaJSONWriter`` writes into. An `Array` checks that it is
/// uniquely referenced and has room on every append, and appends a `String`'s bytes through
/// generic code: a third of the writer's time when the output is millions of small appends.
/// Here an append is a capacity test and a store or a `memcpy`. A sink is written by one thread;
/// it is handed to another (`@unchecked Sendable`) only when the writing is over, as
/// `parallelMap` hands back its results.
final class ByteSink: @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// An empty sink with room for `capacity` bytes before it first grows.
    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private func reserve(_ extra: Int) {
        if capacity - count < extra { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends two or three bytes (escapes, separators).
    @inline(__always)
    func append(_ a: UInt8, _ b: UInt8, _ c: UInt8? = nil) {
        reserve(3)
        base[count] = a
        base[count + 1] = b
        count += 2
        if let c {
            base[count] = c
            count += 1
        }
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        reserve(repeats)
        (base + count).update(repeating: byte, count: repeats)
        count += repeats
    }

    /// The bytes written, read in place.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}
