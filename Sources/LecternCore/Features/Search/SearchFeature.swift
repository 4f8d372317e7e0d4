/// The search bar: the query being typed (with a cursor and readline's keys), searched on every
/// key, what it found, and the queries accepted before (Up and Down bring them back).
public enum SearchFeature {
    public struct State: Hashable, Sendable {
        public var query: String = ""
        /// Where typing goes: a character offset into `query` (0 to `query.count`).
        public var cursor: Int = 0
        /// Queries accepted with Enter, the oldest first (each once, the latest use last).
        public var history: [String] = []
        /// Which of `history` Up has brought back, if any, and the query typed before it.
        public var recalled: Int?
        public var draft: String = ""
        /// Whether keys go to the search bar.
        public var editing: Bool = false
        /// Ranked item indices; nil when there is no query.
        public var results: [Int]?
        public var error: QueryError?
        public var note: String?
        /// How long the last query took, in microseconds (when the environment has a clock).
        public var elapsedMicroseconds: Int?

        /// How many accepted queries Up can bring back.
        public static let historyDepth = 100

        public init() {}

        public var isActive: Bool { !query.isEmpty }
    }

    public enum Action: Equatable, Sendable {
        /// The search bar takes the keys (`/`, or a click on it).
        case focused
        case typed(Character)
        case deletedBackward
        /// Delete: the character under the cursor.
        case deletedForward
        /// Ctrl-W: the word before the cursor.
        case wordDeleted
        /// Ctrl-U: everything before the cursor.
        case killedToStart
        /// Ctrl-K: everything from the cursor on.
        case killedToEnd
        case cleared
        case cursorMoved(CursorMove)
        /// Up: the accepted query before the one shown.
        case historyBack
        /// Down: the next one, and after the last the query that was being typed.
        case historyForward
        /// Enter: leave the bar, keep the results.
        case accepted
        /// Esc: leave the bar and clear the query.
        case cancelled
    }

    /// Where a cursor key moves the search bar's cursor.
    public enum CursorMove: Equatable, Sendable {
        case left, right, start, end
        /// Alt-B, Alt-F: to the start of the word before, the end of the word after.
        case wordLeft, wordRight
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
        /// What `is:now` and `is:upcoming` compare with; `is:changed` and `is:shared` read `plan`.
        public var now: Timestamp? = nil
        public var plan: PlanFacts = PlanFacts()
        /// The records of one work, once known: results list each work once.
        public var sameWork: SameWork? = nil
        /// What `is:seen` and `is:unseen` read.
        public var seen: SeenItems = SeenItems()
    }

    /// The search bar's action for a key; nil for a key it does not take (quitting is the root's).
    public static func action(for command: Command?, key: Key) -> Action? {
        switch command {
        case .back?: return .cancelled
        case .acceptSearch?: return .accepted
        case .deleteBackward?: return .deletedBackward
        case .deleteWord?: return .wordDeleted
        case .deleteForward?: return .deletedForward
        case .killToStart?: return .killedToStart
        case .killToEnd?: return .killedToEnd
        case .clearText?: return .cleared
        case .cursorLeft?: return .cursorMoved(.left)
        case .cursorRight?: return .cursorMoved(.right)
        case .lineStart?: return .cursorMoved(.start)
        case .lineEnd?: return .cursorMoved(.end)
        case .wordLeft?: return .cursorMoved(.wordLeft)
        case .wordRight?: return .cursorMoved(.wordRight)
        case .historyBack?: return .historyBack
        case .historyForward?: return .historyForward
        case nil: return key.typed.map(Action.typed)
        default: return nil
        }
    }

    public static func reduce(_ state: inout State, _ action: Action, _ context: Context) -> Outcome {
        var outcome = Outcome()
        let chars = Array(state.query)
        let at = min(max(0, state.cursor), chars.count)
        /// Puts `text` in the bar with the cursor at `cursor` and searches it, when it changed.
        func edit(_ text: [Character], cursor: Int) {
            state.cursor = cursor
            state.recalled = nil
            guard text != chars else { return }
            apply(String(text), to: &state, context)
            state.cursor = cursor
            outcome.searched = true
        }
        /// Shows a query from the history (nil: stays as it is), the cursor at its end.
        func recall(_ query: String?, index: Int?) {
            guard let query else { return }
            if query != state.query {
                apply(query, to: &state, context)
                outcome.searched = true
            }
            state.recalled = index
            state.cursor = query.count
        }
        switch action {
        case .focused:
            state.editing = true
            state.cursor = chars.count
        case .typed(let c):
            edit(Array(chars[..<at]) + [c] + Array(chars[at...]), cursor: at + 1)
        case .deletedBackward:
            guard at > 0 else { return outcome }
            edit(Array(chars[..<(at - 1)]) + Array(chars[at...]), cursor: at - 1)
        case .deletedForward:
            guard at < chars.count else { return outcome }
            edit(Array(chars[..<at]) + Array(chars[(at + 1)...]), cursor: at)
        case .wordDeleted:
            let start = wordStart(before: at, in: chars)
            edit(Array(chars[..<start]) + Array(chars[at...]), cursor: start)
        case .killedToStart:
            edit(Array(chars[at...]), cursor: 0)
        case .killedToEnd:
            edit(Array(chars[..<at]), cursor: at)
        case .cleared:
            edit([], cursor: 0)
        case .cursorMoved(let move):
            switch move {
            case .left: state.cursor = max(0, at - 1)
            case .right: state.cursor = min(chars.count, at + 1)
            case .start: state.cursor = 0
            case .end: state.cursor = chars.count
            case .wordLeft: state.cursor = wordStart(before: at, in: chars)
            case .wordRight: state.cursor = wordEnd(after: at, in: chars)
            }
        case .historyBack:
            guard !state.history.isEmpty else { return outcome }
            let target = max(0, (state.recalled ?? state.history.count) - 1)
            if state.recalled == nil { state.draft = state.query }
            recall(target == state.recalled ? nil : state.history[target], index: target)
        case .historyForward:
            guard let recalled = state.recalled else { return outcome }
            if recalled + 1 < state.history.count {
                recall(state.history[recalled + 1], index: recalled + 1)
            } else {
                recall(state.draft, index: nil)
                state.draft = ""
            }
        case .accepted:
            state.editing = false
            state.recalled = nil
            state.draft = ""
            if !state.query.isEmpty {
                state.history.removeAll { $0 == state.query }
                state.history.append(state.query)
                if state.history.count > State.historyDepth { state.history.removeFirst(state.history.count - State.historyDepth) }
            }
            outcome.left = true
        case .cancelled:
            state.editing = false
            state.recalled = nil
            state.draft = ""
            apply("", to: &state, context)
            outcome.searched = true
            outcome.left = true
        }
        return outcome
    }

    /// Where Alt-B and Ctrl-W go from `at`: back over spaces, then to the start of the word.
    static func wordStart(before at: Int, in chars: [Character]) -> Int {
        var i = at
        while i > 0, chars[i - 1].isWhitespace { i -= 1 }
        while i > 0, !chars[i - 1].isWhitespace { i -= 1 }
        return i
    }

    /// Where Alt-F goes from `at`: over spaces, then to the end of the word.
    static func wordEnd(after at: Int, in chars: [Character]) -> Int {
        var i = at
        while i < chars.count, chars[i].isWhitespace { i += 1 }
        while i < chars.count, !chars[i].isWhitespace { i += 1 }
        return i
    }

    /// Runs `query`; an invalid one keeps the last results and shows its error.
    public static func apply(_ query: String, to state: inout State, _ context: Context) {
        state.query = query
        state.cursor = query.count
        if query.isEmpty {
            state.results = nil
            state.error = nil
            state.note = nil
            return
        }
        let start = context.clock?()
        let outcome = context.index.search(query, bookmarks: context.bookmarks, timeZone: context.timeZone, now: context.now,
                                          changed: context.plan.changedIds, shared: context.plan.sharedIds,
                                          seen: query.contains("seen") ? context.seen.ids : [])
        if let start, let end = context.clock?() { state.elapsedMicroseconds = Int((end &- start) / 1000) }
        if let error = outcome.error {
            state.error = error
        } else {
            state.error = nil
            state.results = context.sameWork.map { $0.firstOfEachWork(outcome.results) } ?? outcome.results
            state.note = outcome.note
        }
    }
}
