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
        var bytes = text
        if let common = bytes.withUTF8(commonDate) { return common }
        let words = text.split(separator: " ")
        guard words.count >= 4, let day = Int(words[1]), let month = months.firstIndex(of: String(words[2])),
              let year = Int(words[3]), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
        let d = String(year) + "-" + (month < 9 ? "0" : "") + String(month + 1) + "-" + (day < 10 ? "0" : "") + String(day)
        return Conference.isDate(d) ? d : nil
    }

    /// `date(rfc2822:)` of the shape every snapshot line has, `Www, D Mmm YYYY` and the rest after
    /// a single space, read from the bytes: `.some(nil)` when that shape names no date, and nil for
    /// any other shape, which the general reading decides.
    private static func commonDate(_ u: UnsafeBufferPointer<UInt8>) -> String?? {
        func digit(_ k: Int) -> Int? { k < u.count && u[k] >= 0x30 && u[k] <= 0x39 ? Int(u[k] - 0x30) : nil }
        guard u.count >= 16, u[0] != 0x20, u[1] != 0x20, u[2] != 0x20, u[3] == 0x2C, u[4] == 0x20, var day = digit(5) else { return nil }
        var k = 6
        if let second = digit(6) { day = day * 10 + second; k = 7 }
        guard k + 10 <= u.count, u[k] == 0x20, u[k + 1] != 0x20, u[k + 2] != 0x20, u[k + 3] != 0x20, u[k + 4] == 0x20,
              let y0 = digit(k + 5), let y1 = digit(k + 6), let y2 = digit(k + 7), let y3 = digit(k + 8),
              k + 9 == u.count || u[k + 9] == 0x20 else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        let name = (u[k + 1], u[k + 2], u[k + 3])
        guard let month = monthBytes.firstIndex(where: { $0 == name }) else { return .some(nil) }
        guard (1...31).contains(day), (1000...9999).contains(year) else { return .some(nil) }
        let d = String(year) + (month < 9 ? "-0" : "-") + String(month + 1) + (day < 10 ? "-0" : "-") + String(day)
        return .some(Conference.isDate(d) ? d : nil)
    }

    private static let monthBytes: [(UInt8, UInt8, UInt8)] = months.map { m in
        let b = Array(m.utf8)
        return (b[0], b[1], b[2])
    }

    /// The paper of one line: read by the byte scanner, or by the general parser when the scanner
    /// leaves it (which places any syntax error).
    static func paper(_ bytes: [UInt8], line: Int, origin: SourceName, options: ImportOptions) -> Outcome {
        if let fields = bytes.withUnsafeBufferPointer(ArxivSnapshotScanner.fields) {
            return paper(fields, line: line, origin: origin, options: options)
        }
        return parsedPaper(bytes, line: line, origin: origin, options: options)
    }

    /// The paper of one line read by the general parser alone.
    static func parsedPaper(_ bytes: [UInt8], line: Int, origin: SourceName, options: ImportOptions) -> Outcome {
        switch JSONParser.parse(bytes) {
        case .failure(let syntax):
            return .failed(ImportError(file: origin.file, line: line, column: syntax.column, expected: syntax.expected, found: syntax.found))
        case .success(let root):
            return paper(ArxivSnapshotFields(root), line: line, origin: origin, options: options)
        }
    }

    /// Printable ASCII with single spaces inside and none at the ends: what squashing and
    /// sanitizing leave as it is.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
            guard let first = u.first, let last = u.last, first != 0x20, last != 0x20 else { return u.isEmpty }
            var previous: UInt8 = 0
            for b in u {
                if b < 0x20 || b > 0x7E || (b == 0x20 && previous == 0x20) { return false }
                previous = b
            }
            return true
        }
    }

    /// A string member squashed and sanitized, nil when nothing is left.
    static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        if isPlain(s) { return s.isEmpty ? nil : s }
        let t = ArxivSnapshotText.cleanPlain(s) ?? PaperCommon.squash(TerminalSafe.sanitize(s))
        return t.isEmpty ? nil : t
    }

    /// `sanitize(LaTeXText.decode(t))` of text `clean` gave: the same text when it holds nothing to decode.
    static func decodeCleaned(_ t: String) -> String {
        if let ascii = ArxivSnapshotText.decodePlain(t) { return ascii }
        return LaTeXText.needsDecoding(t) ? TerminalSafe.sanitize(LaTeXText.decode(t)) : t
    }

    /// `[given, last, suffix]` trimmed, without Foundation's trimming when the ends are visible ASCII.
    static func trimmed(_ s: String) -> String {
        let u = s.utf8
        if let first = u.first, let last = u.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return s }
        return s.isEmpty ? s : s.trimmingCharacters(in: .whitespaces)
    }

    static func paper(_ f: ArxivSnapshotFields, line: Int, origin: SourceName, options: ImportOptions) -> Outcome {
        guard f.isObject, let id = clean(f.id) else {
            return .failed(ImportError(file: origin.file, line: line, column: 1, expected: "a paper with an \"id\""))
        }
        let categories = (clean(f.categories) ?? "").split(separator: " ").map(String.init)
        let first = f.firstCreated.flatMap { Self.date(rfc2822: $0) }
        let updated = clean(f.updateDate).flatMap { ArxivSnapshotText.plainDate($0) ?? PaperCommon.date($0) }
        let date = first ?? updated
        guard options.keeps(categories: categories, date: date) else { return .filtered }
        let title: String
        if let raw = f.title, let fast = ArxivSnapshotText.cleanDecodedPlain(raw), !fast.empty {
            title = fast.text
        } else if let rawTitle = clean(f.title) {
            title = decodeCleaned(rawTitle)
        } else {
            return .failed(ImportError(file: origin.file, line: line, column: 1, expected: "a title in the paper \(id)"))
        }
        let abstract = f.abstract.flatMap(ArxivSnapshotText.cleanDecodedPlain)?.text ?? decodeCleaned(clean(f.abstract) ?? "")
        var authors: [String] = []
        if let parsed = f.authorsParsed {
            for parts in parsed {
                let last = parts.first ?? "", given = parts.count > 1 ? parts[1] : "", suffix = parts.count > 2 ? parts[2] : ""
                let shown = [given, last, suffix].map(trimmed).filter { !$0.isEmpty }.joined(separator: " ")
                let decoded = ArxivSnapshotText.decodePlain(shown) ?? TerminalSafe.sanitize(LaTeXText.decode(shown))
                if !decoded.isEmpty { authors.append(decoded) }
            }
        } else if let list = clean(f.authors) {
            authors = BibTeXNames.split(list.replacingOccurrences(of: ", ", with: " and ")).map {
                TerminalSafe.sanitize(LaTeXText.decode($0))
            }.filter { !$0.isEmpty }
        }
        let doi = clean(f.doi)
        var links = [ItemLink(title: "Abstract page", url: "https://arxiv.org/abs/" + id),
                     ItemLink(title: "PDF", url: "https://arxiv.org/pdf/" + id)]
        if let doi { links.append(ItemLink(title: "DOI", url: "https://doi.org/" + (doi.split(separator: " ").first.map(String.init) ?? doi))) }
        return .kept(Item(id: PaperCommon.id("arxiv", id), kind: .paper, title: title,
                          authors: authors, abstract: abstract,
                          source: Provenance(file: origin.file, line: line), links: links, date: date,
                          updated: updated == date ? nil : updated, categories: PaperCommon.nonEmpty(categories),
                          doi: doi, comment: clean(f.comments), journalRef: clean(f.journalRef)))
    }
}
