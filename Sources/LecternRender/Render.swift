import LecternCore

/// Draws the whole screen for `state` at `size`. Pure: the same state and size give the same grid.
public func render(_ state: State, size: Size) -> CellGrid {
    var grid = CellGrid(size: size)
    let text = Array("lectern")
    for (x, c) in text.enumerated() where x < size.width && size.height > 0 {
        grid[x, 0] = Cell(c)
    }
    return grid
}
