import Testing
@testable import LecternCore

/// Space marks items in the list; `b`, `B` and `x` act on the marked ones; `t` orders search
/// results by time. Each key goes through a `TestStore`.
@Suite struct MarkingReducerTests {
    static let corpus = ReducerTests.corpus
    static let talks = ReducerTests.talks(of: "deep-learning-architectures")
    static func id(_ row: Int) -> String { corpus.items[talks[row]].id }
    static func title(_ row: Int) -> String { corpus.items[talks[row]].title }

    /// The items pane focused, two talks marked with Space.
    static func twoMarked() -> TestStore {
        var store = ReducerTests.store()
        store.press(.char("l")) { $0.browse.focus = .items }
        store.press(.char(" ")) {
            $0.browse.marked = [id(0)]
            $0.browse.itemsCursor.selected = 1
            $0.status = "1 item marked: b, B and x act on them; Esc clears"
        }
        store.press(.char(" ")) {
            $0.browse.marked = [id(0), id(1)]
            $0.browse.itemsCursor.selected = 2
            $0.status = "2 items marked: b, B and x act on them; Esc clears"
        }
        return store
    }

    @Test func spaceMarksUnmarksAndMovesDownAndEscClearsTheMarksFirst() {
        var store = Self.twoMarked()
        store.press(.char("k")) {
            $0.browse.itemsCursor.selected = 1
            $0.status = nil
        }
        store.press(.char(" ")) {
            $0.browse.marked = [Self.id(0)]
            $0.browse.itemsCursor.selected = 2
            $0.status = "1 item marked: b, B and x act on them; Esc clears"
        }
        // Esc clears the marks and stays in the items pane; the next Esc goes back as before.
        store.press(.escape) {
            $0.browse.marked = []
            $0.status = "Cleared the marks"
        }
        store.press(.escape) {
            $0.browse.focus = .sessions
            $0.status = nil
        }
    }

    @Test func bOnMarkedItemsBookmarksThemAllAndOneUUndoesThem() {
        var store = Self.twoMarked()
        let a = Bookmark(itemId: Self.id(0), title: Self.title(0))
        let b = Bookmark(itemId: Self.id(1), title: Self.title(1))
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(a)), .persistBookmarkChange(.add(b))]) {
            $0.bookmarks.entries = [a.itemId: a, b.itemId: b]
            $0.unsavedChanges = [.add(a), .add(b)]
            $0.marks.undo = [.init(itemId: a.itemId, title: a.title, before: nil, group: 1), .init(itemId: b.itemId, title: b.title, before: nil, group: 1)]
            $0.status = "Bookmarked 2 marked items; u undoes all 2"
        }
        // B cycles the priority of both.
        let changes: [BookmarkChange] = [.setPriority(a.itemId, .maybe), .setPriority(b.itemId, .maybe)]
        store.press(.char("B"), effects: changes.map(Effect.persistBookmarkChange)) {
            $0.bookmarks.entries[a.itemId]?.priority = .maybe
            $0.bookmarks.entries[b.itemId]?.priority = .maybe
            $0.unsavedChanges += changes
            $0.marks.undo += [.init(itemId: a.itemId, title: a.title, before: a, group: 2), .init(itemId: b.itemId, title: b.title, before: b, group: 2)]
            $0.status = "Cycled the priority of 2 marked bookmarks; u undoes all 2"
        }
        // One u undoes what one key did to the marked items, the last item first.
        store.press(.char("u"), effects: [.persistBookmarkChange(.restore(b)), .persistBookmarkChange(.restore(a))]) {
            $0.bookmarks.entries = [a.itemId: a, b.itemId: b]
            $0.unsavedChanges += [.restore(b), .restore(a)]
            $0.marks.undo.removeLast(2)
            $0.status = "Undone the changes to 2 marked items (u undoes 2 more)"
        }
        store.press(.char("u"), effects: [.persistBookmarkChange(.remove(b.itemId)), .persistBookmarkChange(.remove(a.itemId))]) {
            $0.bookmarks.entries = [:]
            $0.unsavedChanges += [.remove(b.itemId), .remove(a.itemId)]
            $0.marks.undo = []
            $0.status = "Undone the changes to 2 marked items"
        }
        // A single b on one talk, then b on both: only the other is bookmarked, in a group of its own.
        store.press(.char("k")) {
            $0.browse.itemsCursor.selected = 1
            $0.status = nil
        }
        store.press(.escape) {
            $0.browse.marked = []
            $0.status = "Cleared the marks"
        }
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(b))]) {
            $0.bookmarks.entries[b.itemId] = b
            $0.unsavedChanges.append(.add(b))
            $0.marks.undo = [.init(itemId: b.itemId, title: b.title, before: nil)]
            $0.status = "Bookmarked: \(b.title)"
        }
        store.press(.char(" ")) {
            $0.browse.marked = [b.itemId]
            $0.browse.itemsCursor.selected = 2
            $0.status = "1 item marked: b, B and x act on them; Esc clears"
        }
        store.press(.char("k")) {
            $0.browse.itemsCursor.selected = 1
            $0.status = nil
        }
        store.press(.char("k")) { $0.browse.itemsCursor.selected = 0 }
        store.press(.char(" ")) {
            $0.browse.marked = [a.itemId, b.itemId]
            $0.browse.itemsCursor.selected = 1
            $0.status = "2 items marked: b, B and x act on them; Esc clears"
        }
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(a))]) {
            $0.bookmarks.entries[a.itemId] = a
            $0.unsavedChanges.append(.add(a))
            $0.marks.undo.append(.init(itemId: a.itemId, title: a.title, before: nil, group: 1))
            $0.status = "Bookmarked 1 marked item; u undoes it"
        }
        // Both are bookmarked: b removes both.
        store.press(.char("b"), effects: [.persistBookmarkChange(.remove(a.itemId)), .persistBookmarkChange(.remove(b.itemId))]) {
            $0.bookmarks.entries = [:]
            $0.unsavedChanges += [.remove(a.itemId), .remove(b.itemId)]
            $0.marks.undo += [.init(itemId: a.itemId, title: a.title, before: a, group: 2), .init(itemId: b.itemId, title: b.title, before: b, group: 2)]
            $0.status = "Removed the bookmarks of 2 marked items; u undoes all 2"
        }
        // With nothing bookmarked, B says so and changes nothing.
        store.press(.char("B")) {
            $0.status = "None of the marked items is bookmarked: b bookmarks them, then B sets their priority"
        }
        // u brings both back, the next u undoes the marked b that bookmarked one, and the last the
        // plain b.
        store.press(.char("u"), effects: [.persistBookmarkChange(.restore(b)), .persistBookmarkChange(.restore(a))]) {
            $0.bookmarks.entries = [a.itemId: a, b.itemId: b]
            $0.unsavedChanges += [.restore(b), .restore(a)]
            $0.marks.undo.removeLast(2)
            $0.status = "Undone the changes to 2 marked items (u undoes 2 more)"
        }
        store.press(.char("u"), effects: [.persistBookmarkChange(.remove(a.itemId))]) {
            $0.bookmarks.entries[a.itemId] = nil
            $0.unsavedChanges.append(.remove(a.itemId))
            $0.marks.undo.removeLast()
            $0.status = "Undone the change to 1 marked item (u undoes 1 more)"
        }
        store.press(.char("u"), effects: [.persistBookmarkChange(.remove(b.itemId))]) {
            $0.bookmarks.entries = [:]
            $0.unsavedChanges.append(.remove(b.itemId))
            $0.marks.undo = []
            $0.status = "Undone, not bookmarked: \(b.title)"
        }
    }

    @Test func anotherSessionOrANewSearchClearsTheMarks() {
        var store = Self.twoMarked()
        store.press(.char("h")) {
            $0.browse.focus = .sessions
            $0.status = nil
        }
        store.press(.char("j")) {
            $0.browse.sessionsCursor.selected = 1
            $0.browse.itemsCursor = ListCursor()
            $0.browse.visibleItems = ReducerTests.talks(of: "deep-learning-algorithms-1")
            $0.browse.marked = []
        }
        // Typing a query is a new list: the marks go.
        var state = Self.twoMarked().state
        _ = reduce(&state, .keyPressed(.char("/")))
        _ = reduce(&state, .keyPressed(.char("a")))
        #expect(state.search.results != nil)
        #expect(state.browse.marked.isEmpty)
    }

    @Test func theExportPromptTakesTheMarkedItems() {
        var state = Self.twoMarked().state
        _ = reduce(&state, .keyPressed(.char("x")))
        guard case .export(let prompt)? = state.overlay else { Issue.record("no export prompt"); return }
        #expect(prompt.input.items.map(\.id) == [Self.id(0), Self.id(1)])
        #expect(ExportRunner.input(for: state).baseName == "lectern-marked")
    }

    @Test func tOrdersSearchResultsByTimeWithPapersLastAndBack() {
        var store = ReducerTests.store()
        var state = store.state
        state.applySearch("learning")
        let results = state.search.results ?? []
        let starts = results.map { Self.corpus.items[$0].start }
        #expect(starts.contains(nil) && starts.contains { $0 != nil }, "talks and papers both match")
        store = TestStore(state)
        let selected = state.selectedItem?.id
        let timed = results.filter { Self.corpus.items[$0].start != nil }
        let byTime = timed.sorted { (Self.corpus.items[$0].start!, timed.firstIndex(of: $0)!) < (Self.corpus.items[$1].start!, timed.firstIndex(of: $1)!) }
            + results.filter { Self.corpus.items[$0].start == nil }
        store.press(.char("t")) {
            $0.browse.resultsByTime = true
            $0.browse.visibleItems = byTime
            $0.browse.itemsCursor.select(byTime.firstIndex { Self.corpus.items[$0].id == selected } ?? 0, count: byTime.count, visible: $0.layout.visibleEntries(of: .items))
            $0.status = "Results by time"
        }
        #expect(store.state.selectedItem?.id == selected, "the selection stays on its item")
        store.press(.char("t")) {
            $0.browse.resultsByTime = false
            $0.browse.visibleItems = results
            $0.browse.itemsCursor.select(0, count: results.count, visible: $0.layout.visibleEntries(of: .items))
            $0.status = "Results by relevance"
        }
    }
}

extension MarkingReducerTests {
    @Test func spaceInTheDetailsMarksTheTalkAndOpensTheNext() {
        var store = ReducerTests.store()
        store.press(.char("l")) { $0.browse.focus = .items }
        store.press(.char("l")) { $0.browse.focus = .details }
        store.press(.char(" ")) {
            $0.browse.marked = [Self.id(0)]
            $0.browse.itemsCursor.selected = 1
            $0.status = "1 item marked: b, B and x act on them; Esc clears"
        }
        // Esc in the details goes back to the list, where the next Esc clears the marks.
        store.press(.escape) {
            $0.browse.focus = .items
            $0.status = nil
        }
        store.press(.escape) {
            $0.browse.marked = []
            $0.status = "Cleared the marks"
        }
    }
}
