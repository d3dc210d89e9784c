#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The schema document as written pieces: each operation and structure written on its own core
/// (``SchemaJSONWriter``), and the document's own text around them, in order. Joined only where
/// the bytes are copied out (``Pipeline/schemaJSONBytes(_:structures:)``) or written
/// (``Pipeline/writeSchemaJSON(_:structures:to:)``).
struct SchemaJSONPieces {
    let formatVersion: Int
    let operations: [ByteSink]
    let structures: [ByteSink]?

    /// Every piece, in document order. The document's keys are in the encoder's order; a key
    /// added to `APIDocument` must be added here (`SchemaJSONWriterTests` compares the whole
    /// document with `JSONEncoder`'s).
    func forEach(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var head = "{\n  \"formatVersion\" : \(formatVersion),\n  \"operations\" : [\n"
        try head.withUTF8(body)
        // An empty list as the encoder writes it: a blank line between the brackets.
        try Self.forEach(operations, body)
        try Self.text("\n  ]", body)
        if let structures {
            try Self.text(",\n  \"structures\" : [\n", body)
            try Self.forEach(structures, body)
            try Self.text("\n  ]", body)
        }
        try Self.text("\n}\n", body)
    }

    /// The number of bytes in all.
    var count: Int {
        var total = 0
        forEach { total += $0.count }
        return total
    }

    /// The written elements of a list, separated as the encoder separates them.
    private static func forEach(_ elements: [ByteSink], _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        for (index, element) in elements.enumerated() {
            if index > 0 { try text(",\n", body) }
            try element.withBytes(body)
        }
    }

    /// A literal's bytes (a string literal's storage lasts as long as the process).
    private static func text(_ text: StaticString, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try body(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

/// Bytes written to a file descriptor through one buffer: small pieces are gathered, and each
/// full buffer is one `write` (retried where it was interrupted or wrote part).
struct DescriptorOutput {
    /// A write to the descriptor failed.
    struct WriteFailed: Error, CustomStringConvertible {
        let code: Int32
        var description: String { "could not write the output: \(String(cString: strerror(code)))" }
    }

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    static let bufferSize = 1 << 16

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.bufferSize)
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count >= Self.bufferSize {
            try Self.writeAll(bytes, to: descriptor)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    mutating func flush() throws {
        try buffer.withUnsafeBufferPointer { try Self.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = systemWrite(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailed(code: errno)
            }
            next += written
            left -= written
        }
    }
}

/// The C library's `write` (``DescriptorOutput`` has a method of that name).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
