@testable import DocMarkdown
import Foundation
import Testing

@Suite struct MarkdownReaderTests {
    @Test func pipeTableCellsAndPositions() throws {
        let document = MarkdownReader.read("""
        ## 2. 输入参数

        | 参数名称 | 必选 | 类型 | 描述 |
        |---------|---------|---------|---------|
        | vpcId | 是 | String | 见<a href="https://x.example/a" title="t">DescribeVpcEx</a>接口。</br>第二行 |
        """)
        let tables = document.blocks.compactMap { block -> Table? in
            if case .table(let table) = block.kind { return table }
            return nil
        }
        let table = try #require(tables.first)
        #expect(table.rows.count == 2)
        #expect(table.rows[1].cells.map(\.text.bare) == ["vpcId", "是", "String", "见DescribeVpcEx接口。\n第二行"])
        #expect(table.rows[1].cells[3].text.text == "见[DescribeVpcEx](https://x.example/a)接口。\n第二行")
        #expect(table.rows[1].position.line == 5)
    }

    /// A closing tag with attributes (网络安全（大禹） `<font color=red> 必选 </font color=red>`, 164
    /// required cells) is text to cmark-gfm; it is dropped like the tag it was meant to be. Text
    /// that only looks like one (no blank after the name, a line break inside) stays, and code spans keep everything.
    @Test func closingTagsWithAttributesAreTags() throws {
        let document = MarkdownReader.read("""
        | 参数名称 | 是否必须 | 类型 | 描述 |
        |---------|---------|---------|---------|
        | bgpId | <font color=red> 必选 </font color=red> | String | a </b x> b </2 x> c`</i x>`d |
        """)
        let table = try #require(document.blocks.compactMap { block -> Table? in
            if case .table(let table) = block.kind { return table }
            return nil
        }.first)
        #expect(table.rows[1].cells.map { $0.text.bare.trimmingCharacters(in: .whitespaces) } == ["bgpId", "必选", "String", "a b </2 x> c</i x>d"])
    }

    @Test func htmlTableWithUnclosedCells() throws {
        let document = MarkdownReader.read("""
        ## 错误码

         <table class="t"><tbody><tr>
        <th><b>错误码数值</b></th>
        <th><b>原因</b></th>
        <tr>
        <td> 29257 <td> 后台错误，请求失败。
        <tr>
        <td> 9003 <td> 参数&amp;错误。
        </tbody></table>
        """)
        let table = try #require(document.blocks.compactMap { block -> Table? in
            if case .table(let table) = block.kind { return table }
            return nil
        }.first)
        #expect(table.origin == .html)
        #expect(table.rows.map { $0.cells.map(\.text.bare) } == [["错误码数值", "原因"], ["29257", "后台错误，请求失败。"], ["9003", "参数&错误。"]])
        #expect(table.rows[1].position.line == 7)
    }

    @Test func htmlTableSplitByBlankLineIsOneTable() throws {
        let document = MarkdownReader.read("<table><tr><th>参数名称<th>类型\n<tr><td>a<td>Int\n\n<tr><td>b<td>String\n</table>\n")
        let tables = document.blocks.compactMap { block -> Table? in
            if case .table(let table) = block.kind { return table }
            return nil
        }
        #expect(tables.count == 1)
        #expect(tables.first?.rows.count == 3)
    }

    @Test func garbageDoesNotCrash() {
        var bytes: [UInt8] = []
        var seed: UInt32 = 12345
        for _ in 0..<20_000 {
            seed = seed &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: seed >> 16))
        }
        let document = MarkdownReader.read(bytes)
        #expect(document.lines.count > 0)
    }
}

/// A delimiter row with a blank cell (`| --- |:---:| ---:|      |`, 天御's pages), which
/// cmark-gfm refuses, is still a table; positions stay the page's.
@Suite struct DelimiterRowTests {
    @Test func aBlankDelimiterCellStillMakesATable() throws {
        let page = "|参数名称 | 必选 | 类型 | 描述 |\n| ------------- |:-------------:| -----:|           |\n| accountType | 可选 | UInt | 用户账号类型 |\n"
        let document = MarkdownReader.read(page)
        let tables = document.blocks.compactMap { block -> Table? in if case .table(let table) = block.kind { return table } else { return nil } }
        let table = try #require(tables.first)
        #expect(table.header?.cells.map(\.text.bare) == ["参数名称", "必选", "类型", "描述"])
        #expect(table.body.first?.cells.map(\.text.bare) == ["accountType", "可选", "UInt", "用户账号类型"])
        #expect(table.body.first?.position.line == 3)
        #expect(document.lines[1] == "| ------------- |:-------------:| -----:|           |")
    }

    @Test(arguments: [
        ("| --- |:---:| ---:|      |", "| --- |:---:| ---:| --- |"),
        ("|---||---|", "|---| --- |---|"),
    ])
    func blankCellsAreFilled(_ line: String, _ repaired: String) {
        #expect(DelimiterRows.repairedLine(ArraySlice(Array(line.utf8))).map { String(decoding: $0, as: UTF8.self) } == repaired)
    }

    @Test(arguments: ["| --- | --- |", "| a | --- |", "no pipes ---", "|   |   |"])
    func otherLinesAreLeftAlone(_ line: String) {
        #expect(DelimiterRows.repairedLine(ArraySlice(Array(line.utf8))) == nil)
    }
}
