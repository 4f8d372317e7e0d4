import LecternRender
import LecternTerminal

/// The chosen theme, turned into what the curses backend paints for a color depth.
struct ThemePalette {
    /// Loads the theme named on the command line or in the config (or the default one).
    static func load(name: String?) throws -> ThemePalette {
        ThemePalette()
    }

    func styles(for depth: TerminalColorDepth) -> [Role: PaintStyle] {
        var styles: [Role: PaintStyle] = [:]
        styles[.selection] = PaintStyle(reverse: true)
        styles[.selectionUnfocused] = PaintStyle(underline: true)
        styles[.borderFocused] = PaintStyle(bold: true)
        styles[.title] = PaintStyle(bold: true)
        styles[.dim] = PaintStyle(dim: true)
        return styles
    }
}
