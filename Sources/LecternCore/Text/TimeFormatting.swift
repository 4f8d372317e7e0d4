import Foundation

/// Formats corpus times for display: in the viewer's zone (an IANA id passed in, never read from
/// the process) with the conference's own zone beside it, e.g. `19:00 CEST (10:00 PDT)`.
/// The conference zone comes from the session (`timeZone`, `zoneAbbreviation`), never a constant.
/// Abbreviations are read from the `ZoneAbbreviationDatabase` passed in (`Environment.zones`).
public enum TimeFormatting {
    /// UTC offset in seconds of zone `identifier` at `time`; UTC for an unknown id.
    public static func offset(of identifier: String, at time: Timestamp) -> Int {
        TimeZone(identifier: identifier)?.secondsFromGMT(for: time.date) ?? 0
    }

    /// The abbreviation of zone `identifier` at `time` (`CEST`), or `UTC+2` when the zone has none.
    public static func abbreviation(of identifier: String, at time: Timestamp, zones: ZoneAbbreviationDatabase) -> String {
        let zone = TimeZone(identifier: identifier)
        let offset = zone?.secondsFromGMT(for: time.date) ?? 0
        if zone != nil, let abbr = zones.lookup(identifier, epochSeconds: time.epochSeconds, offset: offset) {
            return abbr
        }
        if let abbr = zone?.abbreviation(for: time.date), !abbr.isEmpty,
           abbr.first?.isLetter == true, !abbr.hasPrefix("GMT+"), !abbr.hasPrefix("GMT-") {
            return abbr
        }
        return offsetLabel(offset)
    }

    /// `UTC`, `UTC+2`, `UTC-7`, `UTC+5:30`.
    public static func offsetLabel(_ seconds: Int) -> String {
        if seconds == 0 { return "UTC" }
        let sign = seconds < 0 ? "-" : "+"
        let a = abs(seconds)
        let h = a / 3600, m = (a % 3600) / 60
        return m == 0 ? "UTC\(sign)\(h)" : "UTC\(sign)\(h):" + two(m)
    }

    /// `HH:mm` of `time` at `offset` seconds from UTC.
    public static func clock(_ time: Timestamp, offset: Int) -> String {
        let w = time.wallClock(atOffset: offset)
        return two(w.hour) + ":" + two(w.minute)
    }

    /// `HH:mm` in zone `identifier`.
    public static func clock(_ time: Timestamp, in identifier: String) -> String {
        clock(time, offset: offset(of: identifier, at: time))
    }

    /// True when `times` fall on more than one day in zone `identifier` (a list whose rows then
    /// need their day). Looks at the earliest and the latest only.
    public static func spanDays<S: Sequence>(_ times: S, in identifier: String) -> Bool where S.Element == Timestamp {
        var first: Timestamp?, last: Timestamp?
        for t in times {
            if first.map({ t.epochSeconds < $0.epochSeconds }) ?? true { first = t }
            if last.map({ t.epochSeconds > $0.epochSeconds }) ?? true { last = t }
        }
        guard let first, let last else { return false }
        return day(first, in: identifier) != day(last, in: identifier)
    }

    /// Three-letter weekday of `time` in zone `identifier`, e.g. `Tue`.
    public static func weekday(_ time: Timestamp, in identifier: String) -> String {
        CalendarNames.weekday(time.wallClock(atOffset: offset(of: identifier, at: time)).weekday)
    }

    /// `Tue 20 Jul` in zone `identifier`.
    public static func day(_ time: Timestamp, in identifier: String) -> String {
        let w = time.wallClock(atOffset: offset(of: identifier, at: time))
        return "\(CalendarNames.weekday(w.weekday)) \(w.day) \(CalendarNames.month(w.month))"
    }

    /// `Tuesday 20 July 2021` in zone `identifier`.
    public static func dayLong(_ time: Timestamp, in identifier: String) -> String {
        let w = time.wallClock(atOffset: offset(of: identifier, at: time))
        return "\(CalendarNames.weekday(w.weekday, short: false)) \(w.day) \(CalendarNames.month(w.month, short: false)) \(w.year)"
    }

    /// `07:25–07:30` in zone `identifier` (just `07:25` without an end): a row's time, the zone
    /// said once above the rows.
    public static func clockRange(_ start: Timestamp, _ end: Timestamp?, in identifier: String) -> String {
        clock(start, in: identifier) + (end.map { "–" + clock($0, in: identifier) } ?? "")
    }

    /// `Tue 02:00–02:55 CEST`: a range in zone `identifier`, with that zone's abbreviation (the
    /// time of a row in a list that may span days and says its zone nowhere else).
    public static func range(_ start: Timestamp, _ end: Timestamp?, in identifier: String, zones: ZoneAbbreviationDatabase) -> String {
        var s = weekday(start, in: identifier) + " " + clock(start, in: identifier)
        if let end { s += "–" + clock(end, in: identifier) }
        return s + " " + abbreviation(of: identifier, at: start, zones: zones)
    }

    /// The abbreviation of the session's (conference) zone at `time`: the page's own label when it
    /// printed one, else the zone's abbreviation.
    public static func conferenceAbbreviation(_ session: Session?, at time: Timestamp, zones: ZoneAbbreviationDatabase) -> String {
        if let abbr = session?.zoneAbbreviation, !abbr.isEmpty { return abbr }
        if let id = session?.timeZone, TimeZone(identifier: id) != nil { return abbreviation(of: id, at: time, zones: zones) }
        return offsetLabel(time.utcOffsetSeconds)
    }

    /// The conference zone's offset at `time`: the session's zone, else the offset the time was written in.
    public static func conferenceOffset(_ session: Session?, at time: Timestamp) -> Int {
        if let id = session?.timeZone, let zone = TimeZone(identifier: id) { return zone.secondsFromGMT(for: time.date) }
        return time.utcOffsetSeconds
    }

    /// `Tue 20 Jul 19:00–19:20 CEST (10:00–10:20 PDT)`: local day and range, then the conference
    /// range when the conference zone differs from the local one.
    public static func localWithConference(_ start: Timestamp, _ end: Timestamp?, session: Session?, local identifier: String,
                                           zones: ZoneAbbreviationDatabase) -> String {
        day(start, in: identifier) + " " + clocksWithConference(start, end, session: session, local: identifier, zones: zones)
    }

    /// `19:00–19:20 CEST (10:00–10:20 PDT)`: `localWithConference` without the day (for rows under
    /// a day's heading).
    public static func clocksWithConference(_ start: Timestamp, _ end: Timestamp?, session: Session?, local identifier: String,
                                            zones: ZoneAbbreviationDatabase) -> String {
        let localOffset = offset(of: identifier, at: start)
        var s = clock(start, offset: localOffset)
        if let end { s += "–" + clock(end, offset: localOffset) }
        // In the conference's own zone, the label its page printed.
        s += " " + (identifier == session?.timeZone ? conferenceAbbreviation(session, at: start, zones: zones)
            : abbreviation(of: identifier, at: start, zones: zones))
        let confOffset = conferenceOffset(session, at: start)
        if confOffset != localOffset {
            var c = clock(start, offset: confOffset)
            if let end { c += "–" + clock(end, offset: confOffset) }
            s += " (" + c + " " + conferenceAbbreviation(session, at: start, zones: zones) + ")"
        }
        return s
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
