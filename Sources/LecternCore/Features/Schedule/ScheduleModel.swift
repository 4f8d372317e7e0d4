/// The day as a grid for the schedule view: sessions as columns, distinct talk start times as rows,
/// each cell the talk (item index) a session has at that time.
public struct ScheduleModel: Hashable, Sendable {
    /// Sessions, by start time then title.
    public let columns: [Session]
    /// Distinct start times of the session talks, ascending.
    public let rows: [Timestamp]
    /// `cells[row][column]`: the item index, if the session has a talk starting then.
    public let cells: [[Int?]]
    /// End of the latest talk starting in each row.
    public let rowEnds: [Timestamp]

    /// The conference and day (`YYYY-MM-DD`) the grid is of, for a day of `ScheduleModel.days`.
    public var conference: String?
    public var date: String?

    /// Every session of the corpus on one grid (by start time, then title).
    public init(corpus: Corpus) {
        self.init(corpus: corpus, columns: corpus.sessions.sorted { ($0.start, $0.title) < ($1.start, $1.title) })
    }

    /// One grid per day of each conference, as the sessions pane lists them: rooms in the
    /// source's order, conferences one after the other.
    public static func days(corpus: Corpus, catalog: Catalog) -> [ScheduleModel] {
        catalog.days.map { day in
            var model = ScheduleModel(corpus: corpus, columns: day.sessions.compactMap { catalog.session(id: $0, in: corpus) },
                                      items: day.sessions.flatMap { catalog.itemsBySession[$0] ?? [] })
            model.conference = day.conference
            model.date = day.date
            return model
        }.filter { !$0.rows.isEmpty }
    }

    /// The grid of `columns`, in that order.
    /// `items`, when given, are the only items that may be on it (else the whole corpus is looked at).
    public init(corpus: Corpus, columns: [Session], items: [Int]? = nil) {
        let columnOf = Dictionary(columns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let talks = (items ?? Array(corpus.items.indices)).filter { corpus.items[$0].start != nil && corpus.items[$0].sessionId.flatMap { columnOf[$0] } != nil }
        let rows = Set(talks.compactMap { corpus.items[$0].start }).sorted()
        let rowOf = Dictionary(rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var cells = [[Int?]](repeating: [Int?](repeating: nil, count: columns.count), count: rows.count)
        var ends = rows
        for i in talks {
            let item = corpus.items[i]
            guard let start = item.start, let r = rowOf[start], let sid = item.sessionId, let c = columnOf[sid] else { continue }
            if cells[r][c] == nil { cells[r][c] = i }
            if let end = item.end, end > ends[r] { ends[r] = end }
        }
        self.columns = columns
        self.rows = rows
        self.cells = cells
        self.rowEnds = ends
    }

    /// Where item `index` sits, if it is a talk on the grid.
    public func position(of index: Int) -> (row: Int, column: Int)? {
        for (r, row) in cells.enumerated() {
            if let c = row.firstIndex(of: index) { return (r, c) }
        }
        return nil
    }

    /// The row a talk is running in at `now` and the first row starting after it — only when `now`
    /// falls within the conference days (from the first session's day to the last one's, in the
    /// conference's own offset).
    public func nowAndNext(_ now: Timestamp?) -> (now: Int?, next: Int?) {
        guard let now, let first = columns.first, let last = columns.map(\.end).max() else { return (nil, nil) }
        let offset = Int64(first.start.utcOffsetSeconds)
        let dayStart = ((first.start.epochSeconds + offset) / 86_400) * 86_400 - offset
        let dayEnd = ((last.epochSeconds + offset) / 86_400 + 1) * 86_400 - offset
        guard now.epochSeconds >= dayStart, now.epochSeconds < dayEnd else { return (nil, nil) }
        let current = rows.indices.last { rows[$0] <= now && now < rowEnds[$0] }
        let next = rows.indices.first { rows[$0] > now }
        return (current, next)
    }

    /// Rows of column `column` that hold a talk.
    public func filledRows(in column: Int) -> [Int] {
        guard columns.indices.contains(column) else { return [] }
        return rows.indices.filter { cells[$0][column] != nil }
    }
}
