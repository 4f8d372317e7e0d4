import Foundation

/// The `?` overlay: every key, in sections by where it works (the most used first), a filter that
/// `/` starts, then the query language's cheat sheet.
public enum HelpFeature {
    /// The filter, whether keys are typed into it, and the first line shown.
    public struct State: Hashable, Sendable {
        /// Lines the overlay shows after the key bindings (the search cheat sheet), at most.
        public static let cheatSheetLines = 16
        public var filter: String = ""
        /// `/` was pressed: printable keys go to the filter until Enter or Esc.
        public var filtering = false
        public var cursor = ListCursor()
        public init() {}
    }

    /// A heading and the bindings under it.
    public struct Section: Equatable, Sendable {
        public var title: String
        public var bindings: [Binding]
    }

    public enum Action: Equatable, Sendable {
        /// `/`: keys go to the filter.
        case filterStarted
        case filterTyped(Character)
        case filterDeletedBackward
        case filterCleared
        /// Enter: the filter stays, keys scroll again.
        case filterKept
        /// Esc while filtering: the filter is cleared, keys scroll again.
        case filterCancelled
        /// Scrolled, with `lines` lines to show in `rows` rows.
        case scrolled(ListMove, lines: Int, rows: Int)
    }

    /// The context the help's keys are looked up in.
    public static func context(_ state: State) -> KeyContext { state.filtering ? .helpFilter : .help }

    /// The action a key stands for in the help overlay; nil when the key is not the help's (closing
    /// and quitting are the root's).
    public static func action(for command: Command?, key: Key, filtering: Bool, lines: Int, rows: Int) -> Action? {
        if filtering {
            switch command {
            case .deleteBackward?: return .filterDeletedBackward
            case .clearText?: return .filterCleared
            case .acceptSearch?: return .filterKept
            case .back?: return .filterCancelled
            case nil: return key.typed.map(Action.filterTyped)
            default: return nil
            }
        }
        if command == .focusSearch { return .filterStarted }
        if let move = ListMove(command, page: rows) { return .scrolled(move, lines: lines, rows: rows) }
        return nil
    }

    public static func reduce(_ state: inout State, _ action: Action) {
        switch action {
        case .filterStarted:
            state.filtering = true
        case .filterTyped(let c):
            state.filter.append(c)
            state.cursor = ListCursor()
        case .filterDeletedBackward:
            if !state.filter.isEmpty {
                state.filter.removeLast()
                state.cursor = ListCursor()
            }
        case .filterCleared:
            state.filter = ""
            state.cursor = ListCursor()
        case .filterKept:
            state.filtering = false
        case .filterCancelled:
            state.filtering = false
            state.filter = ""
            state.cursor = ListCursor()
        case .scrolled(let move, let lines, let rows):
            // The cursor is the overlay's first visible line (the key lines plus the cheat sheet).
            let top = max(0, lines - rows + 2)
            let current = min(state.cursor.selected, top)
            let target = move == .last ? top : move.target(from: current, count: lines)
            state.cursor = ListCursor(selected: min(max(0, target), top), offset: 0)
        }
    }

    /// Where keys work, the most used first: each binding is listed once, in the first section
    /// whose contexts it has.
    static let layout: [(title: String, claims: @Sendable (Binding) -> Bool)] = [
        ("On a talk or paper (items, details, panels)", { !$0.contexts.contains(.sessions) && $0.contexts.contains(.items) }),
        ("Everywhere in the panes and panels", { $0.contexts.contains(.sessions) && !isMove($0.command) }),
        ("Moving (panes and panels)", { $0.contexts.contains(.sessions) || $0.contexts.contains(.panel) }),
        ("In the search bar, while typing (/)", { $0.contexts.contains(.search) }),
        ("While jumping to a name (f)", { $0.contexts.contains(.jump) }),
        ("In this help (/ filters)", { $0.contexts.contains(.help) }),
        ("In the help's filter, while typing", { $0.contexts.contains(.helpFilter) }),
        ("In the messages (M)", { $0.contexts.contains(.messages) }),
        ("When a question waits (y/n)", { $0.contexts.contains(.confirm) }),
        ("When the screen is too small", { $0.contexts.contains(.tooSmall) }),
    ]

    static func isMove(_ command: Command) -> Bool {
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .top, .bottom,
             .nextPane, .previousPane, .paneLeft, .paneRight: return true
        default: return false
        }
    }

    /// Every binding of `keyMap` in its section, those matching `filter` only; empty sections left out.
    public static func sections(_ keyMap: KeyMap, filter: String) -> [Section] {
        var left = keyMap.bindings
        var out: [Section] = []
        for (title, claims) in layout {
            let mine = left.filter(claims)
            left.removeAll(where: claims)
            let shown = bindings(mine, filter: filter)
            if !shown.isEmpty { out.append(Section(title: title, bindings: shown)) }
        }
        return out
    }

    /// Lines the sections take: a heading and the rows of each, a blank line between two.
    public static func lineCount(_ sections: [Section]) -> Int {
        sections.reduce(0) { $0 + 1 + $1.bindings.count } + max(0, sections.count - 1)
    }

    /// The bindings whose help text, command name or key names contain `filter`, ignoring case.
    public static func bindings(_ all: [Binding], filter: String) -> [Binding] {
        guard !filter.isEmpty else { return all }
        return all.filter { b in
            ([b.help, b.command.rawValue] + b.keys.map(\.label) + b.keys.map(\.name)).contains {
                $0.range(of: filter, options: [.caseInsensitive]) != nil
            }
        }
    }
}
