import Foundation

/// CSV (RFC 4180): CRLF line ends, a header row, fields quoted when they hold `"`, `,`, CR or LF.
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
        let text = rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return ExportResult(text: text, count: rows.count - 1)
    }

    /// One field, quoted when needed; controls except CR, LF and tab, and bidirectional formatting
    /// characters, are dropped.
    public static func field(_ value: String) -> String {
        let v = String(String.UnicodeScalarView(value.unicodeScalars.filter {
            !TerminalSafe.isControlOrBidi($0) || $0 == "\n" || $0 == "\r" || $0 == "\t"
        }))
        guard v.contains(where: { $0 == "\"" || $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
