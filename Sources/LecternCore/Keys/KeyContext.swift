/// Where a key binding applies: a focused pane, or whatever takes the keys before the panes do (the
/// search bar while typing, the help overlay, a panel, a question, the too-small screen).
public enum KeyContext: String, Hashable, Sendable, CaseIterable, Codable {
    case sessions, items, details
    /// The search bar while a query is typed: printable characters not bound here are typed.
    case search
    /// Jumping to a name (`f`) while it is typed: printable characters not bound here are typed.
    case jump
    /// The help overlay: `/` starts a filter.
    case help
    /// The help overlay's filter while it is typed: printable characters not bound here are typed.
    case helpFilter = "help-filter"
    /// The schedule view and the related-work and people panels.
    case panel
    /// The messages overlay (`M`): every status message of the session.
    case messages
    /// A yes/no question in the status line: any key not bound here answers no.
    case confirm
    /// The screen is smaller than the layout needs.
    case tooSmall = "too-small"

    /// The context of a focused pane.
    public init(_ pane: PaneID) {
        switch pane {
        case .sessions: self = .sessions
        case .items: self = .items
        case .details: self = .details
        case .search: self = .search
        }
    }

    /// The contexts a plain `[keys]` entry of `config.toml` rebinds; the others are rebound in
    /// their own table (`[keys.search]`, `[keys.jump]`, `[keys.help]`, `[keys.help-filter]`, `[keys.messages]`, `[keys.confirm]`).
    public static let browsing: Set<KeyContext> = [.sessions, .items, .details, .panel, .tooSmall]

    /// The group of contexts rebound together by one config table, named as that table is.
    public var group: Set<KeyContext> {
        KeyContext.browsing.contains(self) ? KeyContext.browsing : [self]
    }
}
