/// The named style roles a view paints with; a theme maps each to colors and attributes.
public enum Role: String, Hashable, Sendable, CaseIterable, Codable {
    case normal, dim, border, borderFocused, paneTitle
    case title, author, time, zone, moderator
    case badgeOral, badgeSpotlight, badgeQA, badgePaper
    case selection, selectionUnfocused, match, bookmark, clash
    case searchBar, searchPrompt, searchError
    case status, statusMessage, statusError
    case heading, link, helpKey
    /// A bookmark marked maybe (`bookmark` paints must-see ones).
    case bookmarkMaybe
}
