/// The schedule view, when open: the grid and the selected cell.
public struct ScheduleState: Hashable, Sendable {
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
