/// Collects what the readers found in each source, in order, and assembles one corpus from it:
/// ids unique across every source (ICML pages first, as they always were), schedules' events grouped
/// into one session per room and day.
public struct CorpusBuilder: Sendable {
    public var options: ImportOptions
    /// Warnings and skipped records, in the order the sources produced them.
    public private(set) var messages: [ImportMessage] = []
    public private(set) var pages: [PageImport] = []
    public private(set) var schedules: [ScheduleImport] = []
    public private(set) var paperSources: [PaperImport] = []

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    public mutating func warn(_ text: String) { messages.append(.warning(text)) }
    public mutating func skip(_ error: ImportError) { messages.append(.skipped(error)) }

    /// Adds a page's records; its warnings and skipped records go into `messages`.
    public mutating func add(page: PageImport) {
        pages.append(page)
        for warning in page.warnings { messages.append(.warning(warning)) }
        for problem in page.skipped { messages.append(.skipped(problem)) }
    }

    public mutating func add(schedule: ScheduleImport) {
        schedules.append(schedule)
    }

    /// Adds a source's papers (and a site calendar's sessions).
    public mutating func add(papers: PaperImport) {
        paperSources.append(papers)
    }

    /// The corpus of everything added. `sources` are the names listed in the corpus.
    public func build(sources: [String]) -> Corpus {
        var ids = IdAllocator()
        var corpus = buildScheduled(sources: sources, ids: &ids)
        for source in paperSources {
            let (sessions, papers) = Self.claim(source, ids: &ids)
            corpus.sessions += sessions
            corpus.items += papers
        }
        return corpus
    }

    /// The corpus of the pages and schedules alone, their ids claimed from `ids` (the paper sources
    /// come after them, in order, as `build` adds them).
    func buildScheduled(sources: [String], ids: inout IdAllocator) -> Corpus {
        var corpus = CorpusAssembler.assemble(pages, sources: sources, ids: &ids)
        let conferences = self.conferences
        for (schedule, conference) in zip(schedules, conferences) {
            let (sessions, items) = ScheduleSessions.make(schedule.events, conference: conference, file: schedule.file, ids: &ids)
            corpus.sessions += sessions
            corpus.items += items
        }
        if !conferences.isEmpty { corpus.conferences = conferences }
        return corpus
    }

    /// The schedules' conferences, as the corpus lists them (ids unique).
    public var conferences: [Conference] {
        var conferenceIds = IdAllocator()
        return schedules.map { schedule in
            var conference = schedule.conference
            conference.id = conferenceIds.claim(Slug.make(conference.id))
            return conference
        }
    }

    /// A paper source's sessions and papers with ids claimed from `ids` (sessions first).
    static func claim(_ source: PaperImport, ids: inout IdAllocator) -> (sessions: [Session], papers: [Item]) {
        var renamed: [String: String] = [:]
        var sessions: [Session] = []
        var papers: [Item] = []
        for var session in source.sessions {
            let id = ids.claim(session.id)
            renamed[session.id] = id
            session.id = id
            sessions.append(session)
        }
        for var paper in source.papers {
            paper.id = ids.claim(paper.id)
            if let old = paper.sessionId { paper.sessionId = renamed[old] ?? old }
            papers.append(paper)
        }
        return (sessions, papers)
    }
}
