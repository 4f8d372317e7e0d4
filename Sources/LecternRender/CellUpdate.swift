/// One cell the terminal must write: what `CellGrid.diff(from:)` returns, in screen order.
/// `cell` is what to show at `x`, `y`; a wide cell also covers the column to its right.
public struct CellUpdate: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) { (self.x, self.y, self.cell) = (x, y, cell) }
}
