/// The key-binding table: the single source for dispatch, the help overlay, the man page and the README.
public struct KeyMap: Hashable, Sendable {
    public var bindings: [Binding]

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    static let lists: Set<PaneID> = [.sessions, .items, .details, .schedule]
    static let browsing: Set<PaneID> = [.sessions, .items, .details, .schedule]
    static let onItems: Set<PaneID> = [.items, .details, .schedule]

    /// The defaults lectern ships with.
    public static let defaults = KeyMap(bindings: [
        Binding(.moveUp, [.up, .char("k")], "Move the selection up", lists.union([.help])),
        Binding(.moveDown, [.down, .char("j")], "Move the selection down", lists.union([.help])),
        Binding(.pageUp, [.pageUp], "Page up", lists.union([.help])),
        Binding(.pageDown, [.pageDown], "Page down", lists.union([.help])),
        Binding(.halfPageUp, [.ctrl("u")], "Half a page up", lists.union([.help])),
        Binding(.halfPageDown, [.ctrl("d")], "Half a page down", lists.union([.help])),
        Binding(.top, [.char("g"), .home], "Go to the first entry", lists),
        Binding(.bottom, [.char("G"), .end], "Go to the last entry", lists),
        Binding(.nextPane, [.tab], "Focus the next pane", browsing),
        Binding(.previousPane, [.backTab], "Focus the previous pane", browsing),
        Binding(.paneLeft, [.char("h"), .left], "Focus the pane to the left", browsing),
        Binding(.paneRight, [.char("l"), .right], "Focus the pane to the right", browsing),
        Binding(.open, [.enter], "Open the selected session or talk", browsing),
        Binding(.back, [.escape], "Go back, close, or clear the search", browsing.union([.search, .help])),
        Binding(.focusSearch, [.char("/")], "Search as you type", browsing),
        Binding(.toggleBookmark, [.char("b")], "Bookmark or unbookmark the selected item", onItems),
        Binding(.cyclePriority, [.char("B")], "Cycle a bookmark's priority (must see / maybe)", onItems),
        Binding(.editNote, [.char("e")], "Edit a note for the selected item in $EDITOR", onItems),
        Binding(.export, [.char("x")], "Export bookmarks (or the search results)", browsing),
        Binding(.nextMatch, [.char("n")], "Jump to the next match in the abstract", onItems),
        Binding(.previousMatch, [.char("N")], "Jump to the previous match in the abstract", onItems),
        Binding(.schedule, [.char("s")], "Show the schedule of the day", browsing),
        Binding(.related, [.char("r")], "Show related talks and papers", onItems),
        Binding(.people, [.char("a")], "Browse the authors of the selected item", onItems),
        Binding(.openURL, [.char("o")], "Open the link in the abstract", onItems),
        Binding(.copy, [.char("y")], "Copy the title and id", onItems),
        Binding(.help, [.char("?"), .function(1)], "Show this help", browsing),
        Binding(.quit, [.char("q"), .ctrl("c")], "Quit", browsing.union([.help])),
    ])

    /// The command bound to `key` in `context`, if any. Later bindings win over earlier ones.
    public func command(for key: Key, in context: PaneID) -> Command? {
        for binding in bindings.reversed() where binding.contexts.contains(context) && binding.keys.contains(key) {
            return binding.command
        }
        return nil
    }

    /// The bindings that apply in `context`, in table order.
    public func bindings(in context: PaneID) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// Replaces the keys of `command` (a user's rebinding).
    public mutating func rebind(_ command: Command, to keys: [Key]) {
        let contexts = bindings.filter { $0.command == command }.reduce(into: Set<PaneID>()) { $0.formUnion($1.contexts) }
        for i in bindings.indices {
            if bindings[i].command == command {
                bindings[i].keys = keys
            } else if !bindings[i].contexts.isDisjoint(with: contexts) {
                // The user's choice wins: the keys leave any other command where both apply.
                bindings[i].keys.removeAll { keys.contains($0) }
            }
        }
    }
}
