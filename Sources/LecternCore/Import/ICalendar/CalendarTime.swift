/// iCalendar times (RFC 5545 3.3.4, 3.3.5, 3.3.6): `DATE`, `DATE-TIME` in UTC, with a `TZID`, or
/// floating, and `DURATION` values.
enum CalendarTime {
    /// A date or date-time value: its wall clock, whether it is UTC, and whether it is a whole day.
    static func value(_ text: String) -> (wall: WallClock, utc: Bool, allDay: Bool)? {
        let b = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        guard b.count >= 8, let y = ZoneClock.digits(b, 0, 4), let m = ZoneClock.digits(b, 4, 2), let d = ZoneClock.digits(b, 6, 2),
              (1...12).contains(m), (1...Timestamp.daysIn(month: m, year: y)).contains(d) else { return nil }
        if b.count == 8 { return (WallClock(year: y, month: m, day: d, seconds: 0), false, true) }
        guard b.count == 15 || (b.count == 16 && (b[15] == UInt8(ascii: "Z") || b[15] == UInt8(ascii: "z"))), b[8] == UInt8(ascii: "T"),
              let h = ZoneClock.digits(b, 9, 2), let mi = ZoneClock.digits(b, 11, 2), let s = ZoneClock.digits(b, 13, 2),
              h < 24, mi < 60, s <= 60 else { return nil }
        return (WallClock(year: y, month: m, day: d, seconds: h * 3600 + mi * 60 + min(s, 59)), b.count == 16, false)
    }

    /// A duration such as `PT1H30M`, `P1D`, `-PT15M` or `P2W`, in seconds.
    static func duration(_ text: String) -> Int? {
        var s = Substring(text.trimmingCharacters(in: .whitespaces).uppercased())
        var sign = 1
        if s.hasPrefix("-") { sign = -1; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        guard s.hasPrefix("P") else { return nil }
        s = s.dropFirst()
        var total = 0
        var number = ""
        var inTime = false
        var any = false
        for c in s {
            if c.isASCII, c.isNumber { number.append(c); guard number.count <= 9 else { return nil }; continue }
            if c == "T" { guard number.isEmpty, !inTime else { return nil }; inTime = true; continue }
            guard let n = Int(number) else { return nil }
            number = ""
            any = true
            switch (c, inTime) {
            case ("W", false): total += n * 7 * 86_400
            case ("D", false): total += n * 86_400
            case ("H", true): total += n * 3600
            case ("M", true): total += n * 60
            case ("S", true): total += n
            default: return nil
            }
        }
        guard any, number.isEmpty else { return nil }
        return sign * total
    }
}
