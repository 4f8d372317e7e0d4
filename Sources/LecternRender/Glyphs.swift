import Foundation
import LecternCore

/// The symbols the screen is drawn with: Unicode by default, plain ASCII for terminals or fonts
/// that cannot show box drawing or the star (a theme's `glyphs = "ascii"`).
public struct Glyphs: Hashable, Sendable {
    /// A must-see bookmark (and bookmarks in general, as in the sessions pane's entry).
    public var bookmark: String
    /// A bookmark marked maybe.
    public var maybe: String
    public var ellipsis: String
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var scrollThumb: Character
    public var separator: String
    /// Between the two ends of a time range (`14:00–14:20`).
    public var dash: String
    /// Left of an item not seen yet.
    public var unseen: String

    public init(bookmark: String, maybe: String, ellipsis: String, horizontal: Character, vertical: Character,
                topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
                scrollThumb: Character, separator: String, dash: String, unseen: String = "•") {
        self.bookmark = bookmark
        self.maybe = maybe
        self.ellipsis = ellipsis
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.scrollThumb = scrollThumb
        self.separator = separator
        self.dash = dash
        self.unseen = unseen
    }

    public static let unicode = Glyphs(bookmark: "★", maybe: "☆", ellipsis: "…", horizontal: "─", vertical: "│",
                                       topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                       scrollThumb: "█", separator: "·", dash: "–")
    public static let ascii = Glyphs(bookmark: "*", maybe: "+", ellipsis: "...", horizontal: "-", vertical: "|",
                                     topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                                     scrollThumb: "#", separator: "-", dash: "-", unseen: ".")

    /// The mark of a bookmark of `priority`: `★` must see, `☆` maybe.
    public func mark(_ priority: Bookmark.Priority) -> String {
        priority == .mustSee ? bookmark : maybe
    }

    /// A time text from `TimeFormatting` with its range dash in this glyph set.
    public func times(_ text: String) -> String {
        dash == "–" ? text : text.replacingOccurrences(of: "–", with: dash)
    }

    /// `"unicode"` or `"ascii"`, as written in a theme file.
    public init?(name: String) {
        switch name.lowercased() {
        case "unicode": self = .unicode
        case "ascii": self = .ascii
        default: return nil
        }
    }
}

extension Glyphs {
    /// The mark left of a marked item in a list (Space marks it).
    public var marked: String { ellipsis == "…" ? "▌" : "#" }
}
