/// How many colours the terminal can show. Colours a theme asks for are mapped to the nearest one
/// the terminal has (`map`). `NO_COLOR` is the caller's business: when it is set (non-empty), pick
/// `.none` (`detect` does this), and styles keep only their attributes.
public enum ColorDepth: String, Hashable, Sendable, CaseIterable {
    case none
    case ansi8 = "8"
    case ansi16 = "16"
    case palette256 = "256"
    case truecolor

    /// The depth for an environment and the number of colours terminfo reports (curses `COLORS`).
    /// `NO_COLOR` (any non-empty value) gives `.none`; `COLORTERM=truecolor|24bit` gives `.truecolor`.
    public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
        if let v = environment["NO_COLOR"], !v.isEmpty { return .none }
        if colors <= 1 { return .none }
        if let ct = environment["COLORTERM"]?.lowercased(), ct == "truecolor" || ct == "24bit" { return .truecolor }
        if colors >= 1 << 24 { return .truecolor }
        if colors >= 256 { return .palette256 }
        if colors >= 16 { return .ansi16 }
        return .ansi8
    }

    /// The colour nearest to `color` that this depth can show.
    public func map(_ color: Color) -> Color {
        guard color != .default else { return .default }
        switch self {
        case .none:
            return .default
        case .truecolor:
            return color
        case .palette256:
            switch color {
            case .rgb(let r, let g, let b): return .indexed(ColorDepth.nearest256(Int(r), Int(g), Int(b)))
            default: return color
            }
        case .ansi16, .ansi8:
            let limit = self == .ansi16 ? 16 : 8
            if case .ansi(let i) = color, Int(i) < limit { return color }
            if case .indexed(let i) = color, Int(i) < limit { return .ansi(i) }
            if case .ansi(let i) = color, limit == 8 { return .ansi(i - 8) }
            guard let (r, g, b) = color.rgbValue else { return .default }
            return .ansi(ColorDepth.nearestANSI(r, g, b, count: limit))
        }
    }

    /// `style` as this depth shows it. Without colour, a style that relied on a background
    /// (a selection) is shown reversed so it stays visible.
    ///
    /// With 8 or 16 colours a dark gray falls to black, invisible on a dark terminal: a foreground
    /// that became black over the terminal's own background is shown in the default colour, dim
    /// (borders, the scrollbar); a background that became black (the bars, the unfocused
    /// selection) is left to the terminal's (`Theme.style(for:depth:)` marks a selection that lost
    /// its background another way). Black the theme asked for (`black`, `#000000`) stays black.
    public func map(_ style: Style) -> Style {
        var s = style
        s.foreground = map(style.foreground)
        s.background = map(style.background)
        if self == .none, style.background != .default { s.reverse = true }
        if self == .ansi8 || self == .ansi16 {
            if s.background == .ansi(0), !ColorDepth.isBlack(style.background) {
                s.background = .default
            }
            if s.foreground == .ansi(0), s.background == .default, !ColorDepth.isBlack(style.foreground) {
                s.foreground = .default
                s.dim = true
            }
        }
        return s
    }

    /// Whether a theme colour is black itself (not a dark gray that only maps to it).
    static func isBlack(_ color: Color) -> Bool {
        guard let (r, g, b) = color.rgbValue else { return false }
        return r + g + b == 0
    }

    static func distance(_ a: (r: Int, g: Int, b: Int), _ b: (r: Int, g: Int, b: Int)) -> Int {
        let dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    /// Nearest xterm-256 index (6×6×6 cube or gray ramp) to an RGB value.
    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in Color.cubeLevels.enumerated() where abs(l - v) < abs(Color.cubeLevels[best] - v) { best = i }
            return best
        }
        let (ri, gi, bi) = (level(r), level(g), level(b))
        let cube = (Color.cubeLevels[ri], Color.cubeLevels[gi], Color.cubeLevels[bi])
        let cubeIndex = 16 + 36 * ri + 6 * gi + bi
        let avg = (r + g + b) / 3
        let grayStep = min(23, max(0, (avg - 3) / 10))
        let gv = 8 + grayStep * 10
        let target = (r: r, g: g, b: b)
        if distance(target, (gv, gv, gv)) < distance(target, cube) { return UInt8(232 + grayStep) }
        return UInt8(cubeIndex)
    }

    /// The ANSI colour (of the first `count`, 8 or 16) for an RGB value. Grays go to black, gray
    /// or white by lightness; other colours keep their hue (each channel on when it is at least
    /// halfway between the weakest and strongest), and light ones take the bright form.
    static func nearestANSI(_ r: Int, _ g: Int, _ b: Int, count: Int) -> UInt8 {
        let mx = max(r, g, b), mn = min(r, g, b)
        if mx - mn < 48 {
            let lightness = (r + g + b) / 3
            if count < 16 { return lightness < 96 ? 0 : 7 }
            return lightness < 64 ? 0 : lightness < 150 ? 8 : lightness < 220 ? 7 : 15
        }
        let mid = (mx + mn) / 2
        let bits = (r >= mid ? 1 : 0) | (g >= mid ? 2 : 0) | (b >= mid ? 4 : 0)
        return UInt8(count >= 16 && mx > 200 ? bits + 8 : bits)
    }
}
