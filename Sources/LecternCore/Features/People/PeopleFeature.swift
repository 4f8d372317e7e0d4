/// The people panel (`a`): the authors (and moderator) of an item, and once one is chosen, that
/// person's sessions and items.
public enum PeopleFeature {
    public struct State: Hashable, Sendable {
        /// Index into `Corpus.items` of the item whose people are listed.
        public var source: Int
        public var people: [Person]
        public var cursor = ListCursor()
        /// Index into `people` of the person whose work is listed.
        public var chosen: Int?
        public var workCursor = ListCursor()

        public init(source: Int, people: [Person]) {
            self.source = source
            self.people = people
        }

        /// The chosen person's rows: moderated sessions first, then talks and papers.
        public var work: [PeopleEntry] {
            guard let chosen, people.indices.contains(chosen) else { return [] }
            let p = people[chosen]
            return p.moderatedSessions.map { PeopleEntry.session($0) } + p.items.map { PeopleEntry.item($0) }
        }

        /// The work row under the cursor, once a person is chosen.
        public var selectedWork: PeopleEntry? {
            let rows = work
            return chosen != nil && rows.indices.contains(workCursor.selected) ? rows[workCursor.selected] : nil
        }
    }

    public enum Action: Equatable, Sendable {
        case moved(ListMove, visible: Int)
        /// The person under the cursor is chosen: their work is listed.
        case personChosen
        /// Back from a person's work to the people.
        case personLeft
    }

    /// The panel on the people of `names` (an item's authors and moderator), each once; nil when
    /// none is known.
    public static func open(_ source: Int, names: [String], index: PeopleIndex) -> State? {
        var seen = Set<String>()
        let found = names.compactMap { index.person(named: $0) }.filter { seen.insert($0.folded).inserted }
        return found.isEmpty ? nil : State(source: source, people: found)
    }

    public static func reduce(_ p: inout State, _ action: Action) {
        switch action {
        case .moved(let move, let visible):
            if p.chosen != nil {
                let count = p.work.count
                p.workCursor.select(move.target(from: p.workCursor.selected, count: count), count: count, visible: visible)
            } else {
                p.cursor.select(move.target(from: p.cursor.selected, count: p.people.count), count: p.people.count, visible: visible)
            }
        case .personChosen:
            if p.people.indices.contains(p.cursor.selected) {
                p.chosen = p.cursor.selected
                p.workCursor = ListCursor()
            }
        case .personLeft:
            p.chosen = nil
            p.workCursor = ListCursor()
        }
    }
}
