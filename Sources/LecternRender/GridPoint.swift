/// A cell position on the grid: `x` to the right, `y` down, from the top left.
public struct GridPoint: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
