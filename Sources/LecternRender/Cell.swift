/// One screen cell: a grapheme cluster, its display width, and the role it is painted with.
/// A wide grapheme occupies its cell plus a following continuation cell of width 0.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var width: UInt8
    public var role: Role
    public var bold: Bool
    public var underline: Bool

    public init(_ grapheme: Character = " ", width: UInt8 = 1, role: Role = .normal, bold: Bool = false, underline: Bool = false) {
        self.grapheme = grapheme
        self.width = width
        self.role = role
        self.bold = bold
        self.underline = underline
    }

    public static let blank = Cell()
    /// The right half of a wide character.
    public static func continuation(role: Role) -> Cell { Cell(" ", width: 0, role: role) }
    public var isContinuation: Bool { width == 0 }
}
