import LecternRender
import LecternTerminal

/// The chosen theme, turned into what the curses backend paints for the terminal's color depth.
struct ThemePalette {
    var theme: Theme

    /// The render layer's depth for what the backend detected (`colors` is curses' COLORS).
    static func depth(for detected: TerminalColorDepth, colors: Int) -> ColorDepth {
        switch detected {
        case .trueColor: return .truecolor
        case .ansi256: return .palette256
        case .ansi8: return colors >= 16 ? .ansi16 : .ansi8
        case .none: return .none
        }
    }

    func styles(for detected: TerminalColorDepth, colors: Int) -> [Role: PaintStyle] {
        let depth = ThemePalette.depth(for: detected, colors: colors)
        var result: [Role: PaintStyle] = [:]
        for role in Role.allCases {
            let style = theme.style(for: role, depth: depth)
            result[role] = PaintStyle(foreground: ThemePalette.color(style.foreground), background: ThemePalette.color(style.background),
                                      bold: style.bold, dim: style.dim, underline: style.underline, reverse: style.reverse)
        }
        return result
    }

    static func color(_ color: Color) -> TerminalColor {
        switch color {
        case .default: return .default
        case .ansi(let i): return .indexed(Int(i))
        case .indexed(let i): return .indexed(Int(i))
        case .rgb(let r, let g, let b): return .rgb(r, g, b)
        }
    }
}
