import LecternRender

/// The bytes that put cell updates on a terminal with 24-bit colour, written as SGR `38;2;r;g;b`
/// and `48;2;r;g;b` sequences. Used when `COLORTERM` promises direct colour but terminfo does
/// not (xterm-256color): no palette entry is redefined (no OSC 4, so no OSC 104 to undo), and a
/// `kill -9` leaves the terminal's colours as they were. Pure, so it is tested on its own.
public struct DirectColorWriter: Sendable {
    public var styles: [Role: PaintStyle]

    public init(styles: [Role: PaintStyle]) { self.styles = styles }

    /// The bytes that write `updates` (screen order, as `CellGrid.diff` gives them), then place or
    /// hide the cursor. Attributes are reset at the end, so what follows starts plain.
    public func bytes(for updates: [CellUpdate], cursor: GridPoint?) -> String {
        var out = ""
        var at: (x: Int, y: Int)? = nil
        var current: String? = nil
        for update in updates {
            if at?.x != update.x || at?.y != update.y {
                out += "\u{1B}[\(update.y + 1);\(update.x + 1)H"
            }
            let sgr = Self.sgr(styles[update.cell.role] ?? .plain, bold: update.cell.bold, underline: update.cell.underline)
            if sgr != current {
                out += sgr
                current = sgr
            }
            out += Self.shown(update.cell.grapheme)
            at = (update.x + max(1, Int(update.cell.width)), update.y)
        }
        if current != nil { out += "\u{1B}[0m" }
        if let cursor {
            out += "\u{1B}[\(cursor.y + 1);\(cursor.x + 1)H\u{1B}[?25h"
        } else {
            out += "\u{1B}[?25l"
        }
        return out
    }

    /// The SGR sequence for a style: reset, then attributes and colours.
    public static func sgr(_ style: PaintStyle, bold: Bool = false, underline: Bool = false) -> String {
        var parts = ["0"]
        if style.bold || bold { parts.append("1") }
        if style.dim { parts.append("2") }
        if style.italic { parts.append("3") }
        if style.underline || underline { parts.append("4") }
        if style.reverse { parts.append("7") }
        if let fg = code(style.foreground, foreground: true) { parts.append(fg) }
        if let bg = code(style.background, foreground: false) { parts.append(bg) }
        return "\u{1B}[" + parts.joined(separator: ";") + "m"
    }

    static func code(_ color: TerminalColor, foreground: Bool) -> String? {
        switch color {
        case .default:
            return nil
        case .indexed(let n):
            let n = max(0, min(255, n))
            if n < 8 { return "\((foreground ? 30 : 40) + n)" }
            if n < 16 { return "\((foreground ? 90 : 100) + n - 8)" }
            return (foreground ? "38;5;" : "48;5;") + "\(n)"
        case .rgb(let r, let g, let b):
            return (foreground ? "38;2;" : "48;2;") + "\(r);\(g);\(b)"
        }
    }

    /// The grapheme without control characters (a blank when nothing is left), as curses is given it.
    static func shown(_ grapheme: Character) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in grapheme.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (0x7F..<0xA0).contains(v) { continue }
            scalars.append(scalar)
        }
        return scalars.isEmpty ? " " : String(scalars)
    }
}
