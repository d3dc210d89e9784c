import DocText

/// Table delimiter rows as writers type them: `| --- |:---:| ---:|      |` has a blank cell,
/// which cmark-gfm refuses (every delimiter cell needs a dash), so the whole table would be
/// prose. A line that is all pipes, dashes, colons and blanks, right below a line with a pipe,
/// gets `---` in each blank cell between its pipes before cmark-gfm reads the page. Only that line
/// changes, and no line is added or removed, so every position stays as the page has it.
enum DelimiterRows {
    /// `bytes` with such rows repaired, or nil when there is none (the common case: no copy).
    static func repaired(_ bytes: [UInt8]) -> [UInt8]? {
        // (Line by line with a byte search: every page passes through here, and most have no such row.)
        bytes.withUnsafeBufferPointer { buffer -> [UInt8]? in
            var output: [UInt8]?
            var lineStart = 0
            var previousHasPipe = false
            while lineStart <= buffer.count {
                let end = ByteSearch.firstOffset(of: 0x0A, in: buffer, from: lineStart) ?? buffer.count
                let hasPipe = ByteSearch.firstOffset(of: 0x7C, in: UnsafeBufferPointer(rebasing: buffer[lineStart..<end])) != nil
                if previousHasPipe, hasPipe, let fixed = repairedLine(bytes[lineStart..<end]) {
                    if output == nil { output = Array(bytes[..<lineStart]) }
                    output?.append(contentsOf: fixed)
                } else {
                    output?.append(contentsOf: bytes[lineStart..<end])
                }
                if end < buffer.count { output?.append(0x0A) }
                previousHasPipe = hasPipe
                lineStart = end + 1
            }
            return output
        }
    }

    /// The line with its blank cells filled, or nil when it is no delimiter row with one.
    static func repairedLine(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        // Pipes, dashes, colons, blanks (and a CR) only; two pipes or more; a dash.
        var pipes = 0
        var dashes = 0
        for byte in line {
            switch byte {
            case 0x7C: pipes += 1
            case 0x2D: dashes += 1
            case 0x3A, 0x20, 0x09, 0x0D: break
            default: return nil
            }
        }
        guard pipes >= 2, dashes > 0 else { return nil }
        let cells = line.split(separator: 0x7C, omittingEmptySubsequences: false)
        // The cells between the first and the last pipe; the edges are outside the table.
        let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
        let leading = trimmed.first == 0x7C
        let trailing = line.reversed().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }.first == 0x7C
        let inner = cells.indices.filter { (!leading || $0 > cells.startIndex) && (!trailing || $0 < cells.endIndex - 1) }
        let isBlank: (ArraySlice<UInt8>) -> Bool = { $0.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
        guard inner.contains(where: { isBlank(cells[$0]) }), inner.contains(where: { !isBlank(cells[$0]) }) else { return nil }
        var result: [UInt8] = []
        for (position, cell) in cells.enumerated() {
            if position > 0 { result.append(0x7C) }
            if inner.contains(position), isBlank(cell) {
                result += Array(" --- ".utf8)
            } else {
                result += cell
            }
        }
        return result
    }
}
