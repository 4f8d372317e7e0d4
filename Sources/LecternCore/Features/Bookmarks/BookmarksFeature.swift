/// Bookmarks, their priority and notes, as the explorer changes them: each change is applied at
/// once and handed to the store as a `BookmarkChange` to merge into the file; each one the user
/// made can be undone with `u`, the last first.
public enum BookmarksFeature {
    /// The bookmarks as last loaded or saved (with changes not yet saved applied), and what `u` undoes.
    public struct State: Equatable, Sendable {
        public var bookmarks = Bookmarks()
        /// The user's changes, the last at the end: how to put each one back.
        public var undo: [Undo] = []
        /// How many changes `u` can undo, at most.
        public static let undoDepth = 100

        public init(bookmarks: Bookmarks = Bookmarks(), undo: [Undo] = []) {
            self.bookmarks = bookmarks
            self.undo = undo
        }
    }

    /// One change the user made, as undoing it needs: the item's bookmark before it (nil: none).
    public struct Undo: Equatable, Sendable {
        public var itemId: String
        public var title: String
        public var before: Bookmark?
        /// Changes made by one key on marked items share a group: one `u` undoes them all.
        public var group: Int?
        /// Whose shared plan the change merged in (`P`), if that is what it was.
        public var plan: String?

        public init(itemId: String, title: String, before: Bookmark?, group: Int? = nil, plan: String? = nil) {
            self.itemId = itemId
            self.title = title
            self.before = before
            self.group = group
            self.plan = plan
        }

        /// The change that puts the bookmark back as it was.
        public var change: BookmarkChange { before.map { .restore($0) } ?? .remove(itemId) }
    }

    /// An item a bulk action acts on: its id and title.
    public struct Target: Equatable, Sendable {
        public var id: String
        public var title: String
        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    public enum Action: Equatable, Sendable {
        /// `b` on an item (its id and title).
        case toggled(String, title: String)
        case priorityCycled(String)
        /// `b` with marked items: those not bookmarked are bookmarked; when all are, all are removed.
        case toggledAll([Target])
        /// `B` with marked items: the priority of each bookmarked one cycles.
        case priorityCycledAll([Target])
        /// A shared plan (its owner's name) merged in: these bookmarks are added, one `u` takes them all back.
        case planMerged(String, [Bookmark])
        /// The editor closed on an item's note (nil: cleared).
        case noteEdited(String, title: String, note: String?)
        /// `u`: the last change is undone.
        case undone
        /// The file as read at start-up, with a warning to show (a corrupt file set aside).
        case loaded(Bookmarks, warning: String?)
        /// The file as written after a change (other processes' changes merged in).
        case saved(Bookmarks)
        /// The file as another process left it, with the changes not yet saved here applied on top.
        case changedOnDisk(Bookmarks, unsaved: [BookmarkChange])
        case saveFailed(String)
    }

    /// The effects of `action`, and the status line's message after it, if any.
    /// A title as the status line quotes it: its LaTeX rendered, as the lists show it.
    static func shown(_ title: String) -> String { LaTeXCleaner.clean(title) }

    public static func reduce(_ state: inout State, _ action: Action) -> (effects: [Effect], status: String?) {
        switch action {
        case .toggled(let id, let title):
            let before = state.bookmarks[id]
            let change: BookmarkChange = before != nil ? .remove(id) : .add(Bookmark(itemId: id, title: title))
            record(change, on: id, title: title, in: &state)
            guard let before else { return ([.persistBookmarkChange(change)], "Bookmarked: \(shown(title))") }
            let what = before.nonEmptyNote == nil ? "bookmark (\(before.priority.label)); u brings it back"
                : "bookmark (\(before.priority.label)) and its note; u brings them back"
            return ([.persistBookmarkChange(change)], "Removed \(what): \(shown(title))")
        case .priorityCycled(let id):
            guard let b = state.bookmarks[id] else { return ([], "Not bookmarked: b bookmarks it, then B sets its priority") }
            let change = BookmarkChange.setPriority(id, b.priority.next)
            record(change, on: id, title: b.title, in: &state)
            return ([.persistBookmarkChange(change)], "Priority \(b.priority.next.label); u undoes: \(shown(b.title))")
        case .toggledAll(let targets):
            let remove = targets.allSatisfy { state.bookmarks[$0.id] != nil }
            let group = newGroup(state)
            var effects: [Effect] = []
            for t in targets where (state.bookmarks[t.id] != nil) == remove {
                let change: BookmarkChange = remove ? .remove(t.id) : .add(Bookmark(itemId: t.id, title: t.title))
                if record(change, on: t.id, title: t.title, group: group, in: &state) { effects.append(.persistBookmarkChange(change)) }
            }
            let n = effects.count
            let items = n == 1 ? "1 marked item" : "\(n) marked items"
            let undoes = n == 1 ? "u undoes it" : "u undoes all \(n)"
            if n == 0 { return ([], "No marked items to bookmark") }
            return (effects, remove ? "Removed the bookmarks of \(items); \(undoes)" : "Bookmarked \(items); \(undoes)")
        case .priorityCycledAll(let targets):
            let group = newGroup(state)
            var effects: [Effect] = []
            for t in targets {
                guard let b = state.bookmarks[t.id] else { continue }
                let change = BookmarkChange.setPriority(t.id, b.priority.next)
                if record(change, on: t.id, title: b.title, group: group, in: &state) { effects.append(.persistBookmarkChange(change)) }
            }
            let n = effects.count
            if n == 0 { return ([], "None of the marked items is bookmarked: b bookmarks them, then B sets their priority") }
            return (effects, "Cycled the priority of \(n == 1 ? "1 marked bookmark" : "\(n) marked bookmarks"); \(n == 1 ? "u undoes it" : "u undoes all \(n)")")
        case .planMerged(let owner, let additions):
            let group = newGroup(state)
            var effects: [Effect] = []
            for b in additions {
                let change = BookmarkChange.add(b)
                if record(change, on: b.itemId, title: b.title, group: group, in: &state) {
                    state.undo[state.undo.count - 1].plan = owner
                    effects.append(.persistBookmarkChange(change))
                }
            }
            let n = effects.count
            let plan = PlanFacts.possessive(owner) + " plan"
            if n == 0 { return ([], "Nothing to add: every item of \(plan) is bookmarked already") }
            return (effects, "Added \(n == 1 ? "1 item" : "\(n) items") from \(plan) to your bookmarks; \(n == 1 ? "u undoes it" : "u undoes all \(n)")")
        case .noteEdited(let id, let title, let note):
            let old = state.bookmarks[id]?.note ?? ""
            guard (note ?? "") != old else { return ([], "Note unchanged: \(shown(title))") }
            let change = BookmarkChange.setNote(id, title: title, note: note)
            let previous = state.bookmarks[id]?.nonEmptyNote
            guard record(change, on: id, title: title, in: &state) else { return ([], "Note unchanged: \(shown(title))") }
            let now = state.bookmarks[id]?.nonEmptyNote
            let message: String
            if let previous, previous != now {
                message = now == nil ? "Removed the note; u brings it back: \(shown(title))" : "Changed the note; u brings the old one back: \(shown(title))"
            } else {
                message = now == nil ? "Note cleared: \(shown(title))" : "Note saved: \(shown(title))"
            }
            return ([.persistBookmarkChange(change)], message)
        case .undone:
            guard let last = state.undo.popLast() else { return ([], "Nothing to undo") }
            if let group = last.group {
                // A change to marked items: all of it is undone, the last item first.
                var changes = [last.change]
                while let next = state.undo.last, next.group == group {
                    changes.append(next.change)
                    state.undo.removeLast()
                }
                for change in changes { change.apply(to: &state.bookmarks) }
                let more = state.undo.isEmpty ? "" : " (u undoes \(state.undo.count) more)"
                if let plan = last.plan {
                    return (changes.map(Effect.persistBookmarkChange),
                            "Undone the merge of \(PlanFacts.possessive(plan)) plan: \(changes.count == 1 ? "1 bookmark" : "\(changes.count) bookmarks") removed\(more)")
                }
                let what = changes.count == 1 ? "the change to 1 marked item" : "the changes to \(changes.count) marked items"
                return (changes.map(Effect.persistBookmarkChange), "Undone \(what)\(more)")
            }
            let change = last.change
            change.apply(to: &state.bookmarks)
            let more = state.undo.isEmpty ? "" : " (u undoes \(state.undo.count) more)"
            let what = last.before == nil ? "Undone, not bookmarked" : "Restored"
            return ([.persistBookmarkChange(change)], "\(what)\(more): \(shown(last.title))")
        case .loaded(let loaded, let warning):
            state.bookmarks = loaded
            return ([], warning)
        case .saved(let saved):
            state.bookmarks = saved
            return ([], nil)
        case .changedOnDisk(let disk, let unsaved):
            var merged = disk
            for change in unsaved { change.apply(to: &merged) }
            state.bookmarks = merged
            return ([], nil)
        case .saveFailed(let message):
            return ([], message)
        }
    }

    /// Applies `change` and remembers how to undo it; false (and nothing remembered) when it
    /// changed nothing.
    @discardableResult
    static func record(_ change: BookmarkChange, on id: String, title: String, group: Int? = nil, in state: inout State) -> Bool {
        let before = state.bookmarks[id]
        change.apply(to: &state.bookmarks)
        guard !Bookmark.same(before, state.bookmarks[id]) else { return false }
        state.undo.append(Undo(itemId: id, title: before?.title ?? title, before: before, group: group))
        if state.undo.count > State.undoDepth { state.undo.removeFirst(state.undo.count - State.undoDepth) }
        return true
    }

    /// A group no change next to the new ones has: one `u` undoes exactly the new ones.
    static func newGroup(_ state: State) -> Int {
        (state.undo.last?.group ?? 0) + 1
    }

    /// True when the bookmarks list is refreshed after `action` (a priority or a note leaves it as it is).
    public static func changesList(_ action: Action) -> Bool {
        switch action {
        case .toggled, .toggledAll, .planMerged, .undone, .loaded, .saved, .changedOnDisk: return true
        case .priorityCycled, .priorityCycledAll, .noteEdited, .saveFailed: return false
        }
    }
}
