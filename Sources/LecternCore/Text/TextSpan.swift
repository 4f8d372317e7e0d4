/// A run of display text with the attributes the details pane draws: bold, italic, and a link target.
public struct TextSpan: Hashable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    /// The address to open when the span is a URL; nil for ordinary text.
    public var url: String?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, url: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.url = url
    }

    /// True when two spans draw the same way and can be joined.
    func hasSameAttributes(as other: TextSpan) -> Bool {
        bold == other.bold && italic == other.italic && url == other.url
    }
}
