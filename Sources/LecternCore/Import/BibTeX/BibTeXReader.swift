import Foundation

/// BibTeX files (proceedings from PMLR or the ACL Anthology, a reference manager's export): each
/// entry a paper, its key its id; `@Proceedings` (through `crossref`, or the file's only one),
/// `booktitle` or `journal` name the venue. `@string`, `@preamble` and `@comment` are not papers.
public enum BibTeXReader: SourceReader {
    public static let formatName = "BibTeX"

    /// Entry types that are volumes rather than papers.
    static let volumeTypes: Set<String> = ["proceedings", "mvproceedings", "book", "mvbook", "collection", "periodical"]

    /// Types taken as BibTeX when a file opens with text before its first entry.
    static let knownTypes: Set<String> = [
        "article", "book", "booklet", "conference", "inbook", "incollection", "inproceedings", "manual",
        "mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished", "online", "report",
        "thesis", "software", "dataset", "collection", "string", "comment", "preamble", "electronic", "www",
    ]

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        var first = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r\u{FEFF}")))
            if line.isEmpty || line.hasPrefix("%") { continue }
            if let type = entryType(line) {
                // The first content line opening an entry of any type, or a later one of a known type.
                if first || knownTypes.contains(type) { return true }
            } else if first, line.hasPrefix("<") || line.hasPrefix("{") || line.hasPrefix("[") || line.hasPrefix("BEGIN:") {
                return false
            }
            first = false
        }
        return false
    }

    /// The lowercased type of a line `@type{` / `@type(`, or nil.
    private static func entryType(_ line: String) -> String? {
        guard line.hasPrefix("@") else { return nil }
        let rest = line.dropFirst()
        let type = rest.prefix { $0.isASCII && ($0.isLetter || $0 == "_" || $0 == "-") }
        guard !type.isEmpty else { return nil }
        let after = rest.dropFirst(type.count).drop { $0 == " " || $0 == "\t" }
        guard after.first == "{" || after.first == "(" else { return nil }
        return type.lowercased()
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let parser = BibTeXParser.parse(bytes)
        for problem in parser.problems {
            builder.skip(ImportError(file: origin.file, line: problem.line, column: problem.column,
                                     expected: problem.expected, found: problem.found))
        }
        var reported = Set<String>()
        for macro in parser.undefinedMacros where reported.insert(macro.name.lowercased()).inserted {
            builder.warn("\(origin.file):\(macro.line): @string \(TerminalSafe.sanitize(macro.name)) is not defined; its name is kept as the text")
        }
        var byKey: [String: BibTeXEntry] = [:]
        for entry in parser.entries where byKey[entry.key.lowercased()] == nil { byKey[entry.key.lowercased()] = entry }
        let volumes = parser.entries.filter { volumeTypes.contains($0.type) }
        let onlyProceedings = volumes.count == 1 ? volumes.first : nil
        var papers: [Item] = []
        for entry in parser.entries where !volumeTypes.contains(entry.type) {
            if let paper = paper(entry, byKey: byKey, proceedings: onlyProceedings, origin: origin) {
                papers.append(paper)
            } else {
                builder.skip(ImportError(file: origin.file, line: entry.line, column: 1, expected: "a title in the entry \(entry.key)"))
            }
        }
        if papers.isEmpty {
            let first = parser.problems.first
            throw ImportError(file: origin.file, line: first?.line ?? 1, column: first?.column ?? 1,
                              expected: first.map { $0.expected } ?? "a BibTeX entry with a title", found: first?.found)
        }
        builder.add(papers: PaperImport(papers: papers))
    }

    /// The entry as a paper, fields missing from it taken from its `crossref` entry; nil without a title.
    static func paper(_ entry: BibTeXEntry, byKey: [String: BibTeXEntry], proceedings: BibTeXEntry?, origin: SourceName) -> Item? {
        let parent = entry["crossref"].flatMap { byKey[$0.trimmingCharacters(in: .whitespaces).lowercased()] }
        func field(_ name: String) -> String? {
            if let v = entry[name], !v.trimmedWhitespace.isEmpty { return v }
            if let v = parent?[name], !v.trimmedWhitespace.isEmpty { return v }
            return nil
        }
        guard let rawTitle = field("title") else { return nil }
        let title = TerminalSafe.sanitize(LaTeXText.decode(rawTitle))
        guard !title.isEmpty else { return nil }
        let authors = (field("author") ?? field("editor")).map(BibTeXNames.displayNames) ?? []
        let abstract = field("abstract").map { TerminalSafe.sanitize(LaTeXText.decode($0)) } ?? ""
        // The venue: the paper's own booktitle or journal, else its proceedings volume's title.
        let volume = parent.flatMap { volumeTypes.contains($0.type) ? $0 : nil } ?? (entry["crossref"] == nil ? proceedings : nil)
        let venueText = entry["booktitle"] ?? entry["journal"] ?? entry["journaltitle"]
            ?? volume?["booktitle"] ?? volume?["title"] ?? parent?["booktitle"] ?? parent?["journal"]
        let venue = venueText.map { TerminalSafe.sanitize(LaTeXText.decode($0)) }
        var links: [ItemLink] = []
        func link(_ title: String, _ url: String?) {
            guard let url = url.map(plain), url.hasPrefix("http://") || url.hasPrefix("https://") || url.hasPrefix("ftp://"),
                  !links.contains(where: { $0.url == url }) else { return }
            links.append(ItemLink(title: title, url: url))
        }
        link("Paper page", entry["url"])
        link("PDF", entry["pdf"])
        link("Code", entry["software"] ?? entry["code"])
        let doi = field("doi").map(plain).map { $0.replacingOccurrences(of: "https://doi.org/", with: "") }
        if let doi, !doi.isEmpty { link("DOI", "https://doi.org/" + doi) }
        if let eprint = entry["eprint"].map(plain), !eprint.isEmpty,
           (entry["archiveprefix"] ?? entry["eprinttype"] ?? "").lowercased().contains("arxiv") {
            link("arXiv", "https://arxiv.org/abs/" + eprint)
        }
        let keywords = (entry["keywords"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { TerminalSafe.sanitize(LaTeXText.decode(String($0))) }.filter { !$0.isEmpty }
        return Item(id: PaperCommon.id("", entry.key), kind: .paper, title: title, authors: authors.map(TerminalSafe.sanitize),
                    abstract: abstract, source: Provenance(file: origin.file, line: entry.line),
                    links: PaperCommon.nonEmpty(links), date: date(year: field("year"), month: field("month"), date: field("date")),
                    venue: PaperCommon.nonEmpty(venue), keywords: PaperCommon.nonEmpty(keywords),
                    doi: PaperCommon.nonEmpty(doi.map(TerminalSafe.sanitize)))
    }

    /// A field that is a plain token (a URL, a DOI): braces and spaces dropped, no decoding.
    static func plain(_ text: String) -> String {
        TerminalSafe.sanitize(text.filter { $0 != "{" && $0 != "}" && !$0.isWhitespace })
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from `date`, or `year` and `month` (a name, a macro's text or a number).
    static func date(year: String?, month: String?, date: String?) -> String? {
        if let date, let d = PaperCommon.date(plain(date)) { return d }
        guard let year = year.map(plain), year.count == 4, Item.isPaperDate(year) else { return nil }
        guard let month = month.map(plain)?.lowercased(), !month.isEmpty else { return year }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var number = Int(month)
        if number == nil, let index = names.firstIndex(where: { month.hasPrefix($0) }) { number = index + 1 }
        guard let number, (1...12).contains(number) else { return year }
        return year + (number < 10 ? "-0\(number)" : "-\(number)")
    }
}
