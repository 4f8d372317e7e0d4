import Testing
@testable import LecternCore

/// A library of two conferences as the explorer lists them: the newest first, each under its
/// header, its days in date order and under each day its rooms (source order), its tracks (by
/// name) or nothing; `v` switches, `f` jumps to a name as it is typed, and the schedule shows a
/// day at a time.
@Suite struct ConferenceBrowseReducerTests {
    /// `conf`'s days 1 and 2 (`2021-02-06`, `-07`), rooms Main, Annex and Zebra Devroom in that
    /// source order; each room has two talks a day, in tracks Web and Kernel.
    static func conference(_ conf: String, year: Int) -> (Conference, [Session], [Item]) {
        let rooms = ["Main Hall", "Annex", "Zebra Devroom"]
        var sessions: [Session] = []
        var items: [Item] = []
        for day in 0..<2 {
            for (r, room) in rooms.enumerated() {
                func t(_ h: Int) -> Timestamp { Timestamp(year: year, month: 2, day: 6 + day, hour: h, minute: 0, utcOffsetSeconds: 3600) }
                let sid = "\(conf)-d\(day)-\(r)"
                sessions.append(Session(id: sid, title: room, moderator: nil, start: t(9), end: t(11), timeZone: "Europe/Brussels",
                                        zoneAbbreviation: nil, source: Provenance(file: "f", line: 1), conference: conf, room: room))
                for slot in 0..<2 {
                    let track = (r + slot) % 2 == 0 ? "Web" : "Kernel"
                    items.append(Item(id: "\(sid)-\(slot)", kind: .talk, title: "\(room) talk \(day)\(slot) of \(conf)", authors: ["A"],
                                      abstract: "", sessionId: sid, start: t(9 + slot), end: t(10 + slot),
                                      source: Provenance(file: "f", line: 1), conference: conf, room: room, track: track))
                }
            }
        }
        let c = Conference(id: conf, title: conf.uppercased() + " \(year)", start: "\(year)-02-06", end: "\(year)-02-07",
                           timeZone: "Europe/Brussels")
        return (c, sessions, items)
    }

    static let corpus: Corpus = {
        let old = conference("old", year: 2020), new = conference("new", year: 2021)
        return Corpus(sessions: old.1 + new.1, items: old.2 + new.2, conferences: [old.0, new.0])
    }()

    static func state() -> State { State(corpus: corpus, size: Size(width: 120, height: 40)) }

    static func roomEntries(_ c: String) -> [SessionsEntry] {
        [.conference(c)] + (0..<2).flatMap { d in
            [SessionsEntry.day(conference: c, date: "202\(c == "new" ? 1 : 0)-02-0\(6 + d)")] + (0..<3).map { .session("\(c)-d\(d)-\($0)") }
        }
    }

    @Test func conferencesAreHeadersNewestFirstWithDaysThenRoomsInSourceOrder() {
        let s = Self.state()
        #expect(s.sessionEntries == Self.roomEntries("new") + Self.roomEntries("old") + [.bookmarks])
        #expect(s.name(of: .day(conference: "new", date: "2021-02-06")) == "Saturday 6 February")
        // A header lists every talk of its conference by time; a day every talk of the day.
        #expect(s.selectedEntry == .conference("new"))
        #expect(s.visibleItems.count == 12)
        #expect(s.visibleItems.map { Self.corpus.items[$0].start! } == s.visibleItems.map { Self.corpus.items[$0].start! }.sorted())
        #expect(s.catalog.items(of: .day(conference: "old", date: "2020-02-07"))?.count == 6)
    }

    @Test func vCyclesRoomTrackDayAndKeepsTheSelectedTalk() {
        var s = Self.state()
        s.openEntry(.session("new-d0-1"))
        s.selectItem(id: "new-d0-1-1")
        let talk = s.selectedItemIndex!
        #expect(Self.corpus.items[talk].track == "Web")
        _ = reduce(&s, .keyPressed(.char("v")))
        #expect(s.browse.grouping == .track)
        #expect(s.status == "Sessions by track")
        #expect(s.selectedEntry == .track(conference: "new", date: "2021-02-06", name: "Web"))
        #expect(s.selectedItemIndex == talk)
        // Tracks by name under each day.
        let tracks = s.sessionEntries.prefix(4)
        #expect(Array(tracks) == [.conference("new"), .day(conference: "new", date: "2021-02-06"),
                                  .track(conference: "new", date: "2021-02-06", name: "Kernel"),
                                  .track(conference: "new", date: "2021-02-06", name: "Web")])
        _ = reduce(&s, .keyPressed(.char("v")))
        #expect(s.browse.grouping == .day)
        #expect(s.selectedEntry == .day(conference: "new", date: "2021-02-06"))
        #expect(s.selectedItemIndex == talk)
        #expect(s.sessionEntries == [.conference("new"), .day(conference: "new", date: "2021-02-06"), .day(conference: "new", date: "2021-02-07"),
                                     .conference("old"), .day(conference: "old", date: "2020-02-06"), .day(conference: "old", date: "2020-02-07"), .bookmarks])
        _ = reduce(&s, .keyPressed(.char("v")))
        #expect(s.browse.grouping == .room)
        // Back by room, the day stays selected (it is a row there too).
        #expect(s.selectedEntry == .day(conference: "new", date: "2021-02-06"))
        #expect(s.selectedItemIndex == talk)
    }

    @Test func fJumpsToTheFirstNameContainingWhatIsTypedEnterKeepsEscGoesBack() {
        var store = TestStore(Self.state())
        store.press(.char("f")) {
            $0.browse.jump = BrowseFeature.Jump(pane: .sessions, origin: 0)
            $0.status = "Jump to: "
        }
        #expect(store.state.keyContext == .jump)
        let zebra = store.state.sessionEntries.firstIndex(of: .session("new-d0-2"))!
        store.press(.char("Z")) {
            $0.browse.jump?.text = "Z"
            $0.browse.sessionsCursor.select(zebra, count: $0.sessionEntries.count, visible: $0.layout.visibleEntries(of: .sessions))
            $0.browse.visibleItems = $0.catalog.itemsBySession["new-d0-2"]!
            $0.status = "Jump to: Z"
        }
        // "ze" still matches the devroom; "zeq" nothing, and the selection stays.
        store.press(.char("e")) { $0.browse.jump?.text = "Ze"; $0.status = "Jump to: Ze" }
        store.press(.char("q")) { $0.browse.jump?.text = "Zeq"; $0.status = "Jump to: Zeq (no name contains it)" }
        store.press(.backspace) { $0.browse.jump?.text = "Ze"; $0.status = "Jump to: Ze" }
        store.press(.enter) { $0.browse.jump = nil; $0.status = nil }
        #expect(store.state.selectedEntry == .session("new-d0-2"))
        // Esc goes back to where the jump started.
        store.press(.char("f")) { $0.browse.jump = BrowseFeature.Jump(pane: .sessions, origin: zebra); $0.status = "Jump to: " }
        var s = store.state
        for c in "ann" { _ = reduce(&s, .keyPressed(.char(c))) }
        #expect(s.selectedEntry == .session("new-d0-1"))
        _ = reduce(&s, .keyPressed(.escape))
        #expect(s.browse.jump == nil)
        #expect(s.selectedEntry == .session("new-d0-2"))
    }

    @Test func theScheduleShowsADayAtATimeMovesBetweenDaysAndPagesRooms() {
        var s = State(corpus: Self.corpus, size: Size(width: 60, height: 30))
        s.openEntry(.session("new-d0-1"))
        _ = reduce(&s, .keyPressed(.char("s")))
        guard let schedule = s.schedule else { Issue.record("no schedule"); return }
        #expect(schedule.days.count == 4)
        #expect(schedule.model.date == "2021-02-06" && schedule.model.conference == "new")
        #expect(schedule.model.columns.map(\.title) == ["Main Hall", "Annex", "Zebra Devroom"])
        #expect(schedule.conferenceDays == (0, 2))
        // 60 columns: two rooms fit; the selected talk's room is on the first screen.
        #expect(ScheduleFeature.columnsThatFit(width: 58) == 3 || ScheduleFeature.columnsThatFit(width: 58) == 2)
        let visible = ScheduleFeature.columnsThatFit(width: 58)
        #expect(s.schedule?.column == 1 && s.schedule?.firstColumn == 0)
        _ = reduce(&s, .keyPressed(.char("j")))
        _ = reduce(&s, .keyPressed(.char(">")))
        if visible < 3 {
            #expect(s.schedule?.firstColumn == 1)
            #expect(s.schedule?.column == 2)
        } else {
            #expect(s.status == "These are the last rooms")
        }
        _ = reduce(&s, .keyPressed(.char("]")))
        #expect(s.schedule?.model.date == "2021-02-07")
        #expect(s.schedule?.conferenceDays.index == 1)
        // The same time of day.
        #expect(s.schedule?.selectedItem.map { Self.corpus.items[$0].start!.wallClock.hour } == 10)
        // The last day of the conference: `]` stays, and says so; the other conference is not reached.
        _ = reduce(&s, .keyPressed(.char("]")))
        #expect(s.schedule?.model.date == "2021-02-07")
        #expect(s.status == "This is the last day")
        _ = reduce(&s, .keyPressed(.char("[")))
        #expect(s.schedule?.model.date == "2021-02-06")
        _ = reduce(&s, .keyPressed(.char("<")))
        #expect(s.schedule?.firstColumn == 0)
    }
}

extension ConferenceBrowseReducerTests {
    @Test func detailsListRoomTrackTypeLanguageAndLinksAndOOffersEveryLink() {
        var corpus = Self.corpus
        let i = corpus.items.firstIndex { $0.id == "new-d0-2-0" }!
        corpus.items[i].type = "Workshop"
        corpus.items[i].language = "de"
        corpus.items[i].links = [ItemLink(title: "Recording", url: "https://video.example/1.mp4"),
                                 ItemLink(title: "Slides", url: "https://slides.example/1.pdf")]
        corpus.items[i].abstract = "See https://abstract.example/page for more."
        var s = State(corpus: corpus, size: Size(width: 120, height: 40))
        s.openEntry(.session("new-d0-2"))
        #expect(s.selectedItem?.id == "new-d0-2-0")
        let text = DetailsText(item: s.selectedItem!, state: s, width: 60)
        #expect(text.facts.map(\.label) == ["Room     ", "Track    ", "Type     ", "Language ", "Link     ", "Link     "])
        #expect(text.facts.map { $0.lines.joined() } == ["Zebra Devroom", "Web", "Workshop", "de",
                                                         "Recording: https://video.example/1.mp4", "Slides: https://slides.example/1.pdf"])
        // o offers every link, a digit each: the source's, then the abstract's.
        var store = TestStore(s)
        let offer = LinksFeature.State(links: [ItemLink(title: "Recording", url: "https://video.example/1.mp4"),
                                               ItemLink(title: "Slides", url: "https://slides.example/1.pdf"),
                                               ItemLink(title: "abstract.example/page", url: "https://abstract.example/page")])
        store.press(.char("o")) {
            $0.overlay = .links(offer)
            $0.status = "Open which link? 1 Recording  2 Slides  3 abstract.example/page  (other key: none)"
        }
        store.press(.char("2"), effects: [.openURL("https://slides.example/1.pdf")]) {
            $0.overlay = nil
            $0.status = "Opening Slides"
        }
        store.press(.char("o")) { $0.overlay = .links(offer); $0.status = offer.prompt }
        store.press(.escape) { $0.overlay = nil; $0.status = "No link opened" }
    }
}
