import LecternCore

/// A whole screen of cells, drawn by the views and diffed by the terminal backend.
public struct CellGrid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (the search bar while typing); nil hides it.
    public var cursor: GridPoint?

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    /// The cell at `x`, `y`. Reading outside the grid gives a blank cell; writing there does nothing.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            cells[y * size.width + x] = newValue
        }
    }

    /// The characters of row `y`, continuation cells skipped.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<size.width {
            let c = self[x, y]
            if !c.isContinuation { s.append(c.grapheme) }
        }
        return s
    }

    /// The screen as text, one line per row, trailing spaces kept (a golden file's form).
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }
}
