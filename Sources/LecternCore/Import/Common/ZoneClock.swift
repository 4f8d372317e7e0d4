import Foundation

/// Times as schedules write them, made into `Timestamp`s: wall clocks in an IANA zone, ISO-8601 with
/// any offset the formats allow, durations, and the zone's offset at an instant.
public enum ZoneClock {
    /// True when `zone` is an IANA zone this system knows.
    public static func isKnown(_ zone: String) -> Bool {
        !zone.isEmpty && TimeZone(identifier: zone) != nil
    }

    /// The zone's offset from UTC at an instant (0 for an unknown zone).
    public static func offset(_ zone: String, atEpoch seconds: Int64) -> Int {
        guard let tz = TimeZone(identifier: zone) else { return 0 }
        return tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The same instant, written with the zone's offset at that instant.
    public static func rezone(_ t: Timestamp, to zone: String) -> Timestamp {
        Timestamp(epochSeconds: t.epochSeconds, utcOffsetSeconds: offset(zone, atEpoch: t.epochSeconds))
    }

    /// A wall-clock time in `zone`. A time that a spring-forward gap skips is read with the offset
    /// before the gap, as clocks and calendars do.
    static func timestamp(_ w: WallClock, in zone: String) -> Timestamp {
        let local = w.localSeconds
        let first = offset(zone, atEpoch: local)
        var off = offset(zone, atEpoch: local - Int64(first))
        if off != first {
            let again = offset(zone, atEpoch: local - Int64(off))
            if again != off { off = max(first, off) }
        }
        return Timestamp(epochSeconds: local - Int64(off), utcOffsetSeconds: off)
    }

    /// The `YYYY-MM-DD` date of a timestamp at its own offset.
    public static func localDate(_ t: Timestamp) -> String {
        let w = t.wallClock
        if (0...9999).contains(w.year) { return String(t.iso8601.prefix(10)) }
        return String(format: "%04d-%02d-%02d", w.year, w.month, w.day)
    }

    /// An IANA name for a fixed offset when one exists (`Etc/GMT-1` for +01:00, `UTC` for zero).
    public static func zone(forOffset seconds: Int) -> String? {
        if seconds == 0 { return "UTC" }
        guard seconds % 3600 == 0, abs(seconds) <= 14 * 3600 else { return nil }
        let hours = seconds / 3600
        return "Etc/GMT\(hours > 0 ? "-" : "+")\(abs(hours))"
    }

    // MARK: - Parsing

    /// `YYYY-MM-DD`.
    public static func date(_ text: Substring) -> (year: Int, month: Int, day: Int)? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 45, b[7] == 45, let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2),
              (1...12).contains(m), (1...Timestamp.daysIn(month: m, year: y)).contains(d) else { return nil }
        return (y, m, d)
    }

    /// `H:MM`, `HH:MM` or `HH:MM:SS` as seconds; `allowLong` accepts hours past 23 (durations).
    public static func clock(_ text: Substring, allowLong: Bool = false) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var values: [Int] = []
        for (k, part) in parts.enumerated() {
            let b = Array(part.utf8)
            guard (1...2).contains(b.count) || (k == 0 && allowLong && (1...3).contains(b.count)),
                  let v = digits(b, 0, b.count) else { return nil }
            values.append(v)
        }
        guard values[1] < 60, values.count < 3 || values[2] < 60, allowLong || values[0] < 24 else { return nil }
        return values[0] * 3600 + values[1] * 60 + (values.count == 3 ? values[2] : 0)
    }

    /// ISO-8601 as schedules write it: `YYYY-MM-DDTHH:MM[:SS[.fff]]` then `Z`, `±H:MM`, `±HH:MM` or
    /// `±HHMM`; nil without an offset or when malformed.
    public static func instant(_ text: Substring) -> Timestamp? {
        guard let (w, offset) = wallClockAndOffset(text), let offset else { return nil }
        return Timestamp(epochSeconds: w.localSeconds - Int64(offset), utcOffsetSeconds: offset)
    }

    /// The wall clock of an ISO-8601 date-time, and its offset when it has one.
    static func wallClockAndOffset(_ text: Substring) -> (WallClock, Int?)? {
        let t = text.trimmedSpaces
        // ASCII without CR (so one byte is one character): read from the bytes.
        if let read = t.utf8.withContiguousStorageIfAvailable({ b -> (WallClock, Int?)?? in
            b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? .some(wallClockAndOffset(ascii: b)) : nil
        }), let result = read {
            return result
        }
        return wallClockAndOffsetByCharacters(t)
    }

    /// `wallClockAndOffset` of ASCII text, already trimmed.
    static func wallClockAndOffset(ascii b: UnsafeBufferPointer<UInt8>) -> (WallClock, Int?)? {
        guard b.count >= 16, b[4] == 45, b[7] == 45, let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2),
              (1...12).contains(m), (1...Timestamp.daysIn(month: m, year: y)).contains(d) else { return nil }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") else { return nil }
        var end = b.count
        var offset: Int?
        if b[end - 1] == UInt8(ascii: "Z") || b[end - 1] == UInt8(ascii: "z") {
            offset = 0
            end -= 1
        } else if let signIndex = (11..<end).last(where: { b[$0] == UInt8(ascii: "+") || b[$0] == UInt8(ascii: "-") }) {
            let sign = b[signIndex] == UInt8(ascii: "-") ? -1 : 1
            let zone = Array(b[(signIndex + 1)..<end])
            if zone.contains(UInt8(ascii: ":")), let s = clock(Substring(decoding: zone, as: UTF8.self)) { offset = sign * s }
            else if zone.count == 4, let h = digits(zone, 0, 2), let mi = digits(zone, 2, 2), h < 24, mi < 60 { offset = sign * (h * 3600 + mi * 60) }
            else if zone.count == 2, let h = digits(zone, 0, 2), h < 24 { offset = sign * h * 3600 }
            else { return nil }
            end = signIndex
        }
        if let dot = (11..<end).first(where: { b[$0] == UInt8(ascii: ".") }) {
            guard (dot + 1..<end).allSatisfy({ b[$0] >= 48 && b[$0] <= 57 }) else { return nil }
            end = dot
        }
        guard end >= 11, let seconds = clock(ascii: b, 11, end) else { return nil }
        return (WallClock(year: y, month: m, day: d, seconds: seconds), offset)
    }

    /// `clock` of the ASCII bytes `from..<to` (no long hours).
    static func clock(ascii b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var values: [Int] = []
        var start = from
        for i in from...to where i == to || b[i] == UInt8(ascii: ":") {
            guard (1...2).contains(i - start), let v = digits(b, start, i - start) else { return nil }
            values.append(v)
            start = i + 1
        }
        guard values.count == 2 || values.count == 3 else { return nil }
        guard values[1] < 60, values.count < 3 || values[2] < 60, values[0] < 24 else { return nil }
        return values[0] * 3600 + values[1] * 60 + (values.count == 3 ? values[2] : 0)
    }

    /// `wallClockAndOffset` character by character, of trimmed text.
    static func wallClockAndOffsetByCharacters(_ t: String) -> (WallClock, Int?)? {
        guard t.count >= 16, let (y, m, d) = date(Substring(t.prefix(10))) else { return nil }
        let sep = t[t.index(t.startIndex, offsetBy: 10)]
        guard sep == "T" || sep == " " else { return nil }
        var rest = Substring(t.dropFirst(11))
        var offset: Int?
        if rest.hasSuffix("Z") || rest.hasSuffix("z") {
            offset = 0
            rest = rest.dropLast()
        } else if let signIndex = rest.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = rest[rest.index(after: signIndex)...]
            let sign = rest[signIndex] == "-" ? -1 : 1
            let zb = Array(zone.utf8)
            if zone.contains(":"), let s = clock(zone) { offset = sign * s }
            else if zb.count == 4, let h = digits(zb, 0, 2), let mi = digits(zb, 2, 2), h < 24, mi < 60 { offset = sign * (h * 3600 + mi * 60) }
            else if zb.count == 2, let h = digits(zb, 0, 2), h < 24 { offset = sign * h * 3600 }
            else { return nil }
            rest = rest[..<signIndex]
        }
        if let dot = rest.firstIndex(of: ".") {
            guard rest[rest.index(after: dot)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            rest = rest[..<dot]
        }
        guard let seconds = clock(rest) else { return nil }
        return (WallClock(year: y, month: m, day: d, seconds: seconds), offset)
    }

    static func digits<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, _ from: Int, _ count: Int) -> Int? where Bytes.Index == Int {
        guard count > 0, from + count <= b.count else { return nil }
        var v = 0
        for k in from..<(from + count) {
            guard b[k] >= 48, b[k] <= 57 else { return nil }
            v = v * 10 + Int(b[k] - 48)
        }
        return v
    }
}

/// A date and a time of day with no zone: what a schedule prints before its zone is known.
struct WallClock: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// Seconds since midnight; may exceed a day (a `day_change` moves a time to the next date).
    var seconds: Int

    /// Seconds since 1970 as if the wall clock were UTC.
    var localSeconds: Int64 {
        Int64(Timestamp.daysFromCivil(year: year, month: month, day: day)) * 86_400 + Int64(seconds)
    }
}
