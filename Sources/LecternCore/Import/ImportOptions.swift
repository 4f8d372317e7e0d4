/// What the user told `import` about the sources, beyond their bytes.
public struct ImportOptions: Sendable, Equatable {
    /// The year that completes the dates of ICML session pages (which print weekday, day and month).
    public var year: Int
    /// The IANA zone of a schedule that names none (and of floating iCalendar times); nil: the
    /// source's own zone, else UTC with a warning.
    public var timeZone: String?
    /// Papers kept from a bulk source: those in one of these categories (`cs.LG`, or a whole archive
    /// such as `cs`); empty: all.
    public var categories: [String]
    /// Papers kept from a bulk source: those first submitted on or after this day (`YYYY-MM-DD`); nil: all.
    public var since: String?

    public init(year: Int = 2021, timeZone: String? = nil, categories: [String] = [], since: String? = nil) {
        self.year = year
        self.timeZone = timeZone
        self.categories = categories
        self.since = since
    }

    /// True when a paper with these categories and date passes `categories` and `since`.
    public func keeps(categories paperCategories: [String], date: String?) -> Bool {
        if !categories.isEmpty, !paperCategories.contains(where: { c in categories.contains { c == $0 || c.hasPrefix($0 + ".") } }) {
            return false
        }
        if let since {
            guard let date, date >= since else { return false }
        }
        return true
    }
}
