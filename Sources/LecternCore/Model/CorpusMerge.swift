/// Joins the corpora of a library into one: sessions, items and conferences one after the other,
/// in the library's order. Ids are unique per conference, so nothing is renamed; should two entries
/// still share an id, the first entry's item or session is kept.
public enum CorpusMerge {
    /// One part of the library: its name, title, and corpus.
    public struct Part: Sendable {
        public var name: String
        public var title: String
        public var corpus: Corpus

        public init(name: String, title: String, corpus: Corpus) {
            self.name = name
            self.title = title
            self.corpus = corpus
        }
    }

    /// One part comes back as it is. With several, a part with no conference of its own (the ICML
    /// pages) becomes a conference named after its entry, so `conf:` and the conference grouping
    /// reach it; its dates and zone come from its sessions.
    public static func merge(_ parts: [Part]) -> Corpus {
        if parts.count == 1 { return parts[0].corpus }
        var out = Corpus()
        let itemCount = parts.reduce(0) { $0 + $1.corpus.items.count }
        var itemIds = Set<String>(minimumCapacity: itemCount), sessionIds = Set<String>(), conferenceIds = Set<String>()
        var conferences: [Conference] = []
        // Each item is copied once, straight into the merged list (a part is copied whole only
        // when its items are given a conference).
        out.items.reserveCapacity(itemCount)
        for part in parts {
            var corpus = part.corpus
            if corpus.conferences?.isEmpty ?? true, let conference = conference(for: part) {
                conferences.append(conference)
                conferenceIds.insert(conference.id)
                for i in corpus.items.indices { corpus.items[i].conference = conference.id }
                for i in corpus.sessions.indices { corpus.sessions[i].conference = conference.id }
            }
            for c in corpus.conferences ?? [] where conferenceIds.insert(c.id).inserted { conferences.append(c) }
            out.sources += corpus.sources.filter { !out.sources.contains($0) }
            out.sessions += corpus.sessions.filter { sessionIds.insert($0.id).inserted }
            for item in corpus.items where itemIds.insert(item.id).inserted { out.items.append(item) }
        }
        out.conferences = conferences.isEmpty ? nil : conferences
        return out
    }

    /// A conference for a part that has sessions but names no conference.
    static func conference(for part: Part) -> Conference? {
        let sessions = part.corpus.sessions
        guard let first = sessions.min(by: { $0.start.epochSeconds < $1.start.epochSeconds }),
              let last = sessions.max(by: { $0.end.epochSeconds < $1.end.epochSeconds }) else { return nil }
        func day(_ t: Timestamp) -> String {
            let w = t.wallClock
            let y = String(w.year), m = String(w.month), d = String(w.day)
            return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
        }
        return Conference(id: part.name, title: part.title, start: day(first.start), end: day(last.end), timeZone: first.timeZone)
    }
}
