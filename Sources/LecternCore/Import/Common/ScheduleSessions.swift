/// Turns a schedule's events into sessions and items: one session per day and room (a FOSDEM
/// devroom's Saturday, a CCC hall's first day), items in time order within it.
enum ScheduleSessions {
    /// Longest id made from a conference name and a source key.
    static let idLength = 96

    static func make(_ events: [ScheduleEvent], conference: Conference, file: String,
                     ids: inout IdAllocator) -> (sessions: [Session], items: [Item]) {
        struct Group { var day: String; var room: String?; var events: [ScheduleEvent] }
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for event in events {
            let day = event.day ?? ZoneClock.localDate(event.start)
            let place = event.room ?? event.track
            let key = day + "\u{0}" + (place ?? "")
            if let i = index[key] {
                groups[i].events.append(event)
            } else {
                index[key] = groups.count
                groups.append(Group(day: day, room: place, events: [event]))
            }
        }
        for i in groups.indices {
            groups[i].events = groups[i].events.enumerated().sorted { a, b in
                a.element.start != b.element.start ? a.element.start < b.element.start : a.offset < b.offset
            }.map(\.element)
        }
        // Days in order, rooms in the order the source lists them within a day.
        let ordered = groups.enumerated().sorted { a, b in
            a.element.day != b.element.day ? a.element.day < b.element.day : a.offset < b.offset
        }.map(\.element)
        var sessions: [Session] = []
        var items: [Item] = []
        for group in ordered {
            guard let first = group.events.first else { continue }
            let start = group.events.map(\.start).min() ?? first.start
            let end = group.events.map(\.end).max() ?? first.end
            let title = group.room ?? conference.title
            let sessionId = ids.claim(Slug.make("\(conference.id) \(group.day) \(title)", limit: idLength))
            sessions.append(Session(id: sessionId, title: title, moderator: nil, start: start, end: end,
                                    timeZone: conference.timeZone, zoneAbbreviation: nil,
                                    source: Provenance(file: file, line: first.line), conference: conference.id,
                                    room: group.room))
            for event in group.events {
                let id = ids.claim(Slug.make("\(conference.id) \(event.key)", limit: idLength))
                items.append(Item(id: id, kind: .talk, title: event.title, authors: event.authors, abstract: event.abstract,
                                  sessionId: sessionId, start: event.start, end: event.end,
                                  source: Provenance(file: file, line: event.line), conference: conference.id,
                                  subtitle: event.subtitle, room: event.room, track: event.track, type: event.type,
                                  language: event.language, links: event.links.isEmpty ? nil : event.links))
            }
        }
        return (sessions, items)
    }
}
