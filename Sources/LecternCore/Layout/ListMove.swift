/// A move of a list's selection asked for by a key: by some rows, or to either end.
public enum ListMove: Equatable, Sendable {
    case by(Int)
    case first
    case last

    /// The move a list command stands for, with `page` rows to a page; nil for other commands.
    public init?(_ command: Command?, page: Int) {
        switch command {
        case .moveUp?: self = .by(-1)
        case .moveDown?: self = .by(1)
        case .pageUp?: self = .by(-page)
        case .pageDown?: self = .by(page)
        case .halfPageUp?: self = .by(-max(1, page / 2))
        case .halfPageDown?: self = .by(max(1, page / 2))
        case .top?: self = .first
        case .bottom?: self = .last
        default: return nil
        }
    }

    /// The row this move lands on from `current`, in a list of `count` rows (not clamped for `.by`).
    public func target(from current: Int, count: Int) -> Int {
        switch self {
        case .by(let delta): return current + delta
        case .first: return 0
        case .last: return count - 1
        }
    }
}
