/// A link an item's source gives: a recording, slides, the event page.
public struct ItemLink: Codable, Hashable, Sendable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}
