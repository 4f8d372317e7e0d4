import Foundation

/// An instant together with the UTC offset it was written in, encoded as ISO-8601
/// (`2021-07-20T17:00:00-07:00`) so the corpus keeps the page's own wall-clock time.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int64
    /// Offset from UTC, in seconds, of the wall-clock time the source page used: whole minutes, as
    /// ISO-8601 writes it.
    public var utcOffsetSeconds: Int

    /// An offset with seconds (local mean time before 1900, `+00:53:28` in Berlin) is cut to whole
    /// minutes, so that every timestamp is written and read back as the same one.
    public init(epochSeconds: Int64, utcOffsetSeconds: Int) {
        self.epochSeconds = epochSeconds
        self.utcOffsetSeconds = utcOffsetSeconds - utcOffsetSeconds % 60
    }

    /// Builds a timestamp from a wall-clock date and time at a fixed offset.
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, utcOffsetSeconds: Int) {
        let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
        let local = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(epochSeconds: local - Int64(utcOffsetSeconds), utcOffsetSeconds: utcOffsetSeconds)
    }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(epochSeconds)) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.epochSeconds < rhs.epochSeconds }

    /// Wall-clock fields at the stored offset.
    public var wallClock: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        Timestamp.civil(epochSeconds + Int64(utcOffsetSeconds))
    }

    /// Wall-clock fields at another offset.
    public func wallClock(atOffset offset: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        Timestamp.civil(epochSeconds + Int64(offset))
    }

    public var iso8601: String {
        let w = wallClock
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let off = abs(utcOffsetSeconds)
        let fields = [w.year, w.month, w.day, w.hour, w.minute, w.second, off / 3600, (off % 3600) / 60]
        if (0...9999).contains(w.year), fields.dropFirst().allSatisfy({ (0...99).contains($0) }) {
            // What the format below writes, without going through it (a corpus has thousands of times).
            var bytes: [UInt8] = []
            bytes.reserveCapacity(25)
            func digits(_ value: Int, _ count: Int) {
                var divisor = 1
                for _ in 1..<count { divisor *= 10 }
                while divisor > 0 { bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10)); divisor /= 10 }
            }
            digits(w.year, 4); bytes.append(UInt8(ascii: "-")); digits(w.month, 2); bytes.append(UInt8(ascii: "-")); digits(w.day, 2)
            bytes.append(UInt8(ascii: "T")); digits(w.hour, 2); bytes.append(UInt8(ascii: ":")); digits(w.minute, 2)
            bytes.append(UInt8(ascii: ":")); digits(w.second, 2); bytes.append(UInt8(ascii: utcOffsetSeconds < 0 ? "-" : "+"))
            digits(fields[6], 2); bytes.append(UInt8(ascii: ":")); digits(fields[7], 2)
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d",
                      w.year, w.month, w.day, w.hour, w.minute, w.second, sign, off / 3600, (off % 3600) / 60)
    }

    public var description: String { iso8601 }

    /// Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`; nil when malformed.
    public init?(iso8601 text: String) {
        let b = Array(text.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= b.count else { return nil }
            var v = 0
            for i in from..<(from + len) {
                let c = b[i]
                guard c >= 48 && c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard b.count >= 17, let y = num(0, 4), b[4] == 45, let mo = num(5, 2), b[7] == 45, let d = num(8, 2),
              b[10] == 84 || b[10] == 32, let h = num(11, 2), b[13] == 58, let mi = num(14, 2) else { return nil }
        var i = 16
        var s = 0
        if i < b.count, b[i] == 58 {
            guard let sec = num(i + 1, 2) else { return nil }
            s = sec
            i += 3
        }
        guard (1...12).contains(mo), (1...Timestamp.daysIn(month: mo, year: y)).contains(d),
              h < 24, mi < 60, s < 60, i < b.count else { return nil }
        var offset = 0
        if b[i] == 90 { // Z
            guard i + 1 == b.count else { return nil }
        } else if b[i] == 43 || b[i] == 45 {
            guard i + 6 == b.count, let oh = num(i + 1, 2), b[i + 3] == 58, let om = num(i + 4, 2), oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == 45 ? -1 : 1)
        } else {
            return nil
        }
        self.init(year: y, month: mo, day: d, hour: h, minute: mi, second: s, utcOffsetSeconds: offset)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let t = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected an ISO-8601 time such as 2021-07-20T17:00:00-07:00, found \"\(text)\"")
        }
        self = t
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso8601)
    }

    // MARK: civil calendar (proleptic Gregorian), after Howard Hinnant's algorithms

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(_ seconds: Int64) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        var days = Int(seconds / 86_400)
        var rem = Int(seconds % 86_400)
        if rem < 0 { rem += 86_400; days -= 1 }
        let weekday = ((days % 7) + 11) % 7 // 0 = Sunday; 1970-01-01 was a Thursday
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d, rem / 3600, (rem % 3600) / 60, rem % 60, weekday)
    }
}
