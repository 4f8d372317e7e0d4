/// A conference a schedule was imported from: its name in the corpus, title, dates and IANA zone.
public struct Conference: Codable, Hashable, Sendable, Identifiable {
    /// The conference's short name in the corpus (`fosdem-2021`); sessions and items point at it.
    public var id: String
    public var title: String
    /// The source's own short name, e.g. `36c3`.
    public var acronym: String?
    /// First and last day, `YYYY-MM-DD`, in the conference's zone.
    public var start: String
    public var end: String
    /// IANA zone the schedule's times are in, e.g. `Europe/Brussels`.
    public var timeZone: String
    /// The format the schedule was read from, e.g. `frab schedule XML`.
    public var format: String?

    public init(id: String, title: String, acronym: String? = nil, start: String, end: String, timeZone: String,
                format: String? = nil) {
        self.id = id
        self.title = title
        self.acronym = acronym
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.format = format
    }
}

extension Conference {
    /// True for a valid calendar date written `YYYY-MM-DD`.
    public static func isDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return false }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r { guard b[k] >= 48, b[k] <= 57 else { return nil }; v = v * 10 + Int(b[k] - 48) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), (1...12).contains(m) else { return false }
        return (1...Timestamp.daysIn(month: m, year: y)).contains(d)
    }
}
