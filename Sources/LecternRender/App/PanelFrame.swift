import LecternCore

/// What the `r` and `a` panels share: the area cleared, the body above the hint row, and the
/// first row shown so that the selection stays in view.
struct PanelFrame {
    let inner: Rect
    /// The inner area less its last row, which holds the panel's key hint.
    let body: Rect

    /// Nil when `area` is too small for a panel (the explorer behind it stays as it is).
    init?(clearing area: Rect, in grid: inout CellGrid) {
        guard area.width >= 20, area.height >= 6 else { return nil }
        grid.fill(area, role: .normal)
        inner = area.inner
        body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
    }

    /// The first of `count` rows to show in `visible` rows with row `selected` among them.
    static func firstRow(selected: Int, count: Int, visible: Int) -> Int {
        min(max(0, selected - visible + 1), max(0, count - visible))
    }
}
