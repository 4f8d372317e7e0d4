import Foundation

/// The arXiv API's Atom feed (`export.arxiv.org/api/query`), current and older (http links,
/// namespaces declared where they are used, any prefix): each `<entry>` a paper, its arXiv id
/// (version dropped) its id.
public enum ArxivAtomReader: SourceReader {
    public static let formatName = "arXiv API Atom feed"

    static let atom = "http://www.w3.org/2005/Atom"
    static let arxiv = "http://arxiv.org/schemas/atom"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        var bytes = head
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "<") else {
            return false
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("feed") && text.contains("http://www.w3.org/2005/Atom") && text.contains("arxiv.org")
    }

    /// True when `name` is `local` in the Atom namespace (or in none, for a feed that declares none).
    static func isAtom(_ name: XMLNames, _ local: String) -> Bool {
        name.local == local && (name.namespace == atom || name.namespace == nil)
    }

    static func isArxiv(_ name: XMLNames, _ local: String) -> Bool {
        name.local == local && (name.namespace == arxiv || name.namespace == "arxiv")
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let file = origin.file
        let root = try SourceDocument.xml(bytes, file: file)
        let (rootName, scope) = XMLNames.resolve(root, scope: [:])
        guard isAtom(rootName, "feed") else {
            throw ImportError(file: file, line: root.line, column: root.column, expected: "an Atom <feed> root element", found: "<\(root.name)>")
        }
        var papers: [Item] = []
        for child in root.children {
            let (name, inner) = XMLNames.resolve(child, scope: scope)
            guard isAtom(name, "entry") else { continue }
            switch entry(child, scope: inner, file: file) {
            case .success(let paper): papers.append(paper)
            case .failure(let error): builder.skip(error)
            }
        }
        if papers.isEmpty { builder.warn("\(file): the feed lists no papers") }
        builder.add(papers: PaperImport(papers: papers))
    }

    /// The arXiv id in an abstract-page URL (`http://arxiv.org/abs/2202.12139v1` → `2202.12139`).
    static func arxivId(_ url: String) -> String? {
        guard let range = url.range(of: "/abs/") else { return nil }
        var id = String(url[range.upperBound...])
        if let v = id.range(of: #"v[0-9]+$"#, options: .regularExpression) { id.removeSubrange(v) }
        return id.isEmpty ? nil : id
    }

    static func entry(_ element: XMLElement, scope: [String: String], file: String) -> Result<Item, ImportError> {
        var idURL: String?, title: String?, summary = "", published: String?, updated: String?
        var authors: [String] = [], categories: [String] = [], primary: String?
        var comment: String?, journalRef: String?, doi: String?
        var abstractPage: String?, pdf: String?, doiLink: String?
        for child in element.children {
            let (name, _) = XMLNames.resolve(child, scope: scope)
            let text = PaperCommon.squash(child.text)
            if isAtom(name, "id") { idURL = text }
            else if isAtom(name, "title") { title = text }
            else if isAtom(name, "summary") { summary = text }
            else if isAtom(name, "published") { published = PaperCommon.date(text) }
            else if isAtom(name, "updated") { updated = PaperCommon.date(text) }
            else if isAtom(name, "author") {
                let nameElement = child.children.first { isAtom(XMLNames.resolve($0, scope: scope).name, "name") }
                if let n = nameElement.map({ PaperCommon.squash($0.text) }), !n.isEmpty { authors.append(n) }
            } else if isAtom(name, "category") {
                if let term = child.attribute("term").map(PaperCommon.squash), !term.isEmpty, !categories.contains(term) { categories.append(term) }
            } else if isArxiv(name, "primary_category") {
                primary = child.attribute("term").map(PaperCommon.squash)
            } else if isArxiv(name, "comment") { comment = text }
            else if isArxiv(name, "journal_ref") { journalRef = text }
            else if isArxiv(name, "doi") { doi = text }
            else if isAtom(name, "link") {
                guard let href = child.attribute("href") else { continue }
                let rel = child.attribute("rel") ?? "alternate"
                let linkTitle = child.attribute("title")?.lowercased()
                if linkTitle == "pdf" || child.attribute("type") == "application/pdf" { pdf = href }
                else if linkTitle == "doi" { doiLink = href }
                else if rel == "alternate" { abstractPage = href }
            }
        }
        guard let idURL, !idURL.isEmpty else {
            return .failure(ImportError(file: file, line: element.line, column: element.column, expected: "an <id> in the <entry>"))
        }
        if idURL.contains("/api/errors") {
            return .failure(ImportError(file: file, line: element.line, column: element.column, expected: "a paper",
                                        found: "an arXiv API error: \(summary)"))
        }
        guard let title, !title.isEmpty else {
            return .failure(ImportError(file: file, line: element.line, column: element.column, expected: "a <title> in the entry \(idURL)"))
        }
        let key = arxivId(idURL) ?? idURL
        if let primary, !primary.isEmpty {
            categories.removeAll { $0 == primary }
            categories.insert(primary, at: 0)
        }
        var links: [ItemLink] = []
        let web = { (url: String) in url.hasPrefix("http://") || url.hasPrefix("https://") }
        if let page = abstractPage ?? (web(idURL) ? idURL : nil), web(page) { links.append(ItemLink(title: "Abstract page", url: TerminalSafe.sanitize(page))) }
        if let pdf, web(pdf) { links.append(ItemLink(title: "PDF", url: TerminalSafe.sanitize(pdf))) }
        if let d = doiLink ?? doi.map({ "https://doi.org/" + $0 }), web(d) { links.append(ItemLink(title: "DOI", url: TerminalSafe.sanitize(d))) }
        let clean = { (s: String?) in PaperCommon.nonEmpty(s.map(TerminalSafe.sanitize)) }
        return .success(Item(id: PaperCommon.id("arxiv", key), kind: .paper, title: TerminalSafe.sanitize(title),
                             authors: authors.map(TerminalSafe.sanitize), abstract: TerminalSafe.sanitize(summary),
                             source: Provenance(file: file, line: element.line), links: PaperCommon.nonEmpty(links),
                             date: published, updated: updated, categories: PaperCommon.nonEmpty(categories.map(TerminalSafe.sanitize)),
                             doi: clean(doi), comment: clean(comment), journalRef: clean(journalRef)))
    }
}
