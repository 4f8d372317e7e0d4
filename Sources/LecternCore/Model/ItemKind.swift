/// What an item is: a talk in a session (oral, spotlight, Q&A slot), a paper from a listing, or a
/// scheduled event of an imported conference.
public enum ItemKind: String, Codable, CaseIterable, Hashable, Sendable {
    case oral, spotlight, qa, paper
    /// An event of an imported schedule (its own type, "Talk", "Workshop"..., is in `Item.type`).
    case talk

    /// The badge shown in lists.
    public var label: String {
        switch self {
        case .oral: return "Oral"
        case .spotlight: return "Spotlight"
        case .qa: return "Q&A"
        case .paper: return "Paper"
        case .talk: return "Talk"
        }
    }
}
