/// The symbols the screen is drawn with: Unicode by default, plain ASCII for terminals or fonts
/// that cannot show box drawing or the star (a theme's `glyphs = "ascii"`).
public struct Glyphs: Hashable, Sendable {
    public var bookmark: String
    public var ellipsis: String
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var scrollThumb: Character
    public var separator: String

    public init(bookmark: String, ellipsis: String, horizontal: Character, vertical: Character,
                topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                scrollThumb: Character, separator: String) {
        self.bookmark = bookmark
        self.ellipsis = ellipsis
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.scrollThumb = scrollThumb
        self.separator = separator
    }

    public static let unicode = Glyphs(bookmark: "★", ellipsis: "…", horizontal: "─", vertical: "│",
                                       topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       scrollThumb: "█", separator: "·")
    public static let ascii = Glyphs(bookmark: "*", ellipsis: "...", horizontal: "-", vertical: "|",
                                     topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     scrollThumb: "#", separator: "|")

    /// `"unicode"` or `"ascii"`, as written in a theme file.
    public init?(name: String) {
        switch name.lowercased() {
        case "unicode": self = .unicode
        case "ascii": self = .ascii
        default: return nil
        }
    }
}
