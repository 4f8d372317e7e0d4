/// The parts of the screen that can have focus, and so the contexts a key binding applies in.
public enum PaneID: String, Hashable, Sendable, CaseIterable, Codable {
    case sessions, items, details, search, help, schedule
}
