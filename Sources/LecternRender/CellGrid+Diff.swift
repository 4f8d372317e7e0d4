/// What the terminal must write to turn the screen it shows into this grid, the way ratatui's
/// `Buffer::diff` does it. Pure: the terminal backend writes exactly the updates returned.
extension CellGrid {
    /// The cells that differ from `previous`, row by row, left to right.
    ///
    /// - `previous` nil (nothing known) or of another size (a resize): every cell.
    /// - A wide cell is written with its continuation: it is an update when either half changed,
    ///   and the continuation itself is never written.
    /// - Writing over part of a wide character the screen shows blanks its other half on a
    ///   terminal, so the column that half stood in is written again even when unchanged.
    /// - What a terminal cannot show is written as a space of the same style: a wide cell in the
    ///   last column, a continuation cell with no wide cell before it.
    public func diff(from previous: CellGrid?) -> [CellUpdate] {
        let w = size.width
        let old: CellGrid? = previous?.size == size ? previous : nil
        var updates: [CellUpdate] = []
        for y in 0..<size.height {
            // Columns up to (not including) `invalidUntil` must be written whatever they hold.
            var invalidUntil = 0
            var x = 0
            while x < w {
                let cell = self[x, y]
                let span = cell.width == 2 && x + 1 < w ? 2 : 1
                var changed = true
                if let old {
                    changed = x < invalidUntil || cell != old[x, y]
                        || (span == 2 && self[x + 1, y] != old[x + 1, y])
                }
                if changed {
                    updates.append(CellUpdate(x: x, y: y, cell: Self.shown(cell, span: span)))
                    // The screen's wide character under the last column written loses its right half.
                    if let old, old[x + span - 1, y].width == 2, x + span < w {
                        invalidUntil = max(invalidUntil, x + span + 1)
                    }
                }
                x += span
            }
        }
        return updates
    }

    /// The cell as a terminal can write it.
    private static func shown(_ cell: Cell, span: Int) -> Cell {
        if cell.isContinuation || (cell.width == 2 && span == 1) {
            return Cell(" ", width: 1, role: cell.role, bold: cell.bold, underline: cell.underline)
        }
        return cell
    }
}
