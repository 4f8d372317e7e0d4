/// The steps every schedule reader shares: the conference's zone, its wall-clock times, the
/// abstract made of abstract and description, and the conference record.
enum ScheduleCommon {
    /// The zone a schedule's times are in: the file's own (when this system knows it), else the one
    /// the user gave, else one its event offsets imply, else UTC with a warning.
    static func zone(named fileZone: String?, offsets: [Int], file: String, options: ImportOptions,
                     builder: inout CorpusBuilder) -> String {
        if let fileZone, !fileZone.isEmpty {
            if ZoneClock.isKnown(fileZone) { return fileZone }
            builder.warn("\(file): the time zone \"\(TerminalSafe.sanitize(fileZone))\" is not a zone this system knows")
        }
        if let given = options.timeZone { return given }
        if let first = offsets.first, offsets.allSatisfy({ $0 == first }), let zone = ZoneClock.zone(forOffset: first) {
            return zone
        }
        if offsets.isEmpty {
            builder.warn("\(file): the schedule names no time zone; UTC assumed (give --time-zone ZONE, e.g. --time-zone Europe/Brussels)")
        } else {
            builder.warn("\(file): the schedule names no time zone and its times have several offsets; UTC assumed (give --time-zone ZONE)")
        }
        return "UTC"
    }

    /// An item's text from a source's abstract and description (both may be HTML): the abstract,
    /// then the description when it says something else.
    static func abstract(_ abstract: String?, description: String?) -> String {
        let a = abstract.map(HTMLText.readable) ?? ""
        let d = description.map(HTMLText.readable) ?? ""
        if a.isEmpty { return d }
        if d.isEmpty || d == a || d.hasPrefix(a) && d.count - a.count < 3 { return a }
        if d.hasPrefix(a) { return d }
        return a + "\n\n" + d
    }

    /// A trimmed value, nil when empty.
    static func text(_ value: String?) -> String? {
        guard let t = value?.trimmedWhitespace, !t.isEmpty else { return nil }
        return t
    }

    /// The conference record, its dates from the source or else from the events' local dates.
    static func conference(title: String?, acronym: String?, start: String?, end: String?, zone: String,
                           events: [ScheduleEvent], fallbackName: String, format: String) -> Conference {
        let days = events.map { $0.day ?? ZoneClock.localDate($0.start) }.sorted()
        func date(_ s: String?) -> String? {
            guard let s, s.count >= 10, Conference.isDate(String(s.prefix(10))) else { return nil }
            return String(s.prefix(10))
        }
        var first = date(start) ?? days.first ?? "1970-01-01"
        var last = date(end) ?? days.last ?? first
        if last < first { swap(&first, &last) }
        let name = text(title) ?? text(acronym) ?? fallbackName
        return Conference(id: text(acronym) ?? name, title: name, acronym: text(acronym), start: first, end: last,
                          timeZone: zone, format: format)
    }

    /// An event's start from the source's fields: an ISO date-time with an offset when there is one,
    /// else the day's date and the start time (times before `dayChange` belong to the next date).
    static func start(date: String?, day: String?, clock: String?, dayChange: Int, zone: String) -> Timestamp? {
        if let date, let (wall, offset) = ZoneClock.wallClockAndOffset(Substring(date)) {
            if let offset {
                return ZoneClock.rezone(Timestamp(epochSeconds: wall.localSeconds - Int64(offset), utcOffsetSeconds: offset), to: zone)
            }
            return ZoneClock.timestamp(wall, in: zone)
        }
        guard let day, let (y, m, d) = ZoneClock.date(Substring(day.prefix(10))), let clock,
              var seconds = ZoneClock.clock(Substring(clock)) else { return nil }
        if dayChange > 0, seconds < dayChange { seconds += 86_400 }
        return ZoneClock.timestamp(WallClock(year: y, month: m, day: d, seconds: seconds), in: zone)
    }

    /// The end of an event: `start` plus a duration `HH:MM[:SS]` (or `D:HH:MM`), nil when malformed.
    static func end(_ start: Timestamp, duration: String?) -> Timestamp? {
        guard let duration = text(duration) else { return start }
        let parts = duration.split(separator: ":")
        var seconds: Int?
        if parts.count == 3, parts[0].count <= 1, let d = Int(parts[0]), let hm = ZoneClock.clock(parts[1] + ":" + parts[2], allowLong: true) {
            seconds = d * 86_400 + hm
        }
        if seconds == nil { seconds = ZoneClock.clock(Substring(duration), allowLong: true) }
        guard let seconds else { return nil }
        return Timestamp(epochSeconds: start.epochSeconds + Int64(seconds), utcOffsetSeconds: start.utcOffsetSeconds)
    }
}

extension ScheduleCommon {
    /// The schedule day an event is listed under: the source's day when its own range (`day_start`
    /// to `day_end`, which must begin on that date) holds the event, else the event's local date with
    /// times before `dayChange` counted to the day before.
    static func day(of start: Timestamp, sourceDay: String?, dayStart: String?, dayEnd: String?, dayChange: Int) -> String {
        if let sourceDay, Conference.isDate(sourceDay), let ds = dayStart.flatMap({ ZoneClock.instant(Substring($0)) }),
           let de = dayEnd.flatMap({ ZoneClock.instant(Substring($0)) }),
           ZoneClock.localDate(Timestamp(epochSeconds: ds.epochSeconds, utcOffsetSeconds: start.utcOffsetSeconds)) == sourceDay,
           ds <= start, start <= de {
            return sourceDay
        }
        let shifted = Timestamp(epochSeconds: start.epochSeconds - Int64(dayChange), utcOffsetSeconds: start.utcOffsetSeconds)
        return ZoneClock.localDate(shifted)
    }
}
