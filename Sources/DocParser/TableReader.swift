import DocText
import Foundation
import APISchema
import DocDialects
import DocMarkdown

/// Reads the parameter and error tables of a page into field trees and error codes, taking
/// captions (`data.output 结构`, `包年包月（ChargePrepaidObject）相关参数如下：`) into account.
struct TableReader {
    let file: String
    let lines: [String]
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var errors: [ErrorCode] = []
    /// What the examples show of the request's and the response's structure.
    var requestShapes = ExampleShapes()
    var responseShapes = ExampleShapes()

    /// The vocabulary of the page's dialect (header words, type spellings).
    let dialect: Dialect

    init(file: String, lines: [String], dialect: Dialect) {
        self.file = file
        self.lines = lines
        self.dialect = dialect
    }

    func location(_ position: SourcePosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    /// Reads one table. `caption` is the text just before it (a paragraph, a heading, or a
    /// caption line that cmark folded into the previous table). Returns a caption found as the
    /// table's last row, for the next table.
    ///
    /// With `onlyUnderCaption` (a table in a section of its own, such as `## 收集和消费选项`), the
    /// parameter table is read only when its caption names a field of `tree`.
    /// `valueTrees`: where a table of values may name its field, in order (default: `tree`).
    mutating func read(_ table: Table, caption: String?, into tree: FieldTree?, isResponse: Bool = false,
                       onlyUnderCaption: Bool = false, valueTrees: [FieldTree]? = nil) -> String? {
        guard let header = table.header else { return nil }
        let layout = TableLayout(header: header.cells.map(\.text.bare), dialect: dialect)
        var trailingCaption: String?
        switch layout.kind {
        case .errors:
            readErrors(table, layout: layout)
        case .parameters:
            guard let tree else {
                diagnostics.append(Diagnostic(.note, "parameter table outside the input and output sections; ignored", at: location(header.position)))
                return nil
            }
            var container = caption.flatMap {
                Self.container(forCaption: $0, in: tree, elementsByDefault: isResponse, shapes: isResponse ? responseShapes : requestShapes)
            }
            if onlyUnderCaption, container == nil {
                diagnostics.append(Diagnostic(.note, "parameter table outside the input and output sections names no field; ignored", at: location(header.position)))
                return nil
            }
            // The other fields the table describes: named with the first (`liveProbe 与
            // readyProbe`), or copies of it made that way (`methodTcp` under both).
            var alsoContainers = container.flatMap { first in
                caption.map { Self.jointContainers(inCaption: $0, first: first, tree: tree, isResponse: isResponse,
                                                   shapes: isResponse ? responseShapes : requestShapes) }
            } ?? []
            if let container {
                let element = container.last == "n"
                let field = element ? Array(container.dropLast()) : container
                alsoContainers += Self.copies(of: field, in: tree).map { element ? $0 + ["n"] : $0 }.filter { !alsoContainers.contains($0) }
            }
            // `当 inputType 为 host-log 时，需要传入的 inputOption 结构为`: one variant of the
            // field's members. A member marked required is required in that variant only, so it is
            // optional on the field (requiring it would refuse every call of the other variants).
            let isVariant = container != nil && caption.map { Self.variantCondition.firstMatch(in: $0) != nil } == true
            // A table after the first whose caption names its parent in words (`节点字段详细说明：`
            // under `nodes | Object Array`): the example object holding most of its rows decides.
            if container == nil, isResponse, !tree.root.children.isEmpty {
                let names = Set(table.body.compactMap { row in cell(row, layout.name).flatMap { NameCell.path($0.text.bare)?.first } })
                // The example may nest the table's fields under envelope names (`data.data.nodes`):
                // the longest tail of its path that is a field of the tree.
                container = responseShapes.object(holding: names) { path in
                    for start in path.indices where path[start] != "n" && !names.contains(path.last ?? "") {
                        // The field the example's object is (or whose elements it is), with or
                        // without the indexes the tree has so far; the example's indexes are kept.
                        let tail = Array(path[start...])
                        var field = tail
                        while field.last == "n" { field.removeLast() }
                        if tree.node(at: field) != nil || tree.node(at: field.filter { $0 != "n" }) != nil { return tail }
                    }
                    return nil
                }
            }
            let body = joiningContinuations(table, layout: layout)
            for (offset, row) in body.enumerated() {
                let isLast = offset == body.count - 1
                if let text = captionRow(row, table: table, isLast: isLast) {
                    if !text.isEmpty { trailingCaption = text }
                    continue
                }
                var row = row
                var required: Bool?
                // A pipe row's cells as its source line has them (cmark-gfm pads or cuts rows to
                // the header's width), split once for both checks below.
                let sourceCells = table.origin == .gfm ? sourceLine(of: row).map(Self.pipeCells) : nil
                if let sourceCells, let (shifted, flag) = shiftedRow(row, sourceCells: sourceCells, layout: layout) {
                    (row, required) = (shifted, flag)
                } else if let sourceCells, let aligned = alignedByContent(row, sourceCells: sourceCells, layout: layout) {
                    row = aligned
                } else {
                    checkCellCount(row, sourceCells: sourceCells, table: table, layout: layout)
                }
                guard let (read, condition) = paramRow(row, layout: layout) else { continue }
                var param = read
                if let required, param.required == nil { param.required = required }
                if isVariant, param.required == true { param.required = false }
                if let container { param.path = Self.prefixed(param.path, container: container, tree: tree) }
                tree.insert(param, requiredCondition: condition)
                // `liveProbe 与 readyProbe 参数详细说明`: the same members under each field named.
                for other in alsoContainers {
                    var copy = param
                    copy.path = other + Array(param.path.dropFirst(container?.count ?? 0))
                    tree.insert(copy, requiredCondition: condition)
                }
            }
        case .other:
            if let caption, (valueTrees ?? tree.map { [$0] } ?? []).contains(where: { attachValues(of: table, caption: caption, to: $0) }) { return nil }
            let columns = header.cells.map(\.text.bare).joined(separator: " | ")
            diagnostics.append(Diagnostic(.note, "table with columns '\(columns)' is not a parameter or error table; skipped", at: location(header.position)))
        }
        return trailingCaption
    }

    /// A pipe table's rows with each continuation line joined to the row before it: a line that
    /// does not start with a pipe but ends the cell with one, and holds one cell of prose (no
    /// parameter name; a line without any pipe is a caption, ``captionRow(_:table:isLast:)``), where the
    /// writer broke a description over two lines (`… average disk` / `maximum disk utilization …
    /// was beyond 80%. |`). Its text ends the previous row's description.
    private func joiningContinuations(_ table: Table, layout: TableLayout) -> [TableRow] {
        guard table.origin == .gfm, layout.kind == .parameters, let column = layout.description else { return Array(table.body) }
        var rows: [TableRow] = []
        for row in table.body {
            if let previous = rows.last, column < previous.cells.count, let line = sourceLine(of: row),
               !line.trimmingBlanks().hasPrefix("|"), line.contains("|") {
                let cells = Self.pipeCells(line).map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
                if cells.count == 1, let text = cells.first, text.contains(" ") || NameCell.path(text) == nil {
                    var joined = previous
                    let cell = joined.cells[column]
                    joined.cells[column] = TableCell(text: InlineText(text: cell.text.text + " " + text, bare: cell.text.bare + " " + text),
                                                     position: cell.position)
                    rows[rows.count - 1] = joined
                    continue
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// A row that only has text in its first cell and whose source line has no pipe: a caption
    /// written on the line right after a table, which cmark-gfm reads as one more row.
    /// A line without a pipe that is all blank (an NBSP line) is not a row at all: it gives "".
    private func captionRow(_ row: TableRow, table: Table, isLast: Bool) -> String? {
        guard table.origin == .gfm, row.cells.dropFirst().allSatisfy({ $0.text.bare.isEmpty }) else { return nil }
        let lineIndex = row.position.line - 1
        guard lineIndex >= 0, lineIndex < lines.count, !lines[lineIndex].contains("|") else { return nil }
        return row.cells.first?.text.bare ?? ""
    }

    /// `|qps|否|Int|速率…|` under `名称 | 类型 | 描述`: a pipe row with a required cell the header
    /// has no column for. When the row's extra cells are exactly the cells past its name that read
    /// as 是/否, the row is read without them (from its source line), and they give the row's
    /// required flag; a note says so.
    private mutating func shiftedRow(_ row: TableRow, sourceCells raw: [String], layout: TableLayout) -> (TableRow, Bool)? {
        guard layout.required == nil else { return nil }
        let extra = raw.count - layout.columnCount
        guard extra > 0 else { return nil }
        let nameColumn = layout.name ?? 0
        let flags = raw.indices.filter { $0 != nameColumn && RequiredCell.read(raw[$0]) != nil }
        // Trailing blank or 是/否 cells are read as they are (`checkCellCount`), not as a shift.
        guard flags.count == extra, flags.contains(where: { $0 < layout.columnCount }),
              let required = RequiredCell.read(raw[flags[0]]) else { return nil }
        let kept = raw.indices.filter { !flags.contains($0) }.map { raw[$0].trimmingBlanks() }
        let cells = kept.enumerated().map { index, text in
            index < row.cells.count && row.cells[index].text.bare.trimmingBlanks() == text
                ? row.cells[index]
                : TableCell(text: InlineText(text: text, bare: text), position: row.position)
        }
        diagnostics.append(Diagnostic(.note, "table row has a required cell ('\(raw[flags[0]].trimmingBlanks())') the header has no column for; read without it", at: location(row.position)))
        return (TableRow(cells: cells, position: row.position), required)
    }

    /// A pipe row with more or fewer cells than its parameter table's header, read by what its
    /// cells hold: the name first, a 是/否 (Yes/No) cell the required column, a type word the type
    /// column, and the other cells, in order, the description (so overflow is kept). Only where
    /// the row names a parameter and, when the header has a type column, holds a type word; a
    /// warning says so. (`| memory | Int | 内存 |` under four columns; `| typeId | String | 名称 |
    /// 例如… |` under three.)
    private mutating func alignedByContent(_ row: TableRow, sourceCells raw: [String], layout: TableLayout) -> TableRow? {
        guard layout.kind == .parameters, raw.count != layout.columnCount, raw.count >= 2,
              let nameColumn = layout.name, nameColumn == 0 else { return nil }
        let cells = raw.map { $0.trimmingBlanks() }
        guard let name = cells.first, NameCell.path(name) != nil, !name.contains(" ") else { return nil }
        // Trailing blank cells past the header are the other check's (`checkCellCount`).
        if cells.count > layout.columnCount, cells[layout.columnCount...].allSatisfy(\.isEmpty) { return nil }
        var required: String?
        var type: String?
        var description: [String] = []
        for cell in cells.dropFirst() {
            if required == nil, layout.required != nil, description.isEmpty, RequiredCell.read(cell) != nil {
                required = cell
            } else if type == nil, layout.type != nil, description.isEmpty, Self.isType(TypeSpelling.read(cell, dialect.types)) {
                type = cell
            } else if type == nil, layout.type != nil, description.isEmpty, let repair = TypeSpelling.repaired(cell, dialect.types),
                      repair.typeText != cell.trimmingBlanks(), Self.isType(repair.spelling) {
                // `| encryptionContext | No | JSON string in key/value pair format. If … |`: the
                // type and the description in one cell; the cell is both.
                type = cell
                description.append(cell)
            } else if !cell.isEmpty {
                description.append(cell)
            }
        }
        if layout.type != nil, type == nil { return nil }
        var texts = Array(repeating: "", count: layout.columnCount)
        texts[nameColumn] = name
        if let column = layout.required, let required { texts[column] = required }
        if let column = layout.type, let type { texts[column] = type }
        if let column = layout.description { texts[column] = description.joined(separator: " ") }
        diagnostics.append(Diagnostic(.warning, "table row has \(cells.count) cells; the header has \(layout.columnCount): read by what they hold (name, required, type, description)",
                                      at: location(row.position)))
        return TableRow(cells: texts.map { TableCell(text: InlineText(text: $0, bare: $0), position: row.position) }, position: row.position)
    }

    /// The source line of a row, when it has one.
    private func sourceLine(of row: TableRow) -> String? {
        let lineIndex = row.position.line - 1
        return lineIndex >= 0 && lineIndex < lines.count ? lines[lineIndex] : nil
    }

    /// Pipe tables: raggedness is read from the row's source cells (`sourceCells`). HTML rows are
    /// counted directly.
    private mutating func checkCellCount(_ row: TableRow, sourceCells: [String]?, table: Table, layout: TableLayout) {
        let count: Int
        switch table.origin {
        case .html:
            count = row.cells.count
        case .gfm:
            guard let sourceCells else { return }
            count = sourceCells.count
        }
        if count > layout.columnCount, let cells = sourceCells {
            // `| name | 描述 | String ||`: a row with extra empty cells at its end reads as the header
            // says; also `| name | 描述 | String | 否 |` under a header without its required column.
            if cells[layout.columnCount...].allSatisfy({ $0.allSatisfy(\.isWhitespace) || RequiredCell.read($0) != nil }) {
                diagnostics.append(Diagnostic(.note, "table row has \(count - layout.columnCount) empty cell(s) past the header's \(layout.columnCount); ignored", at: location(row.position)))
                return
            }
        }
        if count != layout.columnCount {
            let needed = [layout.name, layout.type, layout.required].compactMap { $0 }.max() ?? 0
            let severity: Diagnostic.Severity = count <= needed || table.origin == .gfm ? .error : .warning
            diagnostics.append(Diagnostic(severity, "table row has \(count) cells; the header has \(layout.columnCount)", at: location(row.position)))
        }
    }

    /// The cells of a pipe-table line, split at pipes outside code spans (not unescaped), without
    /// the optional leading and trailing pipe.
    static func pipeCells(_ line: String) -> [String] {
        // Byte by byte: `|`, `\` and the backquote are ASCII, and no byte of a longer
        // character is ever one of them.
        // Each cell is a copy of a piece of the line (no decoding: the pieces begin and end at
        // ASCII bytes, so they are whole scalars of a valid string).
        var trimmed = line.trimmingBlanks()
        let pipes = trimmed.withUTF8 { bytes -> [Int] in
            var pipes: [Int] = []
            var inCode = false
            var escaped = false
            for index in bytes.indices {
                let byte = bytes[index]
                if escaped { escaped = false; continue }
                if byte == 0x5C { escaped = true; continue }
                if byte == 0x60 { inCode.toggle() }
                if byte == 0x7C, !inCode { pipes.append(index) }
            }
            return pipes
        }
        let view = trimmed.utf8
        let count = view.count
        func piece(_ range: Range<Int>) -> String {
            String(trimmed[view.index(view.startIndex, offsetBy: range.lowerBound)..<view.index(view.startIndex, offsetBy: range.upperBound)])
        }
        var cells: [String] = []
        cells.reserveCapacity(pipes.count + 1)
        var start = 0
        for pipe in pipes {
            cells.append(piece(start..<pipe))
            start = pipe + 1
        }
        cells.append(piece(start..<count))
        if view.first == 0x7C { cells.removeFirst() }
        if view.last == 0x7C && count > 1, !cells.isEmpty { cells.removeLast() }
        return cells
    }

    private func cell(_ row: TableRow, _ index: Int?) -> TableCell? {
        guard let index, index < row.cells.count else { return nil }
        return row.cells[index]
    }

    /// Reads one parameter row, or nil for placeholders (`|无|无|无|无|`) and rows without a name.
    private mutating func paramRow(_ row: TableRow, layout: TableLayout) -> (ParamRow, RequiredCondition?)? {
        let values = row.cells.map { $0.text.bare.trimmingBlanks() }
        // `|无|无|无|无|`, and `| None | No | None | None |`: no parameter, only placeholders and a required word.
        if values.allSatisfy({ Self.placeholders.contains($0) }) { return nil }
        if let name = layout.name, name < values.count, Self.placeholders.contains(values[name]),
           values.allSatisfy({ Self.placeholders.contains($0) || RequiredCell.read($0) != nil }) { return nil }
        if Self.isTemplateRow(values) {
            diagnostics.append(Diagnostic(.note, "template row ('\(values.joined(separator: " | ").prefix(40))') is not a parameter; skipped", at: location(row.position)))
            return nil
        }
        guard let nameCell = cell(row, layout.name) else { return nil }
        if let long = row.cells.first(where: { $0.text.bare.utf8.count > InputLimits.cellCharacters && $0.text.bare.count > InputLimits.cellCharacters }) {
            diagnostics.append(Diagnostic(.error, "table cell longer than \(InputLimits.cellCharacters) characters", at: location(long.position)))
            return nil
        }
        guard let path = NameCell.path(nameCell.text.bare) else {
            diagnostics.append(Diagnostic(.warning, "no parameter name in '\(nameCell.text.bare.prefix(40))'; row skipped", at: location(nameCell.position)))
            return nil
        }
        if path.count > InputLimits.nameParts {
            diagnostics.append(Diagnostic(.error, "parameter name has \(path.count) dot-separated parts (limit \(InputLimits.nameParts))", at: location(nameCell.position)))
            return nil
        }
        var typeCell = cell(row, layout.type)
        var descriptionCell = cell(row, layout.description)
        var requiredCell = cell(row, layout.required)
        // `| acl.n.sourceCidr | String | Yes |` under `Required | Type`: the row's cells are in
        // another order than the header's. When the type cell is no type and the required cell
        // is one, the two are read swapped, with a warning.
        if let typeRead = typeCell, let requiredRead = requiredCell,
           Self.isNoType(TypeSpelling.read(typeRead.text.bare, dialect.types)),
           Self.isType(TypeSpelling.read(requiredRead.text.bare, dialect.types)) {
            diagnostics.append(Diagnostic(.warning, "the row's type and required cells are swapped ('\(requiredRead.text.bare.trimmingBlanks().prefix(20))' is a type); read by meaning", at: location(requiredRead.position)))
            (typeCell, requiredCell) = (requiredRead, typeRead)
        }
        if let typeRead = typeCell, let descriptionRead = descriptionCell,
           Self.isNoType(TypeSpelling.read(typeRead.text.bare, dialect.types)),
           Self.isType(TypeSpelling.read(descriptionRead.text.bare, dialect.types)) {
            // `| cmd | <description> | String |` under `字段 | 类型 | 描述`.
            diagnostics.append(Diagnostic(.warning, "the row's type and description cells are swapped ('\(descriptionRead.text.bare.trimmingBlanks().prefix(20))' is a type); read by meaning", at: location(descriptionRead.position)))
            (typeCell, descriptionCell) = (descriptionRead, typeRead)
        }
        let typeText = typeCell?.text.bare.trimmingBlanks() ?? ""
        var required: Bool?
        var requiredCondition: RequiredCondition?
        if let requiredCell {
            required = RequiredCell.read(requiredCell.text.bare)
            let text = requiredCell.text.bare.trimmingBlanks()
            if required == nil, !Self.placeholders.contains(text) {
                diagnostics.append(Diagnostic(.warning, "required cell '\(text.prefix(20))' is neither 是 nor 否; read as optional", at: location(requiredCell.position)))
                requiredCondition = RequiredCondition(text: text, location: location(requiredCell.position))
            }
        }
        let nameLocation = location(nameCell.position)
        var spelling = layout.type == nil ? TypeSpelling.known(.string) : TypeSpelling.read(typeText, dialect.types)
        if case .unknown = spelling, let typeCell, let repair = TypeSpelling.repaired(typeText, dialect.types) {
            spelling = repair.spelling
            diagnostics.append(TypeSpelling.repairWarning(typeText, path: path.joined(separator: "."), reason: repair.reason, at: location(typeCell.position)))
        }
        return (ParamRow(
            path: path,
            typeText: typeText,
            spelling: spelling,
            required: required,
            description: descriptionCell?.text ?? .empty,
            location: nameLocation,
            typeLocation: typeCell.map { location($0.position) } ?? nameLocation,
            descriptionLocation: descriptionCell.map { location($0.position) } ?? nameLocation), requiredCondition)
    }

    static let placeholders: Set<String> = ["", "无", "空", "--", "-", "—", "/", "暂无", "N/A", "n/a", "None", "none"]

    /// `文本1 | 否 | 文本3 | 文本3`: a page template's sample row, left in the published page. Its
    /// cells other than 是/否 are all a template word with a number.
    static func isTemplateRow(_ values: [String]) -> Bool {
        // Template words (`文本1`) are never required words, so a row is a template row when at
        // least two cells are template words and every other non-empty cell is a required word;
        // the first cell that is neither decides (most rows: the name cell, one test).
        var templateWords = 0
        for value in values where !value.isEmpty {
            if isTemplateWord(value) {
                if RequiredCell.read(value) == nil { templateWords += 1 }
            } else if RequiredCell.read(value) == nil {
                return false
            }
        }
        return templateWords >= 2
    }

    /// `文本1`, `text2`, `字段3`, `field4`, `参数5`, `param6`, `xxx7`.
    private static func isTemplateWord(_ value: String) -> Bool {
        // Every template word starts with one of these (a cheap test before lowercasing).
        guard let first = value.unicodeScalars.first(where: { !$0.isTrimmableBlank }),
              "文字参tTfFpPxX".unicodeScalars.contains(first) else { return false }
        let word = value.lowercased().filter { !$0.isWhitespace }
        let stem = word.prefix { !$0.isNumber }
        return stem.count < word.count && word.dropFirst(stem.count).allSatisfy(\.isNumber)
            && ["文本", "text", "字段", "field", "参数", "param", "xxx"].contains(String(stem))
    }

    /// Whether a spelling names a type (for reading rows whose cells are out of order).
    static func isType(_ spelling: TypeSpelling) -> Bool {
        switch spelling {
        case .known, .arrayOf, .objectOrArray, .mapOf: true
        case .placeholder, .unknown, .structure, .arrayOfStructure: false
        }
    }

    /// Whether a type cell holds no type word at all (an unknown word or a bare name, which a
    /// swapped row's `Yes` or description would read as), so a neighbouring type cell may be the
    /// row's type.
    static func isNoType(_ spelling: TypeSpelling) -> Bool {
        switch spelling {
        case .unknown, .structure: true
        default: false
        }
    }

    private mutating func readErrors(_ table: Table, layout: TableLayout) {
        for row in table.body {
            guard let codeCell = cell(row, layout.code) else { continue }
            let raw = codeCell.text.bare.trimmingBlanks()
            guard let code = Self.firstWord(raw),
                  !Self.placeholders.contains(code), !code.contains(where: { NameCell.isCJK($0) }) else { continue }
            if errors.contains(where: { $0.code == code }) { continue }
            let description = cell(row, layout.description)?.text.text ?? ""
            let codeDesc = cell(row, layout.codeDesc).map { $0.text.bare.trimmingBlanks() }.flatMap(Self.codeName)
            errors.append(ErrorCode(code: code, codeDesc: codeDesc == code ? nil : codeDesc, description: description,
                                    source: location(codeCell.position)))
        }
    }

    /// A code's English name as an error table gives it (`InstanceNotExists`,
    /// `OperationDenied.SourceNotExists`): a letter, then letters, digits, `_` and `.`; any other
    /// cell (English prose, `-`) names none.
    static func codeName(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
              text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".") })
        else { return nil }
        return text
    }

    /// The first of the words `text` splits into at whitespace (`split(whereSeparator:
    /// \.isWhitespace).first`), read from the bytes when the text is ASCII: there every byte is a
    /// Character (`\r\n` is one, whitespace either way) and the ASCII whitespace Characters are
    /// tab, line feed, vertical tab, form feed, carriage return and space.
    static func firstWord(_ text: String) -> String? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let start = bytes.firstIndex(where: { !isBlank($0) }) else { return nil }
        let end = bytes[start...].firstIndex(where: isBlank) ?? bytes.endIndex
        return String(text[start..<end])
    }

    // MARK: - Tables of values

    /// Words of a row's description that point to a table of its values (`具体映射关系见下表`).
    static let pointerWords = ["见下表", "下表", "下面表格", "见下", "参见", "详见", "列表", "说明", "定义"]

    /// A table of codes and meanings (`| 编码 | 描述 |`) under a caption that names a field of the
    /// tree (`1. status：`, `status 服务状态说明：`, `**metricName 可选取值范围**`): its value column
    /// (the first whose cells are all values: `| 可取值 | 描述 |`, or `指标名称` in
    /// `| 监控项 | 说明 | 指标名称 | 单位 |`) is added to the field's value list. The field is the
    /// only one of that name, or the only one of that name whose description points to a table.
    private func attachValues(of table: Table, caption: String, to tree: FieldTree) -> Bool {
        guard caption.hasAtMostCharacters(120), let header = table.header, header.cells.count >= 2, !table.body.isEmpty else { return false }
        let columns = header.cells.count
        guard let valueColumn = (0..<columns).first(where: { column in
            table.body.allSatisfy { row in column < row.cells.count && Self.tableValue(row.cells[column].text.bare) != nil }
        }) else { return false }
        let meaningColumn = (0..<columns).first { $0 != valueColumn && ["描述", "说明", "含义", "Description"].contains(where: header.cells[$0].text.bare.contains) }
            ?? (valueColumn == 0 ? 1 : 0)
        var values: [EnumValue] = []
        for row in table.body {
            guard let value = Self.tableValue(row.cells[valueColumn].text.bare) else { return false }
            let meaning = meaningColumn < row.cells.count ? row.cells[meaningColumn].text.bare.trimmingBlanks() : ""
            if !values.contains(where: { $0.value == value }) { values.append(EnumValue(value: value, description: meaning.isEmpty ? nil : meaning)) }
        }
        guard !values.isEmpty else { return false }
        // One value is a list only as more of one another table began (metric tables by section).
        func continues(_ node: FieldTree.Node) -> Bool { values.count >= 2 || !node.pointedValues.isEmpty }
        let paths = tree.allPaths()
        // A caption that names no field but the table its rows point to (`#### 状态列表` for
        // `详情参见状态列表`; `实例以及容器的状态定义：` for two rows that refer to it): every such row.
        let title = caption.trimmingScalars(in: ["：", ":", "。", " ", "#"]).trimmingBlanks()
        if title.count >= 3, !title.contains(where: { $0.isASCII && $0.isLetter }) {
            let pointing = paths.filter { path in
                guard let node = tree.node(at: path), node.children.isEmpty, let text = node.row?.description.bare else { return false }
                return Self.pointerWords.contains { text.contains($0) } && text.contains(title)
            }
            let nodes = pointing.compactMap { tree.node(at: $0) }
            if !nodes.isEmpty, nodes.allSatisfy(continues) {
                for node in nodes { node.addPointedValues(values) }
                return true
            }
        }
        for match in Self.captionTokens(in: caption) {
            let name = match.text
            var candidates = paths.filter { $0.last == name }
            if candidates.count > 1 {
                candidates = candidates.filter { path in
                    let text = tree.node(at: path)?.row?.description.bare ?? ""
                    return Self.pointerWords.contains { text.contains($0) }
                }
            }
            guard candidates.count == 1, let node = tree.node(at: candidates[0]), node.children.isEmpty || node.child("n") != nil else { continue }
            let target = node.child("n") ?? node
            guard continues(target) else { continue }
            target.addPointedValues(values)
            return true
        }
        return false
    }

    /// A value cell: a code (`PREPAID`, `-1`, `qce/cvm`; typographic spaces around `/` dropped,
    /// `qce / cvm` → `qce/cvm`), or nil for prose.
    static func tableValue(_ cell: String) -> String? {
        var text = cell.trimmingBlanks()
        if text.contains("/") { text = text.split(separator: "/").map { $0.trimmingBlanks() }.joined(separator: "/") }
        guard !text.isEmpty, !text.hasPrefix("/"), !text.hasSuffix("/"),
              text.allSatisfy({ ConstraintReader.isValueCharacter($0) || $0 == "/" }) else { return nil }
        return text
    }

    // MARK: - Captions

    /// The condition that opens a variant's caption: `当 `inputType` 为 `kafka` 时，`, `若 type 为 1 时：`,
    /// after a lead such as `其中，` (API 网关: `其中，当 API 的后端服务类型 serviceType 是 HTTP 时，后端配置
    /// serviceConfig的构成如下：`, whose rows are serviceConfig's, not serviceType's).
    static let variantCondition = Pattern(#"^\s*(?:(?:其中|另外|此外)\s*[，,]\s*)?(?:当|若|如果|对于)[^，,。：:\n]{1,60}?时\s*[，,：:]?"#)

    /// A name in a caption (`data`, `data.output`, `Foo::Bar`): the matches of
    /// `[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|::)[A-Za-z0-9_]+)*`, left to right, found by a scan of the
    /// bytes (every caption is searched, and the pattern is a few byte classes).
    struct CaptionToken {
        /// The name as written.
        let text: String
        /// Where it is in the caption.
        let range: Range<String.Index>
    }

    static func captionTokens(in caption: String) -> [CaptionToken] {
        let view = caption.utf8
        func isHead(_ byte: UInt8) -> Bool { byte.isASCIILetter || byte == 0x5F }
        func isWord(_ byte: UInt8) -> Bool { isHead(byte) || byte.isASCIIDigit }
        func skipWord(from index: String.Index) -> String.Index {
            var index = index
            while index < view.endIndex, isWord(view[index]) { index = view.index(after: index) }
            return index
        }
        var tokens: [CaptionToken] = []
        var index = view.startIndex
        while index < view.endIndex {
            guard isHead(view[index]) else {
                index = view.index(after: index)
                continue
            }
            let start = index
            index = skipWord(from: view.index(after: index))
            // Each `.word` or `::word` that follows.
            while index < view.endIndex {
                var next = index
                if view[next] == 0x2E {
                    next = view.index(after: next)
                } else if view[next] == 0x3A, view.index(after: next) < view.endIndex, view[view.index(after: next)] == 0x3A {
                    next = view.index(next, offsetBy: 2)
                } else {
                    break
                }
                guard next < view.endIndex, isWord(view[next]) else { break }
                index = skipWord(from: next)
            }
            tokens.append(CaptionToken(text: String(caption[start..<index]), range: start..<index))
        }
        return tokens
    }

    /// The field a caption names: by path (`data.output`), by the type name a row used
    /// (`ChargePrepaidObject`), or by a unique last name (`addressGroup`). Arrays get `n`.
    static func container(forCaption fullCaption: String, in tree: FieldTree, elementsByDefault: Bool,
                          shapes: ExampleShapes = ExampleShapes()) -> [String]? {
        guard fullCaption.hasAtMostCharacters(120) else { return nil }
        // The condition of a variant caption names the field the variant depends on, not the one
        // the table describes (`当 inputType 为 container-log 时，…inputOption 结构为`).
        let caption = variantCondition.firstMatch(in: fullCaption).map { String(fullCaption[$0.range.upperBound...]) } ?? fullCaption
        let nodes = tree.allNodes()
        let paths = nodes.map(\.path)
        for match in captionTokens(in: caption) {
            let joined = match.text.replacingOccurrencesIfPresent(of: "::", with: ".")
            let segments = joined.split(separator: ".")
                .map { NameCell.isArrayMarker(String($0)) ? "n" : String($0) }
            var found: [String]?
            if tree.node(at: segments) != nil {
                found = segments
            } else if let byType = nodes.first(where: { $0.node.row?.typeText == match.text })?.path {
                found = byType
            } else if let last = segments.last {
                // The parameter's own name, or its plural (`container 定义` for `containers`).
                var candidates = paths.filter { $0.last == last }
                if candidates.isEmpty { candidates = paths.filter { $0.last == last + "s" || $0.last == last + "es" } }
                // Copies of one field (`methodTcp` under both `liveProbe` and `readyProbe`, which
                // one table described) count as one; the rows go under each (``copies(of:in:)``).
                if candidates.count == 1 || (candidates.count > 1 && copies(of: candidates[0], in: tree).count == candidates.count - 1) {
                    found = candidates[0]
                }
            }
            if var path = found, let node = tree.node(at: path) {
                // The members of an `x | Array` row with no `x.n` row: in a response they describe
                // the elements; in a request they are sent without an index (`lbChargePrepaid.period`,
                // like `IKESet.x`), an object, unless the caption says it lists elements (数组).
                // The page's own example decides when it shows the field.
                // A row typed as a list of objects (`Object Array`) lists elements too.
                let listsElements = shapes.listsElements(at: path) ?? (elementsByDefault || node.child("n") != nil
                    || caption.contains("数组") || caption.contains("列表") || caption.contains("每个") || caption.contains("Array")
                    || node.row?.spelling == .arrayOf(.object))
                // An `Object` row whose example is an array of objects lists elements too
                // (`containers | Object` shown as `"containers": [{…}]`): the example decides.
                if node.isArray || shapes.listsElements(at: path) == true, listsElements, path.last != "n" { path.append("n") }
                return path
            }
        }
        return nil
    }

    /// The other fields of the same name, type and description as the field at `path`: copies made
    /// when one table described two fields (``jointContainers(inCaption:first:tree:isResponse:shapes:)``).
    static func copies(of path: [String], in tree: FieldTree) -> [[String]] {
        guard let row = tree.node(at: path)?.row, let last = path.last else { return [] }
        return tree.allNodes().filter { other, node in
            guard other != path, other.last == last, let twin = node.row else { return false }
            return twin.typeText == row.typeText && twin.description.bare == row.description.bare
        }.map(\.path)
    }

    /// The other fields a caption names together with `first` (`liveProbe 与 readyProbe 参数详细说明`,
    /// `a、b 的结构`): names joined by `与`, `和`, `及`, `、` or `and`, each a field of the tree.
    static func jointContainers(inCaption caption: String, first: [String], tree: FieldTree, isResponse: Bool,
                                shapes: ExampleShapes) -> [[String]] {
        let tokens = captionTokens(in: caption)
        guard tokens.count >= 2 else { return [] }
        var found: [[String]] = []
        for (previous, next) in zip(tokens, tokens.dropFirst()) {
            let between = caption[previous.range.upperBound..<next.range.lowerBound].trimmingBlanks()
            guard ["与", "和", "及", "以及", "、", "and", "&"].contains(between) else { break }
            guard let path = container(forCaption: next.text, in: tree, elementsByDefault: isResponse, shapes: shapes),
                  path != first, !found.contains(path) else { continue }
            found.append(path)
        }
        return found
    }

    /// A row name in a captioned table, made full: names already written from the root stay.
    static func prefixed(_ path: [String], container: [String], tree: FieldTree) -> [String] {
        let bare = container.filter { $0 != "n" }
        let pathBare = path.filter { $0 != "n" }
        if pathBare.starts(with: bare) { return path }
        if let first = path.first, first == container.first { return path }
        if let first = path.first, let last = bare.last, first == last {
            var parent = container
            while parent.last == "n" { parent.removeLast() }
            parent.removeLast()
            return parent + path
        }
        return container + path
    }
}

/// What a page's examples show about structure: whether a path holds a list of elements
/// (`policys.0.ipProtocol`, `"loadBalancerSet": [...]`) or a single object (`policys.ipProtocol`).
struct ExampleShapes {
    private var elements: Set<String> = []
    private var objects: Set<String> = []
    /// The member names of each object the example shows, by path (`nodes.n` → instanceId, wanIp…).
    private(set) var membersByPath: [String: Set<String>] = [:]

    init() {}

    /// From request parameter names: `a.0.b` says `a` lists elements; `a.b` says `a` is an object.
    init(parameters: [String]) {
        for name in parameters {
            let segments = name.split(separator: ".").map(String.init)
            for index in segments.indices.dropLast() {
                let path = segments[...index].map { NameCell.isArrayMarker($0) ? "n" : $0 }.joined(separator: ".")
                if NameCell.isArrayMarker(segments[index + 1]) { elements.insert(path) } else { objects.insert(path) }
            }
        }
    }

    /// From a response value: arrays list elements, objects are objects.
    init(response: JSONValue) {
        walk(response, "")
    }

    private mutating func walk(_ value: JSONValue, _ path: String) {
        switch value {
        case .object(let members):
            if !path.isEmpty { objects.insert(path) }
            if !path.isEmpty { membersByPath[path, default: []].formUnion(members.map(\.key)) }
            for member in members { walk(member.value, path.isEmpty ? member.key : path + "." + member.key) }
        case .array(let values):
            if !path.isEmpty { elements.insert(path) }
            for element in values.prefix(3) { walk(element, path + ".n") }
        default:
            break
        }
    }

    mutating func merge(_ other: ExampleShapes) {
        elements.formUnion(other.elements)
        objects.formUnion(other.objects)
        membersByPath.merge(other.membersByPath) { $0.union($1) }
    }

    /// Where the example object whose members are most of `names` (two at least, and at least
    /// 60% of them) is in the table's tree, as `place` maps an example path there (nil: nowhere);
    /// the deepest such on ties.
    func object(holding names: Set<String>, place: ([String]) -> [String]?) -> [String]? {
        guard names.count >= 2 else { return nil }
        var best: (path: [String], shared: Int)?
        for (path, members) in membersByPath.sorted(by: { $0.key < $1.key }) {
            let shared = names.intersection(members).count
            guard shared >= 2, Double(shared) >= 0.6 * Double(names.count),
                  let placed = place(path.split(separator: ".").map(String.init)) else { continue }
            if let current = best, shared < current.shared || (shared == current.shared && placed.count <= current.path.count) { continue }
            best = (placed, shared)
        }
        return best?.path
    }

    /// True when the examples show a list at `path`, false for an object, nil when they do not say.
    func listsElements(at path: [String]) -> Bool? {
        let key = path.joined(separator: ".")
        if elements.contains(key) { return true }
        if objects.contains(key) { return false }
        return nil
    }
}
