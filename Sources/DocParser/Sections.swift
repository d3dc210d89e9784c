import DocText
import DocDialects
import DocMarkdown

/// The parts of a page, recognised by the meaning of their headings (the dialect's titles).
typealias SectionKind = SectionRole

/// A run of blocks under one recognised heading.
struct Section {
    var kind: SectionKind
    /// The heading block (nil for the preamble).
    var heading: Block?
    var blocks: [Block]

    /// Splits a page into sections. A heading that is not recognised and is deeper than the
    /// current section's heading (`### 步骤1` under `## 示例`) stays inside that section.
    static func split(_ document: MarkdownDocument, dialect: Dialect) -> [Section] {
        var sections = [Section(kind: .preamble, heading: nil, blocks: [])]
        var currentLevel = 0
        for block in document.blocks {
            if case .heading(let level, let text) = block.kind {
                let kind = dialect.sectionRole(ofHeading: text.bare)
                // Inside an example, `### 请求参数` / `### 输出` name the example's request and
                // response, not the parameter tables: deeper headings stay in the example.
                let insideExample = sections.last?.kind == .examples && currentLevel > 0 && level > currentLevel
                if insideExample || kind == .other, currentLevel > 0, level > currentLevel, let last = sections.last,
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
