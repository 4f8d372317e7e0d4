import Foundation

/// CSV (RFC 4180): CRLF line ends, a header row, fields quoted when they hold `"`, `,` or a line
/// break; a field that starts like a formula is written as text (`'=…`).
/// Columns: id, kind, title, authors (joined with "; "), session, room, start, end, priority, note,
/// missing_from_corpus, abstract.
public enum CSVExporter {
    public static let header = ["id", "kind", "title", "authors", "session", "room", "start", "end", "priority", "note", "missing_from_corpus", "abstract"]

    public static func render(_ input: ExportInput) -> ExportResult {
        var rows = [header]
        for item in input.items {
            let b = input.bookmarks[item.id]
            rows.append([item.id, item.kind.rawValue, item.title, item.authors.joined(separator: "; "),
                         input.session(of: item)?.title ?? "", item.room ?? "", item.start?.iso8601 ?? "", item.end?.iso8601 ?? "",
                         b?.priority.rawValue ?? "", b?.nonEmptyNote ?? "", "false", item.abstract])
        }
        for b in input.missing {
            rows.append([b.itemId, "", b.title, "", "", "", "", "", b.priority.rawValue, b.nonEmptyNote ?? "", "true", ""])
        }
        if let query = input.query {
            // A search export says which search in a last column, on every row.
            rows = rows.enumerated().map { $0.offset == 0 ? $0.element + ["query"] : $0.element + [query] }
        }
        let text = rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return ExportResult(text: text, count: rows.count - 1)
    }

    /// One field, quoted when needed. Line breaks (LF, CRLF or a lone CR) are LF; controls except
    /// LF and tab, and bidirectional formatting characters, are dropped. A field that a spreadsheet
    /// would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a CR) gets a leading `'`
    /// and quotes, as OWASP recommends against CSV injection: the cell shows the text.
    public static func field(_ value: String) -> String {
        let joined = ExportText.lines(value).joined(separator: "\n")
        var v = String(String.UnicodeScalarView(joined.unicodeScalars.filter {
            !TerminalSafe.isControlOrBidi($0) || $0 == "\n" || $0 == "\t"
        }))
        var quote = false
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) {
            v = "'" + v
            quote = true
        }
        guard quote || v.contains(where: { $0 == "\"" || $0 == "," || $0 == "\n" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The characters a spreadsheet reads a formula after (OWASP, "CSV Injection").
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
