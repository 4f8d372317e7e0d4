/// Reads a trending-papers listing: title line + abstract line pairs after some page chrome.
struct PaperListingParser {
    let lines: [PageLine]
    let file: String

    /// Lines that are page furniture, not papers.
    static func isChrome(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("get trending papers") || lower == "subscribe" || lower == "trending papers"
    }

    /// Drops "Subscribe" glued to the front of a title ("SubscribeNeural Speech ...").
    static func unglue(_ line: PageLine) -> PageLine {
        let prefix = "Subscribe"
        guard line.text.hasPrefix(prefix) else { return line }
        let rest = line.text.dropFirst(prefix.count)
        guard let next = rest.first, next.isUppercase || next.isNumber || next == " " else { return line }
        var out = line
        out.text = String(rest).trimmingPageSpace()
        out.column += prefix.count + (rest.count - out.text.count)
        return out
    }

    func parse() throws -> PageImport {
        var content: [PageLine] = []
        for line in lines where !line.text.isEmpty && !PaperListingParser.isChrome(line.text) {
            content.append(content.isEmpty ? PaperListingParser.unglue(line) : line)
        }
        var skipped: [ImportError] = []
        var ids = IdAllocator()
        var items: [Item] = []
        var i = 0
        while i < content.count {
            let title = content[i]
            guard i + 1 < content.count else {
                skipped.append(ImportError(file: file, line: title.number + 1, column: 1,
                                           expected: "an abstract line after the paper title on line \(title.number)"))
                break
            }
            let abstract = content[i + 1]
            items.append(Item(id: ids.id(forTitle: title.text), kind: .paper, title: title.text, authors: [],
                              abstract: abstract.text, source: Provenance(file: file, line: title.number)))
            i += 2
        }
        guard !items.isEmpty else {
            throw skipped.first ?? ImportError(file: file, line: 1, column: 1,
                                               expected: "a paper title line followed by an abstract line")
        }
        return PageImport(sessions: [], items: items, warnings: [], skipped: skipped)
    }
}
