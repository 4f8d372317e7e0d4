import LecternCore

/// Shown when the terminal is smaller than `PaneLayout.minimumSize`: a clear message, at any size.
struct TooSmallView {
    let size: Size
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid) {
        let w = size.width, h = size.height
        guard w > 0, h > 0 else { return }
        grid.fill(grid.bounds, role: .normal)
        let need = PaneLayout.minimumSize
        var lines = ["terminal too small", "need \(need.width)x\(need.height)", "now \(w)x\(h)", "q quits"]
        if w >= 34 { lines = ["terminal too small \(glyphs.dash == "–" ? "—" : "-") need \(need.width)x\(need.height)", "now \(w)x\(h)", "q quits"] }
        let shown = Array(lines.prefix(h))
        let top = max(0, (h - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let text = DisplayWidth.truncate(line, to: w, ellipsis: glyphs.ellipsis)
            let x = max(0, (w - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: top + i, role: i == 0 ? .statusError : .dim)
        }
    }
}
