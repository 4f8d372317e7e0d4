/// Times as the page wrote them (the wall clock at the time's own offset), for plain-text output.
extension TimeFormatting {
    /// `05:00`
    public static func wallClock(_ t: Timestamp) -> String {
        let w = t.wallClock
        return two(w.hour) + ":" + two(w.minute)
    }

    /// `Tue 20 Jul 2021`
    public static func wallDay(_ t: Timestamp) -> String {
        let w = t.wallClock
        return "\(CalendarNames.weekday(w.weekday)) \(w.day) \(CalendarNames.month(w.month)) \(w.year)"
    }

    /// `Tuesday 20 July 2021`
    public static func wallDayLong(_ t: Timestamp) -> String {
        let w = t.wallClock
        return "\(CalendarNames.weekday(w.weekday, short: false)) \(w.day) \(CalendarNames.month(w.month, short: false)) \(w.year)"
    }

    /// `Tue 20 Jul 2021 05:00-05:20 PDT`
    public static func wallSpan(_ start: Timestamp, _ end: Timestamp, zone: String?) -> String {
        var text = "\(wallDay(start)) \(wallClock(start))-\(wallClock(end))"
        if let zone { text += " \(zone)" }
        return text
    }

    /// `Tue 05:00`
    public static func wallWeekdayClock(_ t: Timestamp) -> String {
        CalendarNames.weekday(t.wallClock.weekday) + " " + wallClock(t)
    }

    /// `Tue 2021-07-20 05:00`, then `–05:20` when `end` is given.
    public static func wallDateRange(_ start: Timestamp, _ end: Timestamp?) -> String {
        let w = start.wallClock
        var text = "\(CalendarNames.weekday(w.weekday)) \(four(w.year))-\(two(w.month))-\(two(w.day)) \(wallClock(start))"
        if let end { text += "–" + wallClock(end) }
        return text
    }

    static func four(_ n: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
