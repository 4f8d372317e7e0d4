/// The schedule view (`s`): the day's talks as a grid of rooms (sessions) by time.
public enum ScheduleFeature {
    /// The grid and the selected cell.
    public struct State: Hashable, Sendable {
        public var model: ScheduleModel
        public var row: Int
        public var column: Int

        public init(model: ScheduleModel, row: Int = 0, column: Int = 0) {
            self.model = model
            self.row = row
            self.column = column
        }

        /// The item index under the cursor.
        public var selectedItem: Int? {
            guard model.rows.indices.contains(row), model.columns.indices.contains(column) else { return nil }
            return model.cells[row][column]
        }
    }

    public enum Action: Equatable, Sendable {
        case moved(ListMove)
        /// To the nearest filled column on that side, at the nearest time.
        case columnStepped(Int)
    }

    /// Opens on what runs now (or next), else on `selected` (an item index), else on the first talk;
    /// nil when nothing is timed.
    public static func open(_ model: ScheduleModel, now: Timestamp?, selected: Int?) -> State? {
        guard !model.rows.isEmpty else { return nil }
        var state = State(model: model)
        let marks = model.nowAndNext(now)
        if let r = marks.now ?? marks.next, let c = model.cells[r].firstIndex(where: { $0 != nil }) {
            state.row = r
            state.column = c
        } else if let selected, let p = model.position(of: selected) {
            state.row = p.row
            state.column = p.column
        } else if let c = model.cells[0].firstIndex(where: { $0 != nil }) {
            state.column = c
        }
        return state
    }

    /// The schedule's own action for a command in the panel context.
    public static func action(for command: Command?, page: Int) -> Action? {
        switch command {
        case .paneLeft?, .previousPane?: return .columnStepped(-1)
        case .paneRight?, .nextPane?: return .columnStepped(1)
        default: return ListMove(command, page: page).map(Action.moved)
        }
    }

    public static func reduce(_ s: inout State, _ action: Action) {
        switch action {
        case .columnStepped(let step):
            var c = s.column + step
            while s.model.columns.indices.contains(c), s.model.filledRows(in: c).isEmpty { c += step }
            guard s.model.columns.indices.contains(c) else { return }
            let at = s.model.rows[s.row]
            let rows = s.model.filledRows(in: c)
            if let nearest = rows.min(by: { abs(s.model.rows[$0].epochSeconds - at.epochSeconds) < abs(s.model.rows[$1].epochSeconds - at.epochSeconds) }) {
                s.column = c
                s.row = nearest
            }
        case .moved(let move):
            let rows = s.model.filledRows(in: s.column)
            guard let here = rows.firstIndex(of: s.row) ?? rows.firstIndex(where: { $0 > s.row }) else { return }
            let target = min(max(0, move.target(from: here, count: rows.count)), rows.count - 1)
            s.row = rows[target]
        }
    }
}
