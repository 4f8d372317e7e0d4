/// What one source of papers yielded: its papers (each with the id it asks for, made from the
/// source's own key so that it is stable across imports) and, for a site's calendar, its sessions.
public struct PaperImport: Sendable, Equatable {
    public var papers: [Item]
    public var sessions: [Session]

    public init(papers: [Item], sessions: [Session] = []) {
        self.papers = papers
        self.sessions = sessions
    }
}
