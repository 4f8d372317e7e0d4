/// A run of text painted with one role; a line on screen is a list of spans.
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: Role
    public var bold: Bool

    public init(_ text: String, _ role: Role = .normal, bold: Bool = false) {
        self.text = text
        self.role = role
        self.bold = bold
    }
}
