/// The search bar: the query being typed, searched on every key, and what it found.
public enum SearchFeature {
    public struct State: Hashable, Sendable {
        public var query: String = ""
        /// Whether keys go to the search bar.
        public var editing: Bool = false
        /// Ranked item indices; nil when there is no query.
        public var results: [Int]?
        public var error: QueryError?
        public var note: String?
        /// How long the last query took, in microseconds (when the environment has a clock).
        public var elapsedMicroseconds: Int?

        public init() {}

        public var isActive: Bool { !query.isEmpty }
    }

    public enum Action: Equatable, Sendable {
        /// The search bar takes the keys (`/`, or a click on it).
        case focused
        case typed(Character)
        case deletedBackward
        case wordDeleted
        case cleared
        /// Enter: leave the bar, keep the results.
        case accepted
        /// Esc: leave the bar and clear the query.
        case cancelled
    }

    /// What the rest of the screen must do after a search action.
    public struct Outcome: Equatable, Sendable {
        /// The query changed: the items pane shows the new results from the top.
        public var searched = false
        /// The bar gave the keys back: the items pane takes the focus.
        public var left = false
    }

    /// What a search needs: the index, the bookmarks (for `is:bookmarked`), a clock to time it, and
    /// the zone the screen shows times in (`day:`, `after:`, `before:` read slots in it).
    public struct Context: Sendable {
        public var index: SearchIndex
        public var bookmarks: Bookmarks
        public var clock: (@Sendable () -> UInt64)?
        public var timeZone: String? = nil
    }

    /// The search bar's action for a key; nil for a key it does not take (quitting is the root's).
    public static func action(for command: Command?, key: Key) -> Action? {
        switch command {
        case .back?: return .cancelled
        case .acceptSearch?: return .accepted
        case .deleteBackward?: return .deletedBackward
        case .deleteWord?: return .wordDeleted
        case .clearText?: return .cleared
        case nil:
            if case .char(let c) = key { return .typed(c) }
            return nil
        default: return nil
        }
    }

    public static func reduce(_ state: inout State, _ action: Action, _ context: Context) -> Outcome {
        var outcome = Outcome()
        switch action {
        case .focused:
            state.editing = true
        case .typed(let c):
            apply(state.query + String(c), to: &state, context)
            outcome.searched = true
        case .deletedBackward:
            guard !state.query.isEmpty else { return outcome }
            apply(String(state.query.dropLast()), to: &state, context)
            outcome.searched = true
        case .wordDeleted:
            apply(deletingLastWord(state.query), to: &state, context)
            outcome.searched = true
        case .cleared:
            apply("", to: &state, context)
            outcome.searched = true
        case .accepted:
            state.editing = false
            outcome.left = true
        case .cancelled:
            state.editing = false
            apply("", to: &state, context)
            outcome.searched = true
            outcome.left = true
        }
        return outcome
    }

    /// Runs `query`; an invalid one keeps the last results and shows its error.
    public static func apply(_ query: String, to state: inout State, _ context: Context) {
        state.query = query
        if query.isEmpty {
            state.results = nil
            state.error = nil
            state.note = nil
            return
        }
        let start = context.clock?()
        let outcome = context.index.search(query, bookmarks: context.bookmarks, timeZone: context.timeZone)
        if let start, let end = context.clock?() { state.elapsedMicroseconds = Int((end &- start) / 1000) }
        if let error = outcome.error {
            state.error = error
        } else {
            state.error = nil
            state.results = outcome.results
            state.note = outcome.note
        }
    }

    /// `query` without its last word (and the spaces after it), as Ctrl-W in a shell.
    static func deletingLastWord(_ query: String) -> String {
        var s = Substring(query)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        while let last = s.last, !last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
