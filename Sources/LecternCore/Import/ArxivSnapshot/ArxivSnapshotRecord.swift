import Foundation

/// One line of the arXiv metadata snapshot made a paper: names from `authors_parsed` in display
/// order ("Daniel Lemire"), LaTeX accents decoded, date from the first version, categories in order.
enum ArxivSnapshotRecord {
    enum Outcome {
        case kept(Item)
        case filtered
        case failed(ImportError)
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2007-04-02` from the snapshot's `Mon, 2 Apr 2007 19:18:42 GMT`.
    static func date(rfc2822 text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 4, let day = Int(words[1]), let month = months.firstIndex(of: String(words[2])),
              let year = Int(words[3]), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
        let d = String(format: "%04d-%02d-%02d", year, month + 1, day)
        return Conference.isDate(d) ? d : nil
    }

    static func paper(_ bytes: [UInt8], line: Int, origin: SourceName, options: ImportOptions) -> Outcome {
        let root: JSONValue
        switch JSONParser.parse(bytes) {
        case .failure(let syntax):
            return .failed(ImportError(file: origin.file, line: line, column: syntax.column, expected: syntax.expected, found: syntax.found))
        case .success(let r):
            root = r
        }
        func string(_ key: String) -> String? {
            guard let v = root[key], case .string(let s) = v.kind else { return nil }
            let t = PaperCommon.squash(TerminalSafe.sanitize(s))
            return t.isEmpty ? nil : t
        }
        guard root.members != nil, let id = string("id") else {
            return .failed(ImportError(file: origin.file, line: line, column: 1, expected: "a paper with an \"id\""))
        }
        let categories = (string("categories") ?? "").split(separator: " ").map(String.init)
        var first: String?
        if let versions = root["versions"]?.elements, let v = versions.first, case .string(let created)? = v["created"]?.kind {
            first = date(rfc2822: created)
        }
        let updated = string("update_date").flatMap(PaperCommon.date)
        let date = first ?? updated
        guard options.keeps(categories: categories, date: date) else { return .filtered }
        guard let rawTitle = string("title") else {
            return .failed(ImportError(file: origin.file, line: line, column: 1, expected: "a title in the paper \(id)"))
        }
        var authors: [String] = []
        if let parsed = root["authors_parsed"]?.elements {
            for name in parsed {
                let parts = (name.elements ?? []).map { v -> String in
                    if case .string(let s) = v.kind { return s } else { return "" }
                }
                let last = parts.first ?? "", given = parts.count > 1 ? parts[1] : "", suffix = parts.count > 2 ? parts[2] : ""
                let shown = [given, last, suffix].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
                let decoded = TerminalSafe.sanitize(LaTeXText.decode(shown))
                if !decoded.isEmpty { authors.append(decoded) }
            }
        } else if let list = string("authors") {
            authors = BibTeXNames.split(list.replacingOccurrences(of: ", ", with: " and ")).map {
                TerminalSafe.sanitize(LaTeXText.decode($0))
            }.filter { !$0.isEmpty }
        }
        let doi = string("doi")
        var links = [ItemLink(title: "Abstract page", url: "https://arxiv.org/abs/" + id),
                     ItemLink(title: "PDF", url: "https://arxiv.org/pdf/" + id)]
        if let doi { links.append(ItemLink(title: "DOI", url: "https://doi.org/" + (doi.split(separator: " ").first.map(String.init) ?? doi))) }
        return .kept(Item(id: PaperCommon.id("arxiv", id), kind: .paper, title: TerminalSafe.sanitize(LaTeXText.decode(rawTitle)),
                          authors: authors, abstract: TerminalSafe.sanitize(LaTeXText.decode(string("abstract") ?? "")),
                          source: Provenance(file: origin.file, line: line), links: links, date: date,
                          updated: updated == date ? nil : updated, categories: PaperCommon.nonEmpty(categories),
                          doi: doi, comment: string("comments"), journalRef: string("journal-ref")))
    }
}
