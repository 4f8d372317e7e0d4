/// What the user told `import` about the sources, beyond their bytes.
public struct ImportOptions: Sendable, Equatable {
    /// The year that completes the dates of ICML session pages (which print weekday, day and month).
    public var year: Int
    /// The IANA zone of a schedule that names none (and of floating iCalendar times); nil: the
    /// source's own zone, else UTC with a warning.
    public var timeZone: String?

    public init(year: Int = 2021, timeZone: String? = nil) {
        self.year = year
        self.timeZone = timeZone
    }
}
