/// Mini-Conf's `papers.csv` (the site data behind the ICLR, ICML and NeurIPS virtual sites): a
/// header naming at least `UID`, `title` and `authors`, authors and keywords separated by `|`,
/// and optionally `abstract`, `keywords`, `sessions`, `pdf_url` and `url`. Each row a paper.
public enum MiniConfPapersReader: SourceReader {
    public static let formatName = "Mini-Conf papers CSV"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        let content = SourceHead.content(head)
        let firstLine = content.prefix { $0 != 0x0A && $0 != 0x0D }
        let names = Set(String(decoding: firstLine, as: UTF8.self).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        return names.isSuperset(of: ["uid", "title", "authors"])
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let file = origin.file
        let (records, unclosed) = CSVRecords.parse(bytes)
        guard let header = records.first else {
            throw ImportError(file: file, line: 1, expected: "a header line naming UID, title and authors")
        }
        var column: [String: Int] = [:]
        for (k, name) in header.fields.enumerated() where column[name.trimmingCharacters(in: .whitespaces).lowercased()] == nil {
            column[name.trimmingCharacters(in: .whitespaces).lowercased()] = k
        }
        guard let uid = column["uid"], let titleColumn = column["title"], let authorsColumn = column["authors"] else {
            throw ImportError(file: file, line: header.line, expected: "a header line naming UID, title and authors",
                              found: header.fields.joined(separator: ","))
        }
        var papers: [Item] = []
        for record in records.dropFirst() {
            func field(_ k: Int?) -> String? {
                guard let k, record.fields.indices.contains(k) else { return nil }
                let text = PaperCommon.squash(TerminalSafe.sanitize(record.fields[k]))
                return text.isEmpty ? nil : text
            }
            func list(_ k: Int?) -> [String] {
                (field(k) ?? "").split(separator: "|").map { PaperCommon.squash(String($0)) }.filter { !$0.isEmpty }
            }
            guard let key = field(uid), let title = field(titleColumn) else {
                builder.skip(ImportError(file: file, line: record.line, expected: "a row with a UID and a title"))
                continue
            }
            var links: [ItemLink] = []
            for (name, label) in [("url", "Paper page"), ("pdf_url", "PDF")] {
                if let url = field(column[name]), url.hasPrefix("https://") || url.hasPrefix("http://") {
                    links.append(ItemLink(title: label, url: url))
                }
            }
            let sessions = list(column["sessions"])
            var abstract = field(column["abstract"]) ?? ""
            if !sessions.isEmpty {
                abstract += (abstract.isEmpty ? "" : "\n\n") + "Poster sessions: " + sessions.joined(separator: ", ")
            }
            papers.append(Item(id: PaperCommon.id("miniconf", key), kind: .paper, title: title, authors: list(authorsColumn),
                               abstract: abstract, source: Provenance(file: file, line: record.line),
                               links: links.isEmpty ? nil : links, keywords: PaperCommon.nonEmpty(list(column["keywords"]))))
        }
        if let unclosed {
            builder.skip(ImportError(file: file, line: unclosed.line, expected: "the quoted field opened on line \(unclosed.line) to close",
                                     found: "the end of the file"))
        }
        guard !papers.isEmpty else {
            throw ImportError(file: file, line: header.line, expected: "at least one row with a UID and a title", found: "none")
        }
        builder.add(papers: PaperImport(papers: papers))
    }
}
