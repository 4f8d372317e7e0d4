import LecternCore

/// Human-readable times for plain-text output, in the wall-clock time the page used.
enum TimeText {
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `05:00`
    static func clock(_ t: Timestamp) -> String {
        let w = t.wallClock
        return pad(w.hour) + ":" + pad(w.minute)
    }

    /// `Tue 20 Jul 2021`
    static func day(_ t: Timestamp) -> String {
        let w = t.wallClock
        let weekday = weekdays.indices.contains(w.weekday) ? weekdays[w.weekday] : "?"
        let month = months.indices.contains(w.month - 1) ? months[w.month - 1] : "?"
        return "\(weekday) \(w.day) \(month) \(w.year)"
    }

    /// `Tue 20 Jul 2021 05:00-05:20 PDT`
    static func span(_ start: Timestamp, _ end: Timestamp, zone: String?) -> String {
        var text = "\(day(start)) \(clock(start))-\(clock(end))"
        if let zone { text += " \(zone)" }
        return text
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
