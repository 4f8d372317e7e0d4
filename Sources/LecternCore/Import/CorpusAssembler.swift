/// Joins the records of several pages into one corpus: ids unique across all pages (claimed in import
/// order), sessions by start time, talks in session and slot order, then papers in page order.
public enum CorpusAssembler {
    public static func assemble(_ pages: [PageImport], sources: [String]) -> Corpus {
        var ids = IdAllocator()
        return assemble(pages, sources: sources, ids: &ids)
    }

    /// Assembles with ids claimed from `ids`, so that records assembled later cannot take them.
    public static func assemble(_ pages: [PageImport], sources: [String], ids: inout IdAllocator) -> Corpus {
        var sessions: [Session] = []
        var talks: [Item] = []
        var papers: [Item] = []
        for page in pages {
            var renamed: [String: String] = [:]
            for var session in page.sessions {
                let id = ids.id(forTitle: session.title)
                renamed[session.id] = id
                session.id = id
                sessions.append(session)
            }
            for var item in page.items {
                if let old = item.sessionId {
                    let sessionId = renamed[old] ?? old
                    item.sessionId = sessionId
                    item.id = item.kind == .qa ? ids.claim(sessionId + "-qa") : ids.id(forTitle: item.title)
                    talks.append(item)
                } else {
                    item.id = ids.id(forTitle: item.title)
                    papers.append(item)
                }
            }
        }
        let orderedSessions = sessions.enumerated().sorted { a, b in
            a.element.start != b.element.start ? a.element.start < b.element.start : a.offset < b.offset
        }.map(\.element)
        var rank: [String: Int] = [:]
        for (i, s) in orderedSessions.enumerated() { rank[s.id] = i }
        let orderedTalks = talks.enumerated().sorted { a, b in
            let ra = rank[a.element.sessionId ?? ""] ?? Int.max
            let rb = rank[b.element.sessionId ?? ""] ?? Int.max
            if ra != rb { return ra < rb }
            if let sa = a.element.start, let sb = b.element.start, sa != sb { return sa < sb }
            return a.offset < b.offset
        }.map(\.element)
        return Corpus(sources: sources, sessions: orderedSessions, items: orderedTalks + papers)
    }
}
