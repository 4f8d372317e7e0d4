/// The three panes: sessions, the items of the selected one (or the search results), and the
/// details of the selected item. Owns the focus, the cursors and the details scroll.
public enum BrowseFeature {
    public struct State: Hashable, Sendable {
        public var focus: PaneID = .sessions
        public var sessionsCursor = ListCursor()
        public var itemsCursor = ListCursor()
        public var detailsScroll = 0
        /// Narrow layouts: the details pane shown full-width.
        public var detailsZoomed = false
        /// Item indices shown in the items pane right now (kept by the root from the selected
        /// entry, the search and the bookmarks).
        public var visibleItems: [Int] = []
        /// Ids of the items marked with Space in the list shown: `b`, `B` and `x` act on them.
        /// Another session or a new search clears them.
        public var marked: Set<String> = []
        /// Search results by start time (papers last) instead of by relevance.
        public var resultsByTime = false
        /// How the sessions pane groups a schedule under its days (`v`).
        public var grouping = SessionsGrouping.room
        /// Typing jumps to a name (`f`), while this is set.
        public var jump: Jump?
        public init() {}
    }

    /// A jump to a name being typed: what is typed so far, and where it started (Esc goes back).
    public struct Jump: Hashable, Sendable {
        public var text = ""
        /// The pane it jumps in and the row selected there when it started.
        public var pane: PaneID
        public var origin: Int
        public init(text: String = "", pane: PaneID, origin: Int) {
            self.text = text
            self.pane = pane
            self.origin = origin
        }
    }

    public enum Action: Equatable, Sendable {
        /// The focused pane's list moves (the details pane scrolls).
        case moved(ListMove)
        case focusCycled(by: Int, wrap: Bool)
        /// Enter: a session opens its items, an item its details.
        case opened
        /// Esc: out of the zoomed details, the search, or one pane to the left.
        case wentBack
        case sessionSelected(Int)
        case itemSelected(Int)
        case clicked(x: Int, y: Int)
        case wheeled(x: Int, y: Int, lines: Int)
        /// The screen changed size: cursors and focus fit the new layout.
        case laidOut
    }

    /// What the root must do after a browse action.
    public struct Outcome: Equatable, Sendable {
        /// Another session is selected: the search is cleared and the items pane starts anew.
        public var sessionChanged = false
        /// The items pane is recomputed (Enter on a session), its cursor kept.
        public var itemsRecomputed = false
        /// Esc with a query: the search is cleared.
        public var searchCleared = false
        /// A click on the search bar: it takes the keys.
        public var searchFocused = false
        /// Esc with marks in the items pane: the marks are cleared (and nothing else happens).
        public var marksCleared = false
    }

    /// What browsing needs to know of the rest of the screen.
    public struct Context {
        public var layout: PaneLayout
        public var sessionCount: Int
        public var searchActive: Bool
        /// Rows the details pane's text takes (for `G` there): all, or at least the number asked
        /// for (a long text is wrapped only that far).
        public var detailsLineCount: (_ atLeast: Int) -> Int
    }

    public static func reduce(_ s: inout State, _ action: Action, _ c: Context) -> Outcome {
        var out = Outcome()
        let l = c.layout
        switch action {
        case .moved(let move):
            step(&s, move, c, &out)
        case .focusCycled(let step, let wrap):
            let panes = l.visiblePanes
            guard !panes.isEmpty else { break }
            let current = panes.firstIndex(of: s.focus) ?? 0
            var next = current + step
            if wrap { next = (next + panes.count) % panes.count } else { next = min(max(0, next), panes.count - 1) }
            s.focus = panes[next]
        case .opened:
            switch s.focus {
            case .sessions:
                out.itemsRecomputed = true
                s.focus = .items
            case .items:
                if l.mode == .narrow { s.detailsZoomed = true }
                // Opening a talk (again) starts at its title.
                s.detailsScroll = 0
                s.focus = .details
            default: break
            }
        case .wentBack:
            if s.focus == .items, !s.marked.isEmpty {
                s.marked = []
                out.marksCleared = true
            } else if s.detailsZoomed {
                s.detailsZoomed = false
                s.focus = .items
            } else if c.searchActive {
                out.searchCleared = true
            } else if s.focus == .details {
                s.focus = .items
            } else if s.focus == .items {
                s.focus = .sessions
            }
        case .sessionSelected(let i):
            s.sessionsCursor.select(i, count: c.sessionCount, visible: l.visibleEntries(of: .sessions))
            out.sessionChanged = true
        case .itemSelected(let i):
            s.itemsCursor.select(i, count: s.visibleItems.count, visible: l.visibleEntries(of: .items))
            s.detailsScroll = 0
        case .clicked(let x, let y):
            for pane in l.visiblePanes where l.rect(of: pane).contains(x: x, y: y) {
                s.focus = pane
                let r = l.rect(of: pane)
                let row = y - r.y - 1
                guard row >= 0, row < r.height - 2 else { return out }
                switch pane {
                case .sessions:
                    let i = s.sessionsCursor.offset + row / PaneLayout.rowsPerSession
                    if i < c.sessionCount, i != s.sessionsCursor.selected {
                        s.sessionsCursor.select(i, count: c.sessionCount, visible: l.visibleEntries(of: .sessions))
                        out.sessionChanged = true
                    }
                case .items:
                    let i = s.itemsCursor.offset + row / PaneLayout.rowsPerItem
                    if i < s.visibleItems.count {
                        s.itemsCursor.select(i, count: s.visibleItems.count, visible: l.visibleEntries(of: .items))
                        s.detailsScroll = 0
                    }
                default: break
                }
            }
            if l.searchBar.contains(x: x, y: y) {
                s.focus = .search
                out.searchFocused = true
            }
        case .wheeled(let x, let y, let lines):
            for pane in l.visiblePanes where l.rect(of: pane).contains(x: x, y: y) {
                let saved = s.focus
                s.focus = pane
                step(&s, .by(lines), c, &out)
                s.focus = saved
            }
        case .laidOut:
            s.sessionsCursor.clamp(count: c.sessionCount, visible: l.visibleEntries(of: .sessions))
            s.itemsCursor.clamp(count: s.visibleItems.count, visible: l.visibleEntries(of: .items))
            if l.mode != .narrow { s.detailsZoomed = false }
            if !l.visiblePanes.contains(s.focus), s.focus != .search, let first = l.visiblePanes.first, l.mode != .tooSmall {
                s.focus = first
            }
        }
        return out
    }

    /// Moves the focused pane's selection (or scrolls the details).
    static func step(_ s: inout State, _ move: ListMove, _ c: Context, _ out: inout Outcome) {
        let l = c.layout
        switch s.focus {
        case .sessions:
            let before = s.sessionsCursor.selected
            s.sessionsCursor.select(move.target(from: before, count: c.sessionCount), count: c.sessionCount, visible: l.visibleEntries(of: .sessions))
            if s.sessionsCursor.selected != before { out.sessionChanged = true }
        case .items:
            let before = s.itemsCursor.selected
            s.itemsCursor.select(move.target(from: before, count: s.visibleItems.count), count: s.visibleItems.count, visible: l.visibleEntries(of: .items))
            if s.itemsCursor.selected != before { s.detailsScroll = 0 }
        case .details:
            // The last line that can be on top is as far as the pane scrolls, whatever the move:
            // scrolling past the end and back takes no extra key presses.
            // Only the lines down to the target's last row are wrapped (all of them for `.last`).
            let height = max(0, l.details.height - 2)
            let target = move == .last ? Int.max : max(0, move.target(from: s.detailsScroll, count: 0))
            let bottom = max(0, c.detailsLineCount(target > Int.max - height - 1 ? .max : target + height + 1) - height)
            s.detailsScroll = min(bottom, target)
        case .search:
            break
        }
    }

    /// The browse action a command stands for, with the focused pane's page size.
    public static func action(for command: Command, page: Int) -> Action? {
        switch command {
        case .nextPane, .paneRight: return .focusCycled(by: 1, wrap: command == .nextPane)
        case .previousPane, .paneLeft: return .focusCycled(by: -1, wrap: command == .previousPane)
        case .open: return .opened
        case .back: return .wentBack
        default: return ListMove(command, page: page).map(Action.moved)
        }
    }
}
