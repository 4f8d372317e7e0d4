/// A color as the terminal backend paints it; the theme has already chosen it for the color depth.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// A palette index: 0–7 the ANSI colors, 8–15 their bright forms, 16–255 the xterm cube and grays.
    case indexed(Int)
    /// A 24-bit color.
    case rgb(UInt8, UInt8, UInt8)

    /// The nearest xterm 256-color index for an RGB color.
    public static func nearestIndex(r: UInt8, g: UInt8, b: UInt8) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ v: UInt8) -> Int {
            var best = 0
            for (i, l) in levels.enumerated() where abs(l - Int(v)) < abs(levels[best] - Int(v)) { best = i }
            return best
        }
        let ri = nearestLevel(r), gi = nearestLevel(g), bi = nearestLevel(b)
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeDistance = sq(levels[ri] - Int(r)) + sq(levels[gi] - Int(g)) + sq(levels[bi] - Int(b))
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grayIndex = min(23, max(0, (average - 8 + 5) / 10))
        let gray = 8 + 10 * grayIndex
        let grayDistance = sq(gray - Int(r)) + sq(gray - Int(g)) + sq(gray - Int(b))
        return grayDistance < cubeDistance ? 232 + grayIndex : cube
    }

    private static func sq(_ v: Int) -> Int { v * v }
}
