import Testing
@testable import LecternCore

/// Status messages: each action says what it did, the next key that changes the view clears the
/// message, and `M` lists every message of the session in full.
@Suite struct MessagesReducerTests {
    static func state() -> State {
        let start = Timestamp(year: 2021, month: 7, day: 20, hour: 5, minute: 0, utcOffsetSeconds: -25_200)
        let end = Timestamp(year: 2021, month: 7, day: 20, hour: 6, minute: 0, utcOffsetSeconds: -25_200)
        let session = Session(id: "s", title: "S", moderator: nil, start: start, end: end,
                              timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: Provenance(file: "f", line: 1))
        let talks = ["one", "two", "three"].enumerated().map { i, id in
            Item(id: id, kind: .oral, title: "Talk \(id)", authors: ["A"],
                 abstract: "Words about transformers. More transformers. And transformers at the end.", sessionId: "s",
                 start: start, end: end, source: Provenance(file: "f", line: i + 2))
        }
        var state = State(corpus: Corpus(sessions: [session], items: talks), size: Size(width: 120, height: 40))
        _ = reduce(&state, .keyPressed(.enter))
        return state
    }

    @Test func everyBookmarkActionSaysWhatItDid() {
        var store = TestStore(Self.state())
        let bookmark = Bookmark(itemId: "one", title: "Talk one")
        store.press(.char("B")) { $0.status = "Not bookmarked: b bookmarks it, then B sets its priority" }
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries["one"] = bookmark
            $0.unsavedChanges = [.add(bookmark)]
            $0.marks.undo.append(.init(itemId: "one", title: "Talk one", before: nil))
            $0.status = "Bookmarked: Talk one"
        }
        store.press(.char("B"), effects: [.persistBookmarkChange(.setPriority("one", .maybe))]) {
            $0.bookmarks.entries["one"]?.priority = .maybe
            $0.unsavedChanges.append(.setPriority("one", .maybe))
            $0.marks.undo.append(.init(itemId: "one", title: "Talk one", before: bookmark))
            $0.status = "Priority maybe; u undoes: Talk one"
        }
        var maybe = bookmark
        maybe.priority = .maybe
        let note = BookmarkChange.setNote("one", title: "Talk one", note: "go early")
        store.send(.noteEdited("one", "go early"), effects: [.persistBookmarkChange(note)]) {
            $0.bookmarks.entries["one"]?.note = "go early"
            $0.unsavedChanges.append(note)
            $0.marks.undo.append(.init(itemId: "one", title: "Talk one", before: maybe))
            $0.status = "Note saved: Talk one"
        }
        store.send(.noteEdited("one", "go early")) { $0.status = "Note unchanged: Talk one" }
        var noted = maybe
        noted.note = "go early"
        let cleared = BookmarkChange.setNote("one", title: "Talk one", note: nil)
        store.send(.noteEdited("one", nil), effects: [.persistBookmarkChange(cleared)]) {
            $0.bookmarks.entries["one"]?.note = nil
            $0.unsavedChanges.append(cleared)
            $0.marks.undo.append(.init(itemId: "one", title: "Talk one", before: noted))
            $0.status = "Removed the note; u brings it back: Talk one"
        }
        #expect(store.state.messages.entries == [
            "Not bookmarked: b bookmarks it, then B sets its priority", "Bookmarked: Talk one", "Priority maybe; u undoes: Talk one",
            "Note saved: Talk one", "Note unchanged: Talk one", "Removed the note; u brings it back: Talk one",
        ])
    }

    @Test func theNextKeyThatChangesTheViewClearsTheMessage() {
        var store = TestStore(Self.state())
        let bookmark = Bookmark(itemId: "one", title: "Talk one")
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries["one"] = bookmark
            $0.unsavedChanges = [.add(bookmark)]
            $0.marks.undo.append(.init(itemId: "one", title: "Talk one", before: nil))
            $0.status = "Bookmarked: Talk one"
        }
        // A key that changes nothing on screen leaves the message.
        store.press(.char("Z"))
        // Help opens: the view changed, the message goes (it stays in the log).
        store.press(.char("?")) {
            $0.overlay = .help(HelpFeature.State())
            $0.status = nil
        }
        store.press(.escape) { $0.overlay = nil }
        #expect(store.state.messages.entries == ["Bookmarked: Talk one"])
    }

    /// `s`, Enter, `r` and a move each clear a message; Esc clearing the search clears the match line.
    @Test func movesOverlaysAndClearingTheSearchClearTheMessage() {
        for key in [Key.char("s"), .enter, .char("r"), .char("j"), .tab] {
            var state = Self.state()
            _ = reduce(&state, .keyPressed(.char("b")))
            #expect(state.status == "Bookmarked: Talk one")
            _ = reduce(&state, .keyPressed(key))
            #expect(state.status == nil, "\(key) left \(state.status ?? "")")
        }
        var state = Self.state()
        state.applySearch("transformers")
        state.focus = .details
        _ = reduce(&state, .keyPressed(.char("n")))
        let match = state.status ?? ""
        #expect(match.hasPrefix("Match"), "\(match)")
        _ = reduce(&state, .keyPressed(.escape))
        #expect(!state.search.isActive)
        #expect(state.status == nil, "\(state.status ?? "")")
        #expect(state.messages.entries.last == match)
    }

    @Test func messagesListsEveryMessageAndClosesWithItsKeys() {
        var store = TestStore(Self.state())
        let long = "Could not save bookmarks: " + String(repeating: "a very long reason ", count: 20) + "the end"
        store.send(.bookmarks(.saveFailed(long))) { $0.status = long }
        store.send(.effectFinished(message: "Opening https://example.org/a-long/path")) { $0.status = "Opening https://example.org/a-long/path" }
        store.press(.char("M")) {
            $0.overlay = .messages(MessagesFeature.State())
            $0.status = nil
        }
        let area = store.state.layout.overlay
        let lines = MessagesFeature.lines(store.state.messages, width: MessagesFeature.textWidth(in: area))
        #expect(lines.joined(separator: " ").contains(long))
        #expect(lines.count < MessagesFeature.rows(in: area))
        // Fewer lines than rows: scrolling keeps the top at 0.
        store.press(.up) { $0.overlay = .messages(MessagesFeature.State(top: 0)) }
        store.press(.char("q")) { $0.overlay = nil }
        store.press(.char("M")) { $0.overlay = .messages(MessagesFeature.State()) }
        store.press(.escape) { $0.overlay = nil }
        store.press(.char("M")) { $0.overlay = .messages(MessagesFeature.State()) }
        store.press(.char("M")) { $0.overlay = nil }
        #expect(store.state.messages.entries == [long, "Opening https://example.org/a-long/path"])
    }

    @Test func aLongLogScrollsAndKeepsTheNewestAtTheEnd() {
        var state = State(corpus: Self.state().corpus, size: Size(width: 80, height: 24))
        for i in 1...60 { state.status = "message \(i)" }
        state.status = nil
        _ = reduce(&state, .keyPressed(.char("M")))
        let area = state.layout.overlay
        let lines = MessagesFeature.lines(state.messages, width: MessagesFeature.textWidth(in: area))
        let rows = MessagesFeature.rows(in: area)
        #expect(lines.count == 60 * 2 - 1 && lines.last == "message 60")
        _ = reduce(&state, .keyPressed(.home))
        #expect(state.messagesOverlay == MessagesFeature.State(top: 0))
        _ = reduce(&state, .keyPressed(.down))
        #expect(state.messagesOverlay == MessagesFeature.State(top: 1))
        _ = reduce(&state, .keyPressed(.end))
        #expect(state.messagesOverlay == MessagesFeature.State(top: lines.count - rows))
        var log = MessagesFeature.Log()
        for i in 0..<(MessagesFeature.Log.capacity + 5) { log.record("\(i)") }
        #expect(log.entries.count == MessagesFeature.Log.capacity && log.entries.last == "\(MessagesFeature.Log.capacity + 4)")
    }
}

/// The status line quotes a title as the lists show it: its LaTeX rendered.
@Suite struct BookmarkMessageTitleTests {
    @Test func aTitlesLaTeXIsRenderedInTheMessage() {
        var state = BookmarksFeature.State()
        let title = "Compression via $\\frac{\\ell_1}{\\ell_2}$ Regularized"
        let (_, added) = BookmarksFeature.reduce(&state, .toggled("x", title: title))
        #expect(added == "Bookmarked: Compression via ℓ₁/ℓ₂ Regularized")
        #expect(state.bookmarks["x"]?.title == title, "the bookmark keeps the title as written")
    }
}
