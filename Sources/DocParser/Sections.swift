import DocMarkdown

/// The parts of a page, recognised by the meaning of their headings.
enum SectionKind: String, Sendable, Hashable {
    /// Text before the first heading.
    case preamble
    /// 接口描述.
    case description
    /// 输入参数 / 请求参数.
    case input
    /// 输出参数 / 响应参数 / 返回参数.
    case output
    /// 任务查询输出参数: the output of the follow-up task query of an async action.
    case taskOutput
    /// 错误码 / 错误码表.
    case errors
    /// 示例 / 代码示例.
    case examples
    /// Anything else.
    case other

    /// What a heading's text means, or `.other`. Numbering (`2.`, `二、`) and spacing are ignored.
    static func classify(_ heading: String) -> SectionKind {
        let text = heading.filter { !$0.isWhitespace }
        if text.contains("任务查询输出参数") || text.contains("任务查询返回参数") { return .taskOutput }
        if text.contains("输入参数") || text.contains("请求参数") || text.contains("入参") { return .input }
        if text.contains("输出参数") || text.contains("响应参数") || text.contains("返回参数")
            || text.contains("返回值") || text.contains("出参") { return .output }
        if text.contains("错误码") || text.contains("错误代码") { return .errors }
        if text.contains("示例") || text.contains("例子") { return .examples }
        if text.contains("接口描述") || text.contains("功能描述") || text.contains("接口说明") || text.contains("简介") {
            return .description
        }
        return .other
    }
}

/// A run of blocks under one recognised heading.
struct Section {
    var kind: SectionKind
    /// The heading block (nil for the preamble).
    var heading: Block?
    var blocks: [Block]

    /// Splits a page into sections. A heading that is not recognised and is deeper than the
    /// current section's heading (`### 步骤1` under `## 示例`) stays inside that section.
    static func split(_ document: MarkdownDocument) -> [Section] {
        var sections = [Section(kind: .preamble, heading: nil, blocks: [])]
        var currentLevel = 0
        for block in document.blocks {
            if case .heading(let level, let text) = block.kind {
                let kind = SectionKind.classify(text.bare)
                if kind == .other, currentLevel > 0, level > currentLevel, let last = sections.last,
                   last.kind != .other, last.kind != .preamble {
                    sections[sections.count - 1].blocks.append(block)
                    continue
                }
                sections.append(Section(kind: kind, heading: block, blocks: []))
                currentLevel = level
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        return sections
    }
}
