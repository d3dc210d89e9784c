import APISchema
import ParallelMap
import SwiftCodegen

/// The schema's JSON form, as `schema` prints it and as `api-schema.json` keeps it.
extension Pipeline {
    /// The module's resolved schema as JSON, kept with the Swift so `check` can say how the API changed.
    public static func schemaFile(_ operations: [APISchema.Operation], structures: [Structure] = []) throws -> GeneratedFile {
        GeneratedFile(name: schemaFileName, contents: try schemaJSON(operations.sorted { $0.action < $1.action }, structures: structures))
    }

    /// The JSON form of operations (and the structures they name) as `schema` prints it: what
    /// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` for the
    /// ``APIDocument``, written by ``SchemaJSONWriter`` (same bytes, a fraction of the time): each
    /// operation and structure on its own core, at the depth it has in the document, then joined.
    public static func schemaJSON(_ operations: [APISchema.Operation], structures: [Structure] = []) throws -> String {
        String(decoding: try schemaJSONBytes(operations, structures: structures), as: UTF8.self)
    }

    /// ``schemaJSON(_:structures:)`` as UTF-8 bytes.
    public static func schemaJSONBytes(_ operations: [APISchema.Operation], structures: [Structure] = []) throws -> [UInt8] {
        let pieces = try schemaJSONPieces(operations, structures: structures)
        var out: [UInt8] = []
        out.reserveCapacity(pieces.count)
        pieces.forEach { out.append(contentsOf: $0) }
        return out
    }

    /// Writes ``schemaJSON(_:structures:)`` to a file descriptor (`schema` to standard output),
    /// piece by piece through one 64 KiB buffer: the megabytes are never copied into one array.
    public static func writeSchemaJSON(_ operations: [APISchema.Operation], structures: [Structure] = [], to descriptor: Int32) throws {
        let pieces = try schemaJSONPieces(operations, structures: structures)
        var output = DescriptorOutput(descriptor: descriptor)
        try pieces.forEach { try output.write($0) }
        try output.flush()
    }

    private static func schemaJSONPieces(_ operations: [APISchema.Operation], structures: [Structure]) throws -> SchemaJSONPieces {
        let document = APIDocument(operations: operations, structures: structures)
        let writtenOperations = try encodedList(operations) { writer, operation in try writer.write(operation, indent: 4) }
        let writtenStructures = try document.structures.map { named in
            try encodedList(named) { writer, structure in try writer.write(structure, indent: 4) }
        }
        return SchemaJSONPieces(formatVersion: document.formatVersion, operations: writtenOperations, structures: writtenStructures)
    }

    /// Each element of a list two levels deep, written on its own core.
    private static func encodedList<T: Sendable>(_ elements: [T], _ write: @escaping @Sendable (inout SchemaJSONWriter, T) throws -> Void) throws -> [ByteSink] {
        try elements.parallelMap { element in
            var writer = SchemaJSONWriter(indent: 4)
            try write(&writer, element)
            return writer.sink
        }
    }
}
