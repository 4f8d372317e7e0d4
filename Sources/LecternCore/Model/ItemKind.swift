/// What an item is: a talk in a session (oral, spotlight, Q&A slot) or a paper from a listing.
public enum ItemKind: String, Codable, CaseIterable, Hashable, Sendable {
    case oral, spotlight, qa, paper

    /// The badge shown in lists.
    public var label: String {
        switch self {
        case .oral: return "Oral"
        case .spotlight: return "Spotlight"
        case .qa: return "Q&A"
        case .paper: return "Paper"
        }
    }
}
