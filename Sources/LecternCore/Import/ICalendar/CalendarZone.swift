/// A `VTIMEZONE` of a calendar (RFC 5545 3.6.5): its observances, enough to give the offset at any
/// instant for the yearly rules calendars use (`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`).
struct CalendarZone: Sendable, Equatable {
    struct Observance: Sendable, Equatable {
        var start: WallClock
        var offsetFrom: Int
        var offsetTo: Int
        /// Month and weekday rule of a yearly recurrence: (month, nth weekday, weekday 0=Sunday).
        var rule: (month: Int, nth: Int, weekday: Int)?

        static func == (a: Observance, b: Observance) -> Bool {
            a.start == b.start && a.offsetFrom == b.offsetFrom && a.offsetTo == b.offsetTo
                && a.rule?.month == b.rule?.month && a.rule?.nth == b.rule?.nth && a.rule?.weekday == b.rule?.weekday
        }

        /// The instants (UTC seconds) this observance begins in `year`.
        func onsets(in year: Int) -> [Int64] {
            var wall = start
            if let rule {
                guard year >= start.year, let day = CalendarZone.nthWeekday(year: year, month: rule.month, nth: rule.nth, weekday: rule.weekday) else { return [] }
                wall = WallClock(year: year, month: rule.month, day: day, seconds: start.seconds)
            } else if year != start.year {
                return []
            }
            return [wall.localSeconds - Int64(offsetFrom)]
        }
    }

    var observances: [Observance]

    /// The offset at a UTC instant: that of the latest observance begun by then, else the earliest's "from".
    func offset(atEpoch t: Int64) -> Int {
        let year = Timestamp.civil(t).year
        var best: (Int64, Int)?
        for o in observances {
            for y in [year - 1, year] {
                for onset in o.onsets(in: y) where onset <= t {
                    if let b = best, onset <= b.0 { continue }
                    best = (onset, o.offsetTo)
                }
            }
        }
        if let best { return best.1 }
        return observances.min { $0.start.localSeconds < $1.start.localSeconds }?.offsetFrom ?? 0
    }

    /// A wall-clock time in this zone.
    func timestamp(_ w: WallClock) -> Timestamp {
        let local = w.localSeconds
        let first = offset(atEpoch: local)
        let off = offset(atEpoch: local - Int64(first))
        return Timestamp(epochSeconds: local - Int64(off), utcOffsetSeconds: off)
    }

    /// `+0100`, `-0530`, `+013000` as seconds.
    static func utcOffset(_ text: String) -> Int? {
        let b = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        guard b.count == 5 || b.count == 7, b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-"),
              let h = ZoneClock.digits(b, 1, 2), let m = ZoneClock.digits(b, 3, 2), h < 24, m < 60 else { return nil }
        let s = b.count == 7 ? (ZoneClock.digits(b, 5, 2) ?? 0) : 0
        return (b[0] == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60 + s)
    }

    /// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` as (month, nth, weekday); nil for other rules.
    static func rule(_ text: String) -> (month: Int, nth: Int, weekday: Int)? {
        var month: Int?, byday: String?, yearly = false
        for part in text.uppercased().split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { continue }
            switch kv[0] {
            case "FREQ": yearly = kv[1] == "YEARLY"
            case "BYMONTH": month = Int(kv[1])
            case "BYDAY": byday = String(kv[1])
            default: break
            }
        }
        guard yearly, let month, (1...12).contains(month), let byday, byday.count >= 2 else { return nil }
        let days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
        guard let weekday = days.firstIndex(of: String(byday.suffix(2))) else { return nil }
        let n = byday.dropLast(2)
        let nth = n.isEmpty ? 1 : (Int(n) ?? 0)
        guard nth != 0, abs(nth) <= 5 else { return nil }
        return (month, nth, weekday)
    }

    /// The day of the month of the nth (negative: from the end) weekday.
    static func nthWeekday(year: Int, month: Int, nth: Int, weekday: Int) -> Int? {
        let count = Timestamp.daysIn(month: month, year: year)
        let firstWeekday = Timestamp.civil(Int64(Timestamp.daysFromCivil(year: year, month: month, day: 1)) * 86_400).weekday
        let first = 1 + (weekday - firstWeekday + 7) % 7
        var days: [Int] = []
        var d = first
        while d <= count { days.append(d); d += 7 }
        if nth > 0 { return nth <= days.count ? days[nth - 1] : nil }
        return -nth <= days.count ? days[days.count + nth] : nil
    }
}
