import Foundation

/// A colour as a theme writes it: the terminal's default, one of the 16 ANSI colours, an index
/// of the 256-colour palette, or a 24-bit RGB value.
public enum Color: Hashable, Sendable, CustomStringConvertible {
    case `default`
    /// 0...15: black, red, green, yellow, blue, magenta, cyan, white, then their bright forms.
    case ansi(UInt8)
    /// 0...255 in the xterm palette.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    /// The 16 ANSI names, in palette order.
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                                   "bright-black", "bright-red", "bright-green", "bright-yellow",
                                   "bright-blue", "bright-magenta", "bright-cyan", "bright-white"]

    /// Parses `default`, an ANSI name (`red`, `bright-blue`, also `gray`/`grey`), `#rrggbb`, or a
    /// palette index written as a string (`"208"`). Nil when it is none of these.
    public init?(name: String) {
        let n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        if n == "default" || n == "none" { self = .default; return }
        if n == "gray" || n == "grey" { self = .ansi(8); return }
        if let i = Color.ansiNames.firstIndex(of: n) { self = .ansi(UInt8(i)); return }
        if n.hasPrefix("bright"), let i = Color.ansiNames.firstIndex(of: "bright-" + n.dropFirst(6)) { self = .ansi(UInt8(i)); return }
        if n.hasPrefix("#") {
            let hex = n.dropFirst()
            guard hex.count == 6, let v = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
            return
        }
        if let i = Int(n), (0...255).contains(i) { self = .indexed(UInt8(i)); return }
        return nil
    }

    /// The colour as a theme file would write it.
    public var description: String {
        switch self {
        case .default: return "default"
        case .ansi(let i): return Color.ansiNames[Int(i) & 15]
        case .indexed(let i): return "\(i)"
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { v in
                let s = String(v, radix: 16)
                return s.count == 1 ? "0" + s : s
            }.joined()
        }
    }

    /// Approximate RGB of the colour (xterm's palette); nil for the default colour.
    public var rgbValue: (r: Int, g: Int, b: Int)? {
        switch self {
        case .default: return nil
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        case .ansi(let i): return Color.ansiRGB[Int(i) & 15]
        case .indexed(let i):
            let v = Int(i)
            if v < 16 { return Color.ansiRGB[v] }
            if v >= 232 { let g = 8 + (v - 232) * 10; return (g, g, g) }
            let c = v - 16
            return (Color.cubeLevels[c / 36], Color.cubeLevels[(c / 6) % 6], Color.cubeLevels[c % 6])
        }
    }

    static let cubeLevels = [0, 95, 135, 175, 215, 255]
    static let ansiRGB: [(r: Int, g: Int, b: Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
