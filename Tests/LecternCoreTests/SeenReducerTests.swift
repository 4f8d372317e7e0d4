import Foundation
import Testing
@testable import LecternCore
import LecternStorage

/// Seen and unseen (an item is seen once its details have the focus; `A` marks the list), changed
/// bookmarks flagged until seen, and `P` merging a shared plan. Each key goes through a `TestStore`.
@Suite struct SeenReducerTests {
    static let corpus = ReducerTests.corpus
    static let talks = ReducerTests.talks(of: "deep-learning-architectures")
    static func id(_ row: Int) -> String { corpus.items[talks[row]].id }
    static func title(_ row: Int) -> String { corpus.items[talks[row]].title }
    static var listed: [String] { talks.map { corpus.items[$0].id } }

    /// The seen file read (holding `seen`), the items pane focused on the first session.
    static func tracking(_ seen: SeenItems = SeenItems(), environment: Environment = Environment()) -> TestStore {
        var store = TestStore(State(corpus: corpus, size: Size(width: 100, height: 30), environment: environment))
        store.send(.seen(.loaded(seen, warning: nil))) {
            $0.seen.seen = seen
            $0.seen.tracking = true
        }
        store.press(.char("l")) { $0.browse.focus = .items }
        return store
    }

    @Test func theDetailsGettingTheFocusMarkTheItemSeenOnceAndTheSaveGivesItsTime() {
        var store = Self.tracking()
        store.press(.char("l"), effects: [.persistSeenChange(.seen([Self.id(0)]))]) {
            $0.browse.focus = .details
            $0.seen.seen.items = [Self.id(0): ""]
        }
        let saved = SeenItems(items: [Self.id(0): "2026-12-03T10:00:00Z"])
        store.send(.seen(.saved(saved))) { $0.seen.seen = saved }
        // Seen already: back and forth writes nothing.
        store.press(.char("h")) { $0.browse.focus = .items }
        store.press(.char("l")) { $0.browse.focus = .details }
    }

    @Test func nothingIsMarkedSeenBeforeTheFileIsRead() {
        var store = ReducerTests.store()
        store.press(.char("l")) { $0.browse.focus = .items }
        store.press(.char("l")) { $0.browse.focus = .details }
        #expect(store.state.seen.seen.count == 0)
        #expect(!store.state.seen.isUnseen(Self.id(0)))
    }

    @Test func aMarksTheListSeenInOneWriteThenUnseenAndUUndoesEachInTurn() {
        var store = Self.tracking(SeenItems(items: [Self.id(0): "2026-12-01T09:00:00Z"]))
        let rest = Array(Self.listed.dropFirst())
        var before: [String: String?] = [:]
        for id in rest { before[id] = .some(nil) }
        store.press(.char("A"), effects: [.persistSeenChange(.seen(rest))]) {
            for id in rest { $0.seen.seen.items[id] = "" }
            $0.seen.undo = [.init(before: before, place: .init([]))]
            $0.status = "Marked \(rest.count) items seen; u undoes it"
        }
        // All seen: A marks them all unseen.
        var seenBefore: [String: String?] = [Self.id(0): "2026-12-01T09:00:00Z"]
        for id in rest { seenBefore[id] = "" }
        store.press(.char("A"), effects: [.persistSeenChange(.unseen(Self.listed))]) {
            $0.seen.seen.items = [:]
            $0.seen.undo.append(.init(before: seenBefore, place: .init([])))
            $0.status = "Marked \(Self.listed.count) items unseen; u undoes it"
        }
        store.press(.char("u"), effects: [.persistSeenChange(.restore(seenBefore))]) {
            $0.seen.seen.items = seenBefore.compactMapValues { $0 }
            $0.seen.undo.removeLast()
            $0.status = "Undone: \(Self.listed.count) items seen again"
        }
        store.press(.char("u"), effects: [.persistSeenChange(.restore(before))]) {
            $0.seen.seen.items = [Self.id(0): "2026-12-01T09:00:00Z"]
            $0.seen.undo = []
            $0.status = "Undone: \(rest.count) items unseen again"
        }
        store.press(.char("u")) { $0.status = "Nothing to undo" }
    }

    @Test func uUndoesTheLatestChangeWhetherABookmarkOrAnA() {
        var store = Self.tracking()
        let bookmark = Bookmark(itemId: Self.id(0), title: Self.title(0))
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries = [bookmark.itemId: bookmark]
            $0.unsavedChanges = [.add(bookmark)]
            $0.marks.undo = [.init(itemId: bookmark.itemId, title: bookmark.title, before: nil)]
            $0.status = "Bookmarked: \(Self.title(0))"
        }
        let place = SeenFeature.UndoPlace(store.state.marks.undo)
        var before: [String: String?] = [:]
        for id in Self.listed { before[id] = .some(nil) }
        store.press(.char("A"), effects: [.persistSeenChange(.seen(Self.listed))]) {
            for id in Self.listed { $0.seen.seen.items[id] = "" }
            $0.seen.undo = [.init(before: before, place: place)]
            $0.status = "Marked \(Self.listed.count) items seen; u undoes it"
        }
        // The A came last: u undoes it, and the next u the bookmark.
        store.press(.char("u"), effects: [.persistSeenChange(.restore(before))]) {
            $0.seen.seen.items = [:]
            $0.seen.undo = []
            $0.status = "Undone: \(Self.listed.count) items unseen again"
        }
        store.press(.char("u"), effects: [.persistBookmarkChange(.remove(bookmark.itemId))]) {
            $0.bookmarks.entries = [:]
            $0.unsavedChanges = [.add(bookmark), .remove(bookmark.itemId)]
            $0.marks.undo = []
            $0.status = "Undone, not bookmarked: \(Self.title(0))"
        }
    }

    @Test func isSeenAndIsUnseenSplitTheCorpus() {
        var state = State(corpus: Self.corpus)
        state.seen = SeenFeature.State(seen: SeenItems(items: [Self.id(0): "", Self.id(2): ""]), tracking: true)
        state.applySearch("is:seen")
        #expect(Set(state.visibleItems.map { Self.corpus.items[$0].id }) == [Self.id(0), Self.id(2)])
        state.applySearch("is:unseen")
        #expect(state.visibleItems.count == Self.corpus.items.count - 2)
        #expect(!state.visibleItems.contains(Self.talks[0]))
        state.applySearch("is:unseen -is:seen")
        #expect(state.visibleItems.count == Self.corpus.items.count - 2)
    }

    @Test func aChangedBookmarkIsFlaggedUntilSeenAfterTheChangeWasRecorded() throws {
        let old = Self.corpus
        var new = old
        let k = Self.talks[0]
        let start = try #require(new.items[k].start)
        new.items[k].start = Timestamp(epochSeconds: start.epochSeconds + 3600, utcOffsetSeconds: start.utcOffsetSeconds)
        let changes = ScheduleChange.between(old, new)
        let change = try #require(changes.first { $0.id == Self.id(0) })
        let at = try #require(Timestamp(iso8601: "2026-12-03T10:00:00Z"))
        let plan = PlanFacts(changes: [change.id: change], recorded: [change.id: at])
        #expect(plan.unseenChange(of: change.id, seen: SeenItems()) == change)
        #expect(plan.unseenChange(of: change.id, seen: SeenItems(items: [change.id: "2026-12-03T09:59:59Z"])) == change)
        #expect(plan.unseenChange(of: change.id, seen: SeenItems(items: [change.id: "2026-12-03T10:00:00Z"])) == nil)
        // Seen in this session, not saved yet: seen after the change.
        #expect(plan.unseenChange(of: change.id, seen: SeenItems(items: [change.id: ""])) == nil)
        #expect(plan.flag(of: change.id, seen: SeenItems())?.hasPrefix("MOVED") == true)
        // No record time: flagged until seen at all.
        let untimed = PlanFacts(changes: [change.id: change])
        #expect(untimed.unseenChange(of: change.id, seen: SeenItems(items: [change.id: "2000-01-01T00:00:00Z"])) == nil)
    }

    static func alexPlan() -> SharedPlan {
        SharedPlan(name: "Alex", source: "alex.json", sourceFormat: "lectern JSON export", entries: [
            .init(id: id(0), title: title(0), priority: nil),
            .init(id: id(1), title: title(1), priority: .maybe),
            .init(id: id(2), title: title(2), priority: nil),
        ], unmatched: [])
    }

    @Test func pAsksThenAddsWhatThePlanAddsAndOneUUndoesIt() {
        let plan = Self.alexPlan()
        var environment = Environment()
        environment.plan = PlanFacts(owners: Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.id, ["Alex"]) }), plans: [plan])
        var store = Self.tracking(environment: environment)
        let mine = Bookmark(itemId: Self.id(0), title: Self.title(0), priority: .maybe)
        store.send(.bookmarks(.loaded(Bookmarks(entries: [mine.itemId: mine]), warning: nil))) {
            $0.bookmarks.entries = [mine.itemId: mine]
        }
        // The same additions `lectern bookmarks merge` makes: yours is kept, the rest added.
        let added = plan.additions(to: store.state.bookmarks)
        #expect(added.map(\.itemId) == [Self.id(1), Self.id(2)])
        #expect(added.map(\.priority) == [.maybe, .mustSee])
        store.press(.char("P"), asks: .mergePlan("Alex", added))
        #expect(store.state.status == "Add 2 items from Alex's plan? y/n")
        store.press(.char("n")) {
            $0.overlay = nil
            $0.status = "Not merged: your bookmarks are as they were (Alex's plan is kept)"
        }
        store.press(.char("P"), asks: .mergePlan("Alex", added))
        store.press(.char("y"), effects: added.map { .persistBookmarkChange(.add($0)) }) {
            $0.overlay = nil
            for b in added { $0.bookmarks.entries[b.itemId] = b }
            $0.unsavedChanges = added.map { .add($0) }
            $0.marks.undo = added.map { .init(itemId: $0.itemId, title: $0.title, before: nil, group: 1, plan: "Alex") }
            $0.status = "Added 2 items from Alex's plan to your bookmarks; u undoes all 2"
        }
        store.press(.char("u"), effects: added.reversed().map { .persistBookmarkChange(.remove($0.itemId)) }) {
            $0.bookmarks.entries = [mine.itemId: mine]
            $0.unsavedChanges += added.reversed().map { .remove($0.itemId) }
            $0.marks.undo = []
            $0.status = "Undone the merge of Alex's plan: 2 bookmarks removed"
        }
    }

    @Test func pWithoutASharedPlanSaysHowToImportOne() {
        var store = Self.tracking()
        store.press(.char("P")) { $0.status = "No shared plan is imported: lectern bookmarks import FILE reads one" }
    }
}

/// `seen.json` is kept by the same store as the bookmarks: merged under a lock, a corrupt file moved aside.
@Suite struct SeenStoreTests {
    func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "lectern-seen-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func seenFileLivesBesideTheBookmarks() {
        let env = ["XDG_DATA_HOME": "/data"]
        #expect(SeenStore.defaultURL(environment: env).path == "/data/lectern/seen.json")
        #expect(SeenStore.defaultURL(environment: env).deletingLastPathComponent() == BookmarkStore.defaultURL(environment: env).deletingLastPathComponent())
    }

    @Test func markingManyIsOneWriteAndTwoStoresMerge() throws {
        let url = URL(fileURLWithPath: try tempDir() + "/seen.json")
        let one = SeenStore(url: url), two = SeenStore(url: url)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try one.update([.seen(["a", "b", "c"])], now: now)
        _ = try two.update([.unseen(["b"])], now: now)
        let (seen, warning) = try SeenStore(url: url).load()
        #expect(warning == nil)
        #expect(seen.items == ["a": "2027-01-15T08:00:00+00:00", "c": "2027-01-15T08:00:00+00:00"])
        #expect(seen.seenAt("a")?.epochSeconds == 1_800_000_000)
    }

    @Test func aCorruptSeenFileIsMovedAsideByteForByte() throws {
        let dir = try tempDir()
        let path = dir + "/seen.json"
        let bytes = Data("{\"version\": 1, \"items\": [".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        let (seen, warning) = try SeenStore(url: URL(fileURLWithPath: path)).load()
        #expect(seen.count == 0)
        let message = try #require(warning)
        #expect(message.contains("seen.json could not be read"))
        #expect(message.contains("lectern goes on with no items seen"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("seen.json.corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/" + aside[0])) == bytes)
    }
}
