import Foundation

/// JSON: `{"format": "lectern-export", "version": 1, "items": [...]}`. Every item has the fields
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
        let root: [String: Any] = ["format": "lectern-export", "version": 1, "items": items]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return ExportResult(text: (String(data: data, encoding: .utf8) ?? "{}") + "\n", count: items.count)
    }
}
