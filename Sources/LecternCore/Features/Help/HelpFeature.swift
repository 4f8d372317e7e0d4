import Foundation

/// The `?` overlay: the bindings of the focused pane, filtered by what is typed, then the query
/// language's cheat sheet.
public enum HelpFeature {
    /// The typed filter and the first line shown.
    public struct State: Hashable, Sendable {
        /// Lines the overlay shows after the key bindings (the search cheat sheet), at most.
        public static let cheatSheetLines = 16
        public var filter: String = ""
        public var cursor = ListCursor()
        public init() {}
    }

    public enum Action: Equatable, Sendable {
        case filterTyped(Character)
        case filterDeletedBackward
        case filterCleared
        /// Scrolled, with `lines` lines to show in `rows` rows.
        case scrolled(ListMove, lines: Int, rows: Int)
    }

    /// The action a key stands for in the help overlay; nil when the key is not the help's (closing
    /// and quitting are the root's).
    public static func action(for command: Command?, key: Key, lines: Int, rows: Int) -> Action? {
        switch command {
        case .deleteBackward?: return .filterDeletedBackward
        case .clearText?: return .filterCleared
        case let other:
            if let move = ListMove(other, page: rows) { return .scrolled(move, lines: lines, rows: rows) }
            if other == nil, case .char(let c) = key { return .filterTyped(c) }
            return nil
        }
    }

    public static func reduce(_ state: inout State, _ action: Action) {
        switch action {
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
        case .scrolled(let move, let lines, let rows):
            // The cursor is the overlay's first visible line (the key lines plus the cheat sheet).
            let top = max(0, lines - rows + 2)
            let current = min(state.cursor.selected, top)
            let target = move == .last ? top : move.target(from: current, count: lines)
            state.cursor = ListCursor(selected: min(max(0, target), top), offset: 0)
        }
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
