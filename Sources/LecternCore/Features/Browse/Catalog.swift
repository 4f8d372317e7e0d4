/// The sessions pane's rows and the items of each, derived once from the corpus.
public struct Catalog: Equatable, Sendable {
    /// Rows of the sessions pane: sessions by start, the papers, the bookmarks.
    public let entries: [SessionsEntry]
    /// Item indices per session id, in slot order.
    public let itemsBySession: [String: [Int]]
    /// Item indices of papers (items without a session).
    public let paperIndices: [Int]
    /// Position in `corpus.sessions` of each session id.
    private let sessionPositions: [String: Int]

    public init(corpus: Corpus) {
        var bySession: [String: [Int]] = [:]
        var papers: [Int] = []
        for (i, item) in corpus.items.enumerated() {
            if let s = item.sessionId { bySession[s, default: []].append(i) } else { papers.append(i) }
        }
        for (k, v) in bySession {
            bySession[k] = v.sorted { a, b in
                let x = corpus.items[a], y = corpus.items[b]
                return (x.start?.epochSeconds ?? .max, a) < (y.start?.epochSeconds ?? .max, b)
            }
        }
        itemsBySession = bySession
        paperIndices = papers
        var positions: [String: Int] = [:]
        for (k, s) in corpus.sessions.enumerated() where positions[s.id] == nil { positions[s.id] = k }
        sessionPositions = positions
        let sessions = corpus.sessions.sorted { ($0.start, $0.title) < ($1.start, $1.title) }
        var rows = sessions.map { SessionsEntry.session($0.id) }
        if !papers.isEmpty { rows.append(.trending) }
        rows.append(.bookmarks)
        entries = rows
    }

    public func session(id: String, in corpus: Corpus) -> Session? { sessionPositions[id].map { corpus.sessions[$0] } }
}
