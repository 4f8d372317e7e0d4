/// A named mapping from every `Role` to a `Style`, plus the glyph set the screen is drawn with.
/// Roles a theme file leaves out are painted like `normal`.
public struct Theme: Hashable, Sendable {
    public var name: String
    /// One line, shown by `lectern themes`.
    public var description: String
    public var glyphs: Glyphs
    public var styles: [Role: Style]

    public init(name: String, description: String = "", glyphs: Glyphs = .unicode, styles: [Role: Style] = [:]) {
        self.name = name
        self.description = description
        self.glyphs = glyphs
        self.styles = styles
    }

    /// The style of `role` as written in the theme.
    public func style(for role: Role) -> Style {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// The style of `role` degraded to what a terminal of `depth` can show.
    /// A selection whose background the depth cannot tell from the screen's (a dark gray on 8
    /// colours falls to the terminal's own, a light gray to the light theme's white) is shown bold
    /// and underlined, so the row stays marked.
    public func style(for role: Role, depth: ColorDepth) -> Style {
        let asWritten = style(for: role)
        var s = depth.map(asWritten)
        let screen = role == .normal ? s.background : depth.map(style(for: .normal)).background
        if role == .selection || role == .selectionUnfocused, depth != .none,
           asWritten.background != style(for: .normal).background, s.background == .default || s.background == screen {
            s.bold = true
            s.underline = true
        }
        return s
    }
}
