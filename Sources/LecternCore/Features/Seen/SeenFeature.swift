/// Seen and unseen, like newsboat's read state: an item is seen once its details have had the
/// focus; `A` marks every listed item seen, or unseen when all of them already are, and `u` undoes
/// that. Each change is applied at once and handed to the store as a `SeenChange` to merge into
/// `seen.json`; marking a list is one change, so one write.
public enum SeenFeature {
    public struct State: Equatable, Sendable {
        /// The seen items as last loaded or saved, with the changes since applied.
        public var seen = SeenItems()
        /// The file has been read: until then nothing is marked seen and no list shows unseen items.
        public var tracking = false
        /// What `u` undoes, the last at the end.
        public var undo: [Undo] = []

        public init(seen: SeenItems = SeenItems(), tracking: Bool = false, undo: [Undo] = []) {
            self.seen = seen
            self.tracking = tracking
            self.undo = undo
        }

        public func isSeen(_ id: String) -> Bool { seen.contains(id) }
        /// An item a list draws as unseen: tracked and not seen.
        public func isUnseen(_ id: String) -> Bool { tracking && !seen.contains(id) }
    }

    /// One `A`, as undoing it needs: each changed item's time before it (nil: unseen), and where
    /// the bookmarks' undo stack stood, so that `u` undoes the latest change of either kind.
    public struct Undo: Equatable, Sendable {
        public var before: [String: String?]
        public var place: UndoPlace

        public init(before: [String: String?], place: UndoPlace) {
            self.before = before
            self.place = place
        }
    }

    /// Where the bookmarks' undo stack stood: its depth and its last entry. When it stands there
    /// again, no bookmark change is newer than the seen change recorded with it.
    public struct UndoPlace: Equatable, Sendable {
        public var depth: Int
        public var last: BookmarksFeature.Undo?

        public init(_ stack: [BookmarksFeature.Undo]) {
            depth = stack.count
            last = stack.last
        }
    }

    public enum Action: Equatable, Sendable {
        /// The item's details got the focus.
        case viewed(String)
        /// `A` on a list of these ids; `place` is where the bookmarks' undo stack stands.
        case toggledAll([String], place: UndoPlace)
        /// `u` with a seen change the latest.
        case undone
        /// The file as read at start-up, with a warning to show (a corrupt file set aside).
        case loaded(SeenItems, warning: String?)
        /// The file as written after a change (other processes' changes merged in).
        case saved(SeenItems)
        case saveFailed(String)
    }

    /// How many `A`s `u` can undo, at most.
    public static let undoDepth = 20

    /// The effects of `action`, and the status line's message after it, if any.
    public static func reduce(_ state: inout State, _ action: Action) -> (effects: [Effect], status: String?) {
        switch action {
        case .viewed(let id):
            guard state.tracking, !state.seen.contains(id) else { return ([], nil) }
            let change = SeenChange.seen([id])
            change.apply(to: &state.seen, stamp: "")
            return ([.persistSeenChange(change)], nil)
        case .toggledAll(let ids, let place):
            guard !ids.isEmpty else { return ([], "No items listed") }
            let unsee = ids.allSatisfy(state.seen.contains)
            let changed = unsee ? ids : ids.filter { !state.seen.contains($0) }
            var before: [String: String?] = [:]
            for id in changed { before[id] = .some(state.seen.items[id]) }
            let change: SeenChange = unsee ? .unseen(changed) : .seen(changed)
            change.apply(to: &state.seen, stamp: "")
            state.undo.append(Undo(before: before, place: place))
            if state.undo.count > undoDepth { state.undo.removeFirst(state.undo.count - undoDepth) }
            let n = changed.count == 1 ? "1 item" : "\(changed.count) items"
            return ([.persistSeenChange(change)], "Marked \(n) \(unsee ? "unseen" : "seen"); u undoes it")
        case .undone:
            guard let last = state.undo.popLast() else { return ([], "Nothing to undo") }
            let change = SeenChange.restore(last.before)
            change.apply(to: &state.seen, stamp: "")
            let n = last.before.count == 1 ? "1 item" : "\(last.before.count) items"
            let again = last.before.values.allSatisfy { $0 == nil } ? "unseen" : "seen"
            return ([.persistSeenChange(change)], "Undone: \(n) \(again) again")
        case .loaded(let seen, let warning):
            state.seen = seen
            state.tracking = true
            return ([], warning)
        case .saved(let seen):
            state.seen = seen
            return ([], nil)
        case .saveFailed(let message):
            return ([], message)
        }
    }

    /// True when `u` should undo the seen change on top: no bookmark change came after it.
    public static func isLatest(_ state: State, bookmarksUndo stack: [BookmarksFeature.Undo]) -> Bool {
        guard let last = state.undo.last else { return false }
        return last.place == UndoPlace(stack)
    }
}
