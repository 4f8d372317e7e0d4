import Foundation

/// OpenReview notes as its API returns them: `{"notes": [...]}` (or a bare list, or one note), API v2
/// (`content.title.value`) and v1 (`content.title` a plain string). Each note a paper, its note id
/// its id; PDF and forum links point at openreview.net.
public enum OpenReviewReader: SourceReader {
    public static let formatName = "OpenReview notes JSON"

    static let site = "https://openreview.net"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        var bytes = head
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("\"content\"") && text.contains("\"forum\"")
            && (text.contains("\"invitation\"") || text.contains("\"invitations\"") || text.contains("\"signatures\""))
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let file = origin.file
        let root = try SourceDocument.json(bytes, file: file)
        let notes: [JSONValue]
        if let list = root["notes"]?.elements { notes = list }
        else if let list = root.elements { notes = list }
        else if root["content"] != nil { notes = [root] }
        else {
            throw ImportError(file: file, line: root.line, column: root.column, expected: "OpenReview notes: {\"notes\": [...]}")
        }
        var papers: [Item] = []
        for (index, note) in notes.enumerated() {
            switch paper(note, path: "notes[\(index)]", file: file) {
            case .success(let p): papers.append(p)
            case .failure(let e): builder.skip(e)
            }
        }
        if papers.isEmpty, !notes.isEmpty {
            throw ImportError(file: file, line: root.line, column: root.column, expected: "at least one note with an id and a title")
        }
        builder.add(papers: PaperImport(papers: papers))
    }

    /// A content field's value: `{"value": x}` in API v2, `x` itself in v1.
    static func field(_ content: JSONValue, _ key: String) -> JSONValue? {
        guard let v = content[key] else { return nil }
        if v.members != nil, let inner = v["value"] { return inner }
        return v
    }

    static func string(_ value: JSONValue?) -> String? {
        guard let value, case .string(let s) = value.kind else { return nil }
        let t = PaperCommon.squash(TerminalSafe.sanitize(s))
        return t.isEmpty ? nil : t
    }

    /// A list of strings, or one string of comma-separated ones (as some v1 venues wrote keywords).
    static func strings(_ value: JSONValue?) -> [String] {
        guard let value else { return [] }
        if let list = value.elements { return list.compactMap(string) }
        if let one = string(value) {
            return one.split(separator: ",").map { PaperCommon.squash(String($0)) }.filter { !$0.isEmpty }
        }
        return []
    }

    /// A link on openreview.net for a path the note gives (`/pdf/abc.pdf`), or the URL it gives.
    static func url(_ path: String) -> String? {
        if path.hasPrefix("https://") || path.hasPrefix("http://") { return path }
        if path.hasPrefix("/") { return site + path }
        return nil
    }

    static func number(_ value: JSONValue?) -> Double? {
        guard let value, case .number(_, let d) = value.kind else { return nil }
        return d
    }

    static func paper(_ note: JSONValue, path: String, file: String) -> Result<Item, ImportError> {
        guard let content = note["content"], content.members != nil else {
            return .failure(ImportError(file: file, line: note.line, column: note.column, expected: "\"content\" in the note \(path)"))
        }
        guard let id = string(note["id"]) else {
            return .failure(ImportError(file: file, line: note.line, column: note.column, expected: "an \"id\" in the note \(path)"))
        }
        guard let title = string(field(content, "title")) else {
            return .failure(ImportError(file: file, line: note.line, column: note.column, expected: "a title in the note \(id)"))
        }
        let forum = string(note["forum"]) ?? id
        var links: [ItemLink] = [ItemLink(title: "Forum", url: site + "/forum?id=" + forum)]
        if let pdf = string(field(content, "pdf")).flatMap(url) { links.append(ItemLink(title: "PDF", url: pdf)) }
        if let code = (string(field(content, "code")) ?? string(field(content, "code_url"))).flatMap(url) {
            links.append(ItemLink(title: "Code", url: code))
        }
        let venue = string(field(content, "venue"))
        let date = [note["pdate"], note["odate"], note["cdate"], note["tcdate"]].lazy.compactMap(number).first
            .flatMap(PaperCommon.date(milliseconds:))
        let abstract = string(field(content, "abstract")) ?? string(field(content, "TL;DR")) ?? string(field(content, "TLDR")) ?? ""
        return .success(Item(id: PaperCommon.id("openreview", id), kind: .paper, title: title,
                             authors: strings(field(content, "authors")), abstract: abstract,
                             source: Provenance(file: file, line: note.line), links: links, date: date, venue: venue,
                             keywords: PaperCommon.nonEmpty(strings(field(content, "keywords")))))
    }
}
