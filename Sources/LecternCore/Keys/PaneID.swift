/// The parts of the screen that can have focus.
public enum PaneID: String, Hashable, Sendable, CaseIterable, Codable {
    case sessions, items, details, search
}
