/// Something a user can ask for with a key. The names are the ones used in `config.toml`'s `[keys]`.
public enum Command: String, Hashable, Sendable, CaseIterable, Codable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case halfPageUp = "half-page-up"
    case halfPageDown = "half-page-down"
    case top
    case bottom
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case paneLeft = "pane-left"
    case paneRight = "pane-right"
    case open
    case back
    case focusSearch = "search"
    case toggleBookmark = "toggle-bookmark"
    case cyclePriority = "cycle-priority"
    case editNote = "edit-note"
    case toggleMark = "toggle-mark"
    case toggleOrder = "toggle-order"
    case toggleSeen = "toggle-seen"
    case mergePlan = "merge-plan"
    case undo
    case export
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case schedule
    /// The sessions pane's grouping under each day: room, track, day.
    case cycleGrouping = "cycle-grouping"
    /// Typing jumps to the first name that contains what is typed.
    case jumpToName = "jump-to-name"
    /// The schedule's previous and next day, and a screen of rooms to either side.
    case previousDay = "previous-day"
    case nextDay = "next-day"
    case roomsLeft = "rooms-left"
    case roomsRight = "rooms-right"
    case related
    case people
    case openURL = "open-url"
    case copy
    case help
    case messages
    case quit
    // editing the search query and the help filter
    /// Leave the search bar and keep the results.
    case acceptSearch = "accept-search"
    case deleteBackward = "delete-backward"
    case deleteWord = "delete-word"
    case clearText = "clear-text"
    case deleteForward = "delete-forward"
    case killToStart = "kill-to-start"
    case killToEnd = "kill-to-end"
    case cursorLeft = "cursor-left"
    case cursorRight = "cursor-right"
    case lineStart = "line-start"
    case lineEnd = "line-end"
    case wordLeft = "word-left"
    case wordRight = "word-right"
    case historyBack = "history-back"
    case historyForward = "history-forward"
    // questions
    case answerYes = "yes"
}
