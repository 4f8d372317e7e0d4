/// The key-binding table: the single source for dispatch, the help overlay, the man page and the
/// README. Every key the explorer reacts to is a row here, in the context where it applies.
public struct KeyMap: Hashable, Sendable {
    public var bindings: [Binding]

    public init(bindings: [Binding]) {
        self.bindings = bindings
    }

    static let lists: Set<KeyContext> = [.sessions, .items, .details, .panel]
    static let browsing: Set<KeyContext> = [.sessions, .items, .details, .panel]
    static let onItems: Set<KeyContext> = [.items, .details, .panel]
    static let typing: Set<KeyContext> = [.search, .jump, .help, .helpFilter]
    static let scrolling: Set<KeyContext> = [.help, .messages]

    /// The defaults lectern ships with.
    public static let defaults = KeyMap(bindings: [
        Binding(.moveUp, [.up, .char("k")], "Move the selection up", lists),
        Binding(.moveDown, [.down, .char("j")], "Move the selection down", lists),
        Binding(.pageUp, [.pageUp], "Page up", lists),
        Binding(.pageDown, [.pageDown], "Page down", lists),
        Binding(.halfPageUp, [.ctrl("u")], "Half a page up", lists),
        Binding(.halfPageDown, [.ctrl("d")], "Half a page down", lists),
        Binding(.top, [.char("g"), .home], "Go to the first entry", lists),
        Binding(.bottom, [.char("G"), .end], "Go to the last entry", lists),
        Binding(.nextPane, [.tab], "Focus the next pane", browsing),
        Binding(.previousPane, [.backTab], "Focus the previous pane", browsing),
        Binding(.paneLeft, [.char("h"), .left], "Focus the pane to the left", browsing),
        Binding(.paneRight, [.char("l"), .right], "Focus the pane to the right", browsing),
        Binding(.open, [.enter], "Open the selected session or talk", browsing),
        Binding(.back, [.escape], "Go back, close, or clear the search", browsing),
        Binding(.focusSearch, [.char("/")], "Search as you type", browsing),
        Binding(.toggleMark, [.char(" ")], "Mark or unmark the item, then move down", [.items, .details]),
        Binding(.toggleBookmark, [.char("b")], "Bookmark or unbookmark the item or marked ones", onItems),
        Binding(.cyclePriority, [.char("B")], "Cycle priority: must see / maybe (or marked ones)", onItems),
        Binding(.editNote, [.char("e")], "Edit a note for the selected item in $EDITOR", onItems),
        Binding(.undo, [.char("u")], "Undo the last bookmark, priority or note change", browsing),
        Binding(.export, [.char("x")], "Export the marked, the results or the bookmarks", browsing),
        Binding(.toggleOrder, [.char("t")], "Order search results by time or relevance", [.sessions, .items, .details]),
        Binding(.toggleSeen, [.char("A")], "Mark every listed item seen (unseen when all are)", [.sessions, .items, .details]),
        Binding(.mergePlan, [.char("P")], "Add a shared plan's items to your bookmarks (asks first)", [.sessions, .items, .details]),
        Binding(.nextMatch, [.char("n")], "Jump to the next match in the abstract", onItems),
        Binding(.previousMatch, [.char("N")], "Jump to the previous match in the abstract", onItems),
        Binding(.schedule, [.char("s")], "Show the schedule of the day", browsing),
        Binding(.cycleGrouping, [.char("v")], "Group the sessions under each day by room, track or day", [.sessions, .items, .details]),
        Binding(.jumpToName, [.char("f")], "Type to jump to the first name that contains it", [.sessions, .items]),
        Binding(.previousDay, [.char("[")], "The schedule's previous day", [.panel]),
        Binding(.nextDay, [.char("]")], "The schedule's next day", [.panel]),
        Binding(.roomsLeft, [.char("<")], "The schedule's rooms a screen to the left", [.panel]),
        Binding(.roomsRight, [.char(">")], "The schedule's rooms a screen to the right", [.panel]),
        Binding(.related, [.char("r")], "Show related talks and papers", onItems),
        Binding(.people, [.char("a")], "Browse the authors of the selected item", onItems),
        Binding(.openURL, [.char("o")], "Open the item's links (its own, then the abstract's)", onItems),
        Binding(.copy, [.char("y")], "Copy the title and id", onItems),
        Binding(.help, [.char("?"), .function(1)], "Show this help", browsing),
        Binding(.messages, [.char("M")], "Show every message of this session in full", browsing),
        Binding(.quit, [.char("q"), .ctrl("c")], "Quit", browsing.union([.tooSmall])),
        // The search bar and the help filter: other printable keys are typed.
        Binding(.acceptSearch, [.enter, .tab], "Leave the search bar, keeping the results", [.search]),
        Binding(.back, [.escape], "Clear the search and leave the search bar", [.search]),
        Binding(.cursorLeft, [.left, .ctrl("b")], "Move the cursor back a character", [.search]),
        Binding(.cursorRight, [.right, .ctrl("f")], "Move the cursor forward a character", [.search]),
        Binding(.wordLeft, [.alt("b")], "Move the cursor back a word", [.search]),
        Binding(.wordRight, [.alt("f")], "Move the cursor forward a word", [.search]),
        Binding(.lineStart, [.home, .ctrl("a")], "Move the cursor to the start", [.search]),
        Binding(.lineEnd, [.end, .ctrl("e")], "Move the cursor to the end", [.search]),
        Binding(.deleteBackward, [.backspace], "Delete the character before the cursor", [.search]),
        Binding(.deleteForward, [.delete, .ctrl("d")], "Delete the character under the cursor", [.search]),
        Binding(.deleteWord, [.ctrl("w")], "Delete the word before the cursor", [.search]),
        Binding(.killToStart, [.ctrl("u")], "Delete everything before the cursor", [.search]),
        Binding(.killToEnd, [.ctrl("k")], "Delete everything from the cursor on", [.search]),
        Binding(.historyBack, [.up], "An earlier query (those accepted with Enter)", [.search]),
        Binding(.historyForward, [.down], "A later query, then back to what was typed", [.search]),
        // Jumping to a name (`f`): other printable keys are typed.
        Binding(.acceptSearch, [.enter], "Stay where the jump went", [.jump]),
        Binding(.back, [.escape], "Go back to where the jump started", [.jump]),
        Binding(.deleteBackward, [.backspace], "Delete the last character typed", [.jump]),
        // The help overlay: `/` starts a filter, and then other printable keys are typed.
        Binding(.help, [.char("q"), .escape, .char("?"), .function(1)], "Close help", [.help]),
        Binding(.focusSearch, [.char("/")], "Filter the keys (Enter keeps the filter, Esc clears it)", [.help]),
        // The messages overlay (`M`), which scrolls as help does.
        Binding(.messages, [.char("M"), .escape, .char("q")], "Close the messages", [.messages]),
        Binding(.moveUp, [.up, .char("k")], "Scroll up", scrolling),
        Binding(.moveDown, [.down, .char("j")], "Scroll down", scrolling),
        Binding(.pageUp, [.pageUp], "Page up", scrolling),
        Binding(.pageDown, [.pageDown, .char(" ")], "Page down", scrolling),
        Binding(.top, [.home, .char("g")], "Go to the top", scrolling),
        Binding(.bottom, [.end, .char("G")], "Go to the bottom", scrolling),
        Binding(.acceptSearch, [.enter], "Keep the filter and scroll again", [.helpFilter]),
        Binding(.back, [.escape], "Clear the filter and scroll again", [.helpFilter]),
        Binding(.deleteBackward, [.backspace], "Delete the last character", [.helpFilter]),
        Binding(.clearText, [.ctrl("u")], "Clear what is typed", [.helpFilter]),
        Binding(.quit, [.ctrl("c")], "Quit", typing.union([.messages])),
        // A question in the status line: any other key answers no.
        Binding(.answerYes, [.char("y"), .enter], "Answer yes (any other key answers no)", [.confirm]),
    ])

    /// The command bound to `key` in `context`, if any. Later bindings win over earlier ones.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        for binding in bindings.reversed() where binding.contexts.contains(context) && binding.keys.contains(key) {
            return binding.command
        }
        return nil
    }

    /// The command bound to `key` where `pane` has focus.
    public func command(for key: Key, in pane: PaneID) -> Command? {
        command(for: key, in: KeyContext(pane))
    }

    /// The bindings that apply in `context`, in table order.
    public func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// The bindings that apply where `pane` has focus.
    public func bindings(in pane: PaneID) -> [Binding] {
        bindings(in: KeyContext(pane))
    }

    /// Replaces the keys of `command` in the group of contexts `group` (a user's rebinding: a plain
    /// `[keys]` entry rebinds the browsing contexts; `[keys.search]` the search bar, and so on).
    public mutating func rebind(_ command: Command, to keys: [Key], in group: Set<KeyContext> = KeyContext.browsing) {
        let rows = bindings.indices.filter { bindings[$0].command == command && !bindings[$0].contexts.isDisjoint(with: group) }
        let contexts = rows.reduce(into: Set<KeyContext>()) { $0.formUnion(bindings[$1].contexts) }
        for i in bindings.indices {
            if rows.contains(i) {
                bindings[i].keys = keys
            } else if !bindings[i].contexts.isDisjoint(with: contexts) {
                // The user's choice wins: the keys leave any other command where both apply.
                bindings[i].keys.removeAll { keys.contains($0) }
            }
        }
    }
}
