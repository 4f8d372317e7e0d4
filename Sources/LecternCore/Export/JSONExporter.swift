import Foundation

/// JSON: `{"format": "lectern-export", "version": 1, "items": [...]}`, with `"query"` when the
/// items are a search's results. Every item has the fields
/// id, kind, title, authors, abstract, session (null or {id, title}), room (string or null), start,
/// end (ISO-8601 or null),
/// bookmarked, priority ("must-see", "maybe" or null), note (string or null), missingFromCorpus.
public enum JSONExporter {
    public static func render(_ input: ExportInput) -> ExportResult {
        var items: [[String: Any]] = []
        for item in input.items {
            let b = input.bookmarks[item.id]
            let session: Any = input.session(of: item).map { ["id": $0.id, "title": $0.title] as [String: Any] } ?? NSNull()
            items.append([
                "id": item.id, "kind": item.kind.rawValue, "title": item.title, "authors": item.authors,
                "abstract": item.abstract, "session": session, "room": item.room ?? NSNull(),
                "start": item.start?.iso8601 ?? NSNull(), "end": item.end?.iso8601 ?? NSNull(),
                "bookmarked": b != nil, "priority": b?.priority.rawValue ?? NSNull(),
                "note": b?.nonEmptyNote ?? NSNull(), "missingFromCorpus": false,
            ])
        }
        for b in input.missing {
            items.append([
                "id": b.itemId, "kind": NSNull(), "title": b.title, "authors": [String](), "abstract": "",
                "session": NSNull(), "room": NSNull(), "start": NSNull(), "end": NSNull(), "bookmarked": true,
                "priority": b.priority.rawValue, "note": b.nonEmptyNote ?? NSNull(), "missingFromCorpus": true,
            ])
        }
        var root: [String: Any] = ["format": "lectern-export", "version": 1, "items": items]
        if let query = input.query { root["query"] = query }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return ExportResult(text: escapingInvisibles(String(data: data, encoding: .utf8) ?? "{}") + "\n", count: items.count)
    }

    /// The JSON text with every control, bidirectional formatting character and line separator
    /// still written raw (C1 controls, U+202E, U+2028…) as a `\uXXXX` escape: the same data, and
    /// nothing in the file that a terminal or an editor acts on. Such a scalar can only stand inside
    /// a string, so the escape is always valid there.
    static func escapingInvisibles(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TerminalSafe.isControlOrBidi) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if TerminalSafe.isControlOrBidi(s), s != "\n" {
                let hex = String(s.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
