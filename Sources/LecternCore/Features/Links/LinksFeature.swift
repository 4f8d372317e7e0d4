/// `o` on an item with more than one link: the status line offers them numbered (the source's own
/// links first, then those of the abstract) and a digit opens one; any other key opens none.
public enum LinksFeature {
    public struct State: Hashable, Sendable {
        /// Each link's name (the source's title, or the URL's host and path) and its URL.
        public var links: [ItemLink]
        public init(links: [ItemLink]) { self.links = links }

        /// The status line's offer: `Open which link? 1 Recording  2 Slides  3 example.org/page (Esc: none)`.
        public var prompt: String {
            let shown = links.prefix(9).enumerated().map { "\($0.offset + 1) \($0.element.title)" }
            return "Open which link? " + shown.joined(separator: "  ") + "  (other key: none)"
        }
    }

    /// The links `o` offers for `item`: its own, then those of the other records of its work (a
    /// talk's paper: "PDF (paper)"), then the abstract's (each URL once).
    public static func links(of item: Item, others: [Item] = []) -> [ItemLink] {
        var out = (item.links ?? []).filter { $0.url.hasPrefix("http") }.map { link in
            ItemLink(title: link.title.isEmpty ? shortName(link.url) : link.title, url: link.url)
        }
        for other in others {
            let role = other.start == nil ? "paper" : "talk"
            for link in other.links ?? [] where link.url.hasPrefix("http") && !out.contains(where: { $0.url == link.url }) {
                out.append(ItemLink(title: (link.title.isEmpty ? shortName(link.url) : link.title) + " (\(role))", url: link.url))
            }
        }
        for url in LaTeXCleaner.urls(in: item.abstract) where url.hasPrefix("http") && !out.contains(where: { $0.url == url }) {
            out.append(ItemLink(title: shortName(url), url: url))
        }
        return out
    }

    /// `https://www.example.org/page/` → `example.org/page`.
    static func shortName(_ url: String) -> String {
        var s = Substring(url)
        for prefix in ["https://", "http://"] where s.hasPrefix(prefix) { s = s.dropFirst(prefix.count) }
        if s.hasPrefix("www.") { s = s.dropFirst(4) }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }

    /// A key while the links are offered: the effect and the status line's message.
    public static func answer(_ state: State, key: Key) -> (effects: [Effect], message: String) {
        if case .char(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= min(9, state.links.count) {
            let link = state.links[n - 1]
            return ([.openURL(link.url)], "Opening " + link.title)
        }
        return ([], "No link opened")
    }
}
