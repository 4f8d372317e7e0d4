import Testing
@testable import LecternCore

/// The reducer's changes stated whole: each test fails on any change it does not assert.
@Suite struct StoreTests {
    static let corpus: Corpus = CopyConfirmationTests.stateOnATalk().corpus

    static func saved(_ bookmark: Bookmark) -> Bookmarks {
        var b = Bookmarks()
        b.entries[bookmark.itemId] = bookmark
        return b
    }

    static func store() -> TestStore {
        TestStore(CopyConfirmationTests.stateOnATalk())
    }

    @Test func copyAsksThenCopiesOnYes() {
        var store = Self.store()
        let question = ConfirmFeature.Question.copy("A Talk [talk]")
        store.press(.char("y"), asks: question)
        #expect(question.prompt.contains("y/n"))
        store.press(.char("y"), effects: [.copyToClipboard("A Talk [talk]")]) {
            $0.overlay = nil
            $0.status = nil
        }
    }

    @Test func aQuestionIsTheOnlyOverlayAndAnyOtherKeyAnswersNo() {
        var store = Self.store()
        store.press(.char("y"), asks: .copy("A Talk [talk]"))
        // `?` would open help; while the question waits it answers no, and nothing else happens.
        store.press(.char("?")) {
            $0.overlay = nil
            $0.status = "Not copied"
        }
    }

    @Test func bookmarkingSavesTheChangeAndSaysSo() {
        var store = Self.store()
        let bookmark = Bookmark(itemId: "talk", title: "A Talk")
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries["talk"] = bookmark
            $0.unsavedChanges = [.add(bookmark)]
            $0.marks.undo = [Self.added]
            $0.status = "Bookmarked: A Talk"
        }
        store.send(.bookmarks(.saved(Self.saved(bookmark)))) { $0.unsavedChanges = [] }
        store.press(.char("b"), effects: [.persistBookmarkChange(.remove("talk"))]) {
            $0.bookmarks.entries["talk"] = nil
            $0.unsavedChanges = [.remove("talk")]
            $0.marks.undo = [Self.added, .init(itemId: "talk", title: "A Talk", before: bookmark)]
            $0.status = "Removed bookmark (must see); u brings it back: A Talk"
        }
    }

    static let added = BookmarksFeature.Undo(itemId: "talk", title: "A Talk", before: nil)

    @Test func unbookmarkingANotedTalkCanBeUndone() {
        let noted = Bookmark(itemId: "talk", title: "A Talk", priority: .maybe, note: "go early")
        var state = CopyConfirmationTests.stateOnATalk()
        state.bookmarks = Self.saved(noted)
        var store = TestStore(state)
        let removed = BookmarksFeature.Undo(itemId: "talk", title: "A Talk", before: noted)
        store.press(.char("b"), effects: [.persistBookmarkChange(.remove("talk"))]) {
            $0.bookmarks.entries["talk"] = nil
            $0.unsavedChanges = [.remove("talk")]
            $0.marks.undo = [removed]
            $0.status = "Removed bookmark (maybe) and its note; u brings them back: A Talk"
        }
        store.press(.char("u"), effects: [.persistBookmarkChange(.restore(noted))]) {
            $0.bookmarks.entries["talk"] = noted
            $0.unsavedChanges = [.remove("talk"), .restore(noted)]
            $0.marks.undo = []
            $0.status = "Restored: A Talk"
        }
        store.press(.char("u")) { $0.status = "Nothing to undo" }
    }

    @Test func undoGoesBackSeveralChangesTheLastFirst() {
        var store = Self.store()
        let bookmark = Bookmark(itemId: "talk", title: "A Talk")
        let maybe = Bookmark(itemId: "talk", title: "A Talk", priority: .maybe)
        let noted = Bookmark(itemId: "talk", title: "A Talk", priority: .maybe, note: "go early")
        let note = BookmarkChange.setNote("talk", title: "A Talk", note: "go early")
        let cleared = BookmarkChange.setNote("talk", title: "A Talk", note: nil)
        var undo = [Self.added]
        var unsaved: [BookmarkChange] = [.add(bookmark)]
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries["talk"] = bookmark
            $0.unsavedChanges = unsaved
            $0.marks.undo = undo
            $0.status = "Bookmarked: A Talk"
        }
        undo.append(.init(itemId: "talk", title: "A Talk", before: bookmark))
        unsaved.append(.setPriority("talk", .maybe))
        store.press(.char("B"), effects: [.persistBookmarkChange(.setPriority("talk", .maybe))]) {
            $0.bookmarks.entries["talk"] = maybe
            $0.unsavedChanges = unsaved
            $0.marks.undo = undo
            $0.status = "Priority maybe; u undoes: A Talk"
        }
        undo.append(.init(itemId: "talk", title: "A Talk", before: maybe))
        unsaved.append(note)
        store.send(.noteEdited("talk", "go early"), effects: [.persistBookmarkChange(note)]) {
            $0.bookmarks.entries["talk"] = noted
            $0.unsavedChanges = unsaved
            $0.marks.undo = undo
            $0.status = "Note saved: A Talk"
        }
        // An editor closed on the same note changes nothing, and nothing is recorded to undo.
        store.send(.noteEdited("talk", "go early")) { $0.status = "Note unchanged: A Talk" }
        undo.append(.init(itemId: "talk", title: "A Talk", before: noted))
        unsaved.append(cleared)
        store.send(.noteEdited("talk", nil), effects: [.persistBookmarkChange(cleared)]) {
            $0.bookmarks.entries["talk"] = maybe
            $0.unsavedChanges = unsaved
            $0.marks.undo = undo
            $0.status = "Removed the note; u brings it back: A Talk"
        }
        for (before, status) in [(noted, "Restored (u undoes 3 more): A Talk"), (maybe, "Restored (u undoes 2 more): A Talk"),
                                 (bookmark, "Restored (u undoes 1 more): A Talk")] {
            undo.removeLast()
            unsaved.append(.restore(before))
            store.press(.char("u"), effects: [.persistBookmarkChange(.restore(before))]) {
                $0.bookmarks.entries["talk"] = before
                $0.unsavedChanges = unsaved
                $0.marks.undo = undo
                $0.status = status
            }
        }
        unsaved.append(.remove("talk"))
        store.press(.char("u"), effects: [.persistBookmarkChange(.remove("talk"))]) {
            $0.bookmarks.entries["talk"] = nil
            $0.unsavedChanges = unsaved
            $0.marks.undo = []
            $0.status = "Undone, not bookmarked: A Talk"
        }
    }

    @Test func aChangeMadeElsewhereIsMergedUnderTheUnsavedOnes() {
        var store = Self.store()
        let bookmark = Bookmark(itemId: "talk", title: "A Talk")
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries["talk"] = bookmark
            $0.unsavedChanges = [.add(bookmark)]
            $0.marks.undo = [Self.added]
            $0.status = "Bookmarked: A Talk"
        }
        // Another lectern noted another talk; the unsaved bookmark here stays.
        let other = Bookmark(itemId: "other", title: "Other", priority: .maybe, note: "from the shell")
        let disk = Self.saved(other)
        store.send(.bookmarksChangedOnDisk(disk)) {
            $0.bookmarks.entries["other"] = other
        }
    }

    @Test func quittingWithAChangeThatCouldNotBeSavedAsksFirst() {
        var store = Self.store()
        let bookmark = Bookmark(itemId: "talk", title: "A Talk")
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries["talk"] = bookmark
            $0.unsavedChanges = [.add(bookmark)]
            $0.marks.undo = [Self.added]
            $0.status = "Bookmarked: A Talk"
        }
        store.send(.bookmarks(.saveFailed("Could not save bookmarks: disk full"))) { $0.status = "Could not save bookmarks: disk full" }
        let question = ConfirmFeature.Question.quitUnsaved(1)
        store.press(.char("q"), asks: question)
        store.press(.char("n")) {
            $0.overlay = nil
            $0.status = "Not quitting: the changes are retried with the next one"
        }
        store.press(.char("q"), asks: question)
        store.press(.char("y"), effects: [.quit]) {
            $0.overlay = nil
            $0.status = nil
        }
    }

    @Test func quittingWithEverythingSavedDoesNotAsk() {
        var store = Self.store()
        store.press(.char("q"), effects: [.quit])
    }

    @Test func helpOpensFiltersAndClosesWithTheKeysOfItsTable() {
        var store = Self.store()
        store.press(.char("?")) { $0.overlay = .help(HelpFeature.State()) }
        var filtering = HelpFeature.State()
        filtering.filtering = true
        store.press(.char("/")) { $0.overlay = .help(filtering) }
        // While the filter is typed, q is a letter of it.
        var filtered = filtering
        filtered.filter = "q"
        store.press(.char("q")) { $0.overlay = .help(filtered) }
        store.press(.backspace) { $0.overlay = .help(filtering) }
        store.press(.char("b")) { $0.overlay = .help(filtered) ; $0.overlay = .help({ var h = filtering; h.filter = "b"; return h }()) }
        // Enter keeps the filter; then q closes help.
        store.press(.enter) { $0.overlay = .help({ var h = HelpFeature.State(); h.filter = "b"; return h }()) }
        store.press(.char("q")) { $0.overlay = nil }
        // Esc while filtering clears the filter; Esc again closes.
        store.press(.char("?")) { $0.overlay = .help(HelpFeature.State()) }
        store.press(.char("/")) { $0.overlay = .help(filtering) }
        store.press(.char("x")) { $0.overlay = .help({ var h = filtering; h.filter = "x"; return h }()) }
        store.press(.escape) { $0.overlay = .help(HelpFeature.State()) }
        store.press(.escape) { $0.overlay = nil }
    }

    @Test func helpListsEveryKeyBySectionTheMostUsedFirst() {
        let sections = HelpFeature.sections(.defaults, filter: "")
        #expect(sections.first?.title.hasPrefix("On a talk or paper") == true)
        let first = Set(sections.first?.bindings.flatMap(\.keys) ?? [])
        for c in "bBenNoyra" { #expect(first.contains(.char(c)), "\(c) is not in the first section") }
        // Every binding is listed, once.
        #expect(sections.flatMap(\.bindings).count == KeyMap.defaults.bindings.count)
        #expect(Set(sections.flatMap(\.bindings)) == Set(KeyMap.defaults.bindings))
        #expect(sections.map(\.title).contains("In the search bar, while typing (/)"))
        #expect(sections.map(\.title).contains("When a question waits (y/n)"))
    }

    @Test func openingTheScheduleReplacesAnyOtherOverlay() {
        var store = Self.store()
        store.press(.char("?")) { $0.overlay = .help(HelpFeature.State()) }
        store.press(.escape) { $0.overlay = nil }
        let days = ScheduleModel.days(corpus: Self.corpus, catalog: Catalog(corpus: Self.corpus))
        store.press(.char("s")) {
            $0.derived.schedule = days
            $0.overlay = .schedule(ScheduleFeature.open(days: days, now: nil, selected: 0)!)
        }
        store.press(.char("s")) { $0.overlay = nil }
    }

    @Test func searchIsTimedWithTheEnvironmentsClock() {
        let ticks = Ticks()
        var state = CopyConfirmationTests.stateOnATalk()
        state.environment.clock = { ticks.next() }
        var store = TestStore(state)
        store.press(.char("/")) {
            $0.browse.focus = .search
            $0.search.editing = true
        }
        store.press(.char("t")) {
            $0.search.query = "t"
            $0.search.cursor = 1
            $0.search.results = [0]
            $0.search.elapsedMicroseconds = 1500
            $0.browse.visibleItems = [0]
        }
    }
}

/// A clock that advances 1.5 ms at every reading.
final class Ticks: @unchecked Sendable {
    private var now: UInt64 = 0
    func next() -> UInt64 {
        now += 1_500_000
        return now
    }
}
