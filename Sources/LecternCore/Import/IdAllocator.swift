/// Hands out unique ids in order: the first claim of a slug gets it as is, later ones `-2`, `-3`, ...
public struct IdAllocator: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// A unique id for a title's slug.
    public mutating func id(forTitle title: String) -> String {
        claim(Slug.make(title))
    }

    /// Claims `base`, or the first free `base-N` (N from 2), keeping the result within the slug limit
    /// when `base` came from a title.
    public mutating func claim(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var n = 2
        while true {
            let suffix = "-\(n)"
            let head = base.count + suffix.count > Slug.maxLength && base.count <= Slug.maxLength
                ? Slug.cut(base, to: Slug.maxLength - suffix.count) : base
            let candidate = head + suffix
            if used.insert(candidate).inserted { return candidate }
            n += 1
        }
    }
}
