/// The schedule view (`s`): one day's talks as a grid of rooms (sessions) by time. `[` and `]`
/// move between the days (of each conference in turn), `<` and `>` scroll a screen of rooms.
public enum ScheduleFeature {
    /// The days, the one shown, the first room on screen and the selected cell.
    public struct State: Hashable, Sendable {
        /// The grid of the day shown (`days[day]`).
        public var model: ScheduleModel
        public var days: [ScheduleModel]
        public var day: Int
        public var row: Int
        public var column: Int
        /// The leftmost room on screen.
        public var firstColumn: Int

        public init(model: ScheduleModel, row: Int = 0, column: Int = 0) {
            self.init(days: [model], day: 0, row: row, column: column)
        }

        public init(days: [ScheduleModel], day: Int, row: Int = 0, column: Int = 0, firstColumn: Int = 0) {
            self.days = days
            self.day = day
            self.model = days[day]
            self.row = row
            self.column = column
            self.firstColumn = firstColumn
        }

        /// The days of the conference shown, and which of them is shown (from 0).
        public var conferenceDays: (index: Int, count: Int) {
            let same = days.indices.filter { days[$0].conference == model.conference }
            return (same.firstIndex(of: day) ?? 0, same.count)
        }

        /// The item index under the cursor.
        public var selectedItem: Int? {
            guard model.rows.indices.contains(row), model.columns.indices.contains(column) else { return nil }
            return model.cells[row][column]
        }
    }

    public enum Action: Equatable, Sendable {
        case moved(ListMove)
        /// To the nearest filled column on that side, at the nearest time; `visible` rooms fit.
        case columnStepped(Int, visible: Int)
        /// The previous (-1) or next (1) day.
        case dayStepped(Int)
        /// A screen of `visible` rooms to the left (-1) or right (1).
        case columnsPaged(Int, visible: Int)
    }

    /// Rooms that fit side by side in a schedule of `width` columns inside its border.
    public static func columnsThatFit(width: Int) -> Int { max(1, (width - timeWidth) / minimumColumn) }
    /// The first room of the screen of `visible` rooms that holds `column`.
    public static func page(of column: Int, visible: Int, count: Int) -> Int {
        min((column / max(1, visible)) * max(1, visible), max(0, count - visible))
    }

    /// The time gutter's width and a room's narrowest column.
    public static let timeWidth = 14
    public static let minimumColumn = 14

    /// Opens on what runs now (or next), else on `selected` (an item index), else on the first talk,
    /// each on its own day; nil when nothing is timed.
    public static func open(_ model: ScheduleModel, now: Timestamp?, selected: Int?) -> State? {
        open(days: [model], now: now, selected: selected)
    }

    public static func open(days: [ScheduleModel], now: Timestamp?, selected: Int?) -> State? {
        let days = days.filter { !$0.rows.isEmpty }
        guard !days.isEmpty else { return nil }
        for (d, model) in days.enumerated() {
            let marks = model.nowAndNext(now)
            if let r = marks.now ?? marks.next, let c = model.cells[r].firstIndex(where: { $0 != nil }) {
                return State(days: days, day: d, row: r, column: c)
            }
        }
        if let selected {
            for (d, model) in days.enumerated() {
                if let p = model.position(of: selected) { return State(days: days, day: d, row: p.row, column: p.column) }
            }
        }
        var state = State(days: days, day: 0)
        if let c = days[0].cells[0].firstIndex(where: { $0 != nil }) { state.column = c }
        return state
    }

    /// The schedule's own action for a command in the panel context; `visible` rooms fit.
    public static func action(for command: Command?, page: Int, visible: Int) -> Action? {
        switch command {
        case .paneLeft?, .previousPane?: return .columnStepped(-1, visible: visible)
        case .paneRight?, .nextPane?: return .columnStepped(1, visible: visible)
        case .previousDay?: return .dayStepped(-1)
        case .nextDay?: return .dayStepped(1)
        case .roomsLeft?: return .columnsPaged(-1, visible: visible)
        case .roomsRight?: return .columnsPaged(1, visible: visible)
        default: return ListMove(command, page: page).map(Action.moved)
        }
    }

    /// What the reducer says in the status line, if anything.
    @discardableResult
    public static func reduce(_ s: inout State, _ action: Action) -> String? {
        switch action {
        case .columnStepped(let step, let visible):
            var c = s.column + step
            while s.model.columns.indices.contains(c), s.model.filledRows(in: c).isEmpty { c += step }
            guard s.model.columns.indices.contains(c) else { return nil }
            let at = s.model.rows[s.row]
            if let nearest = nearestRow(in: c, to: at, s.model) {
                s.column = c
                s.row = nearest
            }
            if s.column < s.firstColumn { s.firstColumn = s.column }
            if s.column >= s.firstColumn + visible { s.firstColumn = s.column - visible + 1 }
        case .moved(let move):
            let rows = s.model.filledRows(in: s.column)
            guard let here = rows.firstIndex(of: s.row) ?? rows.firstIndex(where: { $0 > s.row }) else { return nil }
            let target = min(max(0, move.target(from: here, count: rows.count)), rows.count - 1)
            s.row = rows[target]
        case .dayStepped(let step):
            // The days of the conference shown; another conference's schedule opens from its talks.
            var d = s.day + step
            while s.days.indices.contains(d), s.days[d].conference != s.model.conference { d += step }
            guard s.days.indices.contains(d) else {
                return step < 0 ? "This is the first day" : "This is the last day"
            }
            let at = s.model.rows.indices.contains(s.row) ? s.model.rows[s.row] : nil
            s.day = d
            s.model = s.days[d]
            s.firstColumn = 0
            // The same time of day, in the first room that has a talk then.
            let minute: (Timestamp) -> Int64 = { t in (t.epochSeconds + Int64(t.utcOffsetSeconds)) % 86_400 }
            let r = at.flatMap { a in s.model.rows.indices.min { abs(minute(s.model.rows[$0]) - minute(a)) < abs(minute(s.model.rows[$1]) - minute(a)) } } ?? 0
            s.row = r
            s.column = s.model.cells[r].firstIndex { $0 != nil } ?? 0
        case .columnsPaged(let step, let visible):
            let count = s.model.columns.count
            let first = min(max(0, s.firstColumn + step * visible), max(0, count - visible))
            guard first != s.firstColumn else {
                return step < 0 ? "These are the first rooms" : "These are the last rooms"
            }
            let shift = first - s.firstColumn
            s.firstColumn = first
            let at = s.model.rows[s.row]
            // The cursor moves with the rooms: to the room it had on screen, or the nearest filled one.
            let wanted = min(count - 1, max(first, min(first + visible - 1, s.column + shift)))
            let window = Array(first..<min(count, first + visible))
            let order = window.sorted { abs($0 - wanted) < abs($1 - wanted) }
            if let c = order.first(where: { !s.model.filledRows(in: $0).isEmpty }), let r = nearestRow(in: c, to: at, s.model) {
                s.column = c
                s.row = r
            }
        }
        return nil
    }

    static func nearestRow(in column: Int, to at: Timestamp, _ model: ScheduleModel) -> Int? {
        model.filledRows(in: column).min { abs(model.rows[$0].epochSeconds - at.epochSeconds) < abs(model.rows[$1].epochSeconds - at.epochSeconds) }
    }
}
