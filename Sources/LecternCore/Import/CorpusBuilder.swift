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
        var corpus = CorpusAssembler.assemble(pages, sources: sources, ids: &ids)
        var conferenceIds = IdAllocator()
        var conferences: [Conference] = []
        for schedule in schedules {
            var conference = schedule.conference
            conference.id = conferenceIds.claim(Slug.make(conference.id))
            conferences.append(conference)
            let (sessions, items) = ScheduleSessions.make(schedule.events, conference: conference, file: schedule.file, ids: &ids)
            corpus.sessions += sessions
            corpus.items += items
        }
        for source in paperSources {
            var renamed: [String: String] = [:]
            for var session in source.sessions {
                let id = ids.claim(session.id)
                renamed[session.id] = id
                session.id = id
                corpus.sessions.append(session)
            }
            for var paper in source.papers {
                paper.id = ids.claim(paper.id)
                if let old = paper.sessionId { paper.sessionId = renamed[old] ?? old }
                corpus.items.append(paper)
            }
        }
        if !conferences.isEmpty { corpus.conferences = conferences }
        return corpus
    }
}
