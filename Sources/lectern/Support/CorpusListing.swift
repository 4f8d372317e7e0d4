import LecternCore

/// The corpus in reading order: sessions by start time, each with its items by slot, then papers in corpus order.
struct CorpusListing {
    var sessions: [(session: Session, items: [Item])]
    var papers: [Item]

    init(_ corpus: Corpus) {
        var bySession: [String: [Item]] = [:]
        var papers: [Item] = []
        for item in corpus.items {
            if let id = item.sessionId { bySession[id, default: []].append(item) } else { papers.append(item) }
        }
        let ordered = corpus.sessions.enumerated().sorted { a, b in
            a.element.start != b.element.start ? a.element.start < b.element.start : a.offset < b.offset
        }.map(\.element)
        sessions = ordered.map { session in
            let items = (bySession[session.id] ?? []).enumerated().sorted { a, b in
                let x = a.element.start?.epochSeconds ?? .max, y = b.element.start?.epochSeconds ?? .max
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
            return (session, items)
        }
        // Items whose session is missing from the corpus are listed with the papers rather than dropped.
        let known = Set(corpus.sessions.map(\.id))
        let orphans = corpus.items.filter { $0.sessionId.map { !known.contains($0) } ?? false }
        self.papers = orphans + papers
    }
}
