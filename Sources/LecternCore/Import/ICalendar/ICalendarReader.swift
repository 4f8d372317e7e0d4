/// iCalendar feeds of conferences (Indico, Sched, pretalx, Mini-Conf), RFC 5545 as written: folded
/// lines, `TZID` with `VTIMEZONE`, UTC and floating times, `DURATION` instead of `DTEND`, escaped
/// text. A recurring event is imported once, at its first occurrence.
public enum ICalendarReader: SourceReader {
    public static let formatName = "iCalendar feed"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: SourceHead.content(head).prefix(15), as: UTF8.self)
        return text.uppercased() == "BEGIN:VCALENDAR"
    }

    /// A component being read: its name, its properties, where it began.
    struct Component {
        var name: String
        var line: Int
        var properties: [ContentLine] = []
        var children: [Component] = []

        func first(_ name: String) -> ContentLine? { properties.first { $0.name == name } }
        func text(_ name: String) -> String? { first(name).flatMap { ScheduleCommon.text(ContentLine.unescape($0.value)) } }
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let file = origin.file
        var input = bytes
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        let decoded = PageDecoding.decodeUTF8(data: .init(input), fileName: file)
        for warning in decoded.warnings { builder.warn(warning) }
        var stack: [Component] = []
        var calendar: Component?
        for entry in ContentLine.split(decoded.text) {
            let line: ContentLine
            switch entry {
            case .failure(let place):
                builder.skip(ImportError(file: file, line: place.line, expected: "a content line such as \"SUMMARY:text\"", found: place.text))
                continue
            case .success(let l):
                line = l
            }
            if line.name == "BEGIN" {
                guard stack.count < 16 else {
                    throw ImportError(file: file, line: line.line, expected: "components nested at most 16 deep", found: line.value)
                }
                stack.append(Component(name: line.value.uppercased().trimmingCharacters(in: .whitespaces), line: line.line))
            } else if line.name == "END" {
                let name = line.value.uppercased().trimmingCharacters(in: .whitespaces)
                guard let top = stack.popLast() else {
                    throw ImportError(file: file, line: line.line, expected: "BEGIN:\(name) before END:\(name)")
                }
                guard top.name == name else {
                    throw ImportError(file: file, line: line.line, expected: "END:\(top.name) closing BEGIN:\(top.name) from line \(top.line)",
                                      found: "END:\(name)")
                }
                if stack.isEmpty { if calendar == nil { calendar = top } } else { stack[stack.count - 1].children.append(top) }
            } else if !stack.isEmpty {
                stack[stack.count - 1].properties.append(line)
            } else {
                throw ImportError(file: file, line: line.line, expected: "BEGIN:VCALENDAR", found: line.name)
            }
        }
        if let open = stack.first, calendar == nil {
            // A calendar cut short: what was complete is still read.
            builder.warn("\(file):\(open.line): BEGIN:\(open.name) is never closed; the events before the end were read")
            calendar = open
        }
        guard let calendar, calendar.name == "VCALENDAR" else {
            throw ImportError(file: file, line: 1, expected: "BEGIN:VCALENDAR ... END:VCALENDAR")
        }
        var zones: [String: CalendarZone] = [:]
        for tz in calendar.children where tz.name == "VTIMEZONE" {
            guard let id = tz.text("TZID") else { continue }
            var observances: [CalendarZone.Observance] = []
            for o in tz.children where o.name == "STANDARD" || o.name == "DAYLIGHT" {
                guard let start = o.first("DTSTART").flatMap({ CalendarTime.value($0.value) }),
                      let to = o.first("TZOFFSETTO").flatMap({ CalendarZone.utcOffset($0.value) }) else { continue }
                let from = o.first("TZOFFSETFROM").flatMap { CalendarZone.utcOffset($0.value) } ?? to
                observances.append(.init(start: start.wall, offsetFrom: from, offsetTo: to,
                                         rule: o.first("RRULE").flatMap { CalendarZone.rule($0.value) }))
            }
            if !observances.isEmpty { zones[id] = CalendarZone(observances: observances) }
        }
        let events = calendar.children.filter { $0.name == "VEVENT" }
        let usedZone = events.lazy.compactMap { $0.first("DTSTART")?.parameters["TZID"] }.first { ZoneClock.isKnown($0) }
        var offsets: [Int] = []
        let calendarZone = calendar.text("X-WR-TIMEZONE") ?? usedZone
        if calendarZone == nil {
            for e in events {
                if let p = e.first("DTSTART"), let tzid = p.parameters["TZID"], let zone = zones[tzid], let v = CalendarTime.value(p.value) {
                    offsets.append(zone.timestamp(v.wall).utcOffsetSeconds)
                }
            }
        }
        let floatingOrUTCOnly = events.allSatisfy { $0.first("DTSTART")?.parameters["TZID"] == nil }
        let hasFloating = events.contains { e in
            guard let p = e.first("DTSTART"), p.parameters["TZID"] == nil, let v = CalendarTime.value(p.value) else { return false }
            return !v.utc
        }
        var zone: String
        if calendarZone == nil, floatingOrUTCOnly, !hasFloating, builder.options.timeZone == nil {
            zone = "UTC"  // All times are UTC: nothing was assumed.
        } else {
            zone = ScheduleCommon.zone(named: calendarZone, offsets: offsets, file: file, options: builder.options, builder: &builder)
        }
        if !ZoneClock.isKnown(zone) { zone = "UTC" }
        var read: [ScheduleEvent] = []
        var recurring = 0
        for e in events {
            switch event(e, zones: zones, zone: zone, file: file) {
            case .success(let ev):
                read.append(ev)
                if e.first("RRULE") != nil || e.first("RDATE") != nil { recurring += 1 }
            case .failure(let error):
                builder.skip(error)
            }
        }
        if recurring > 0 {
            builder.warn("\(file): \(recurring) recurring event\(recurring == 1 ? "" : "s") imported at the first occurrence only")
        }
        guard !read.isEmpty else {
            throw ImportError(file: file, line: calendar.line, expected: "at least one readable VEVENT with SUMMARY and DTSTART", found: "none")
        }
        let title = calendar.text("X-WR-CALNAME") ?? calendar.text("NAME") ?? calendar.text("X-WR-CALDESC")
        let record = ScheduleCommon.conference(title: title, acronym: nil, start: nil, end: nil, zone: zone, events: read,
                                               fallbackName: file, format: formatName)
        builder.add(schedule: ScheduleImport(conference: record, events: read, file: file))
    }

    static func time(_ line: ContentLine, zones: [String: CalendarZone], zone: String) -> (Timestamp, allDay: Bool)? {
        guard let v = CalendarTime.value(line.value) else { return nil }
        if v.utc { return (ZoneClock.rezone(Timestamp(epochSeconds: v.wall.localSeconds, utcOffsetSeconds: 0), to: zone), false) }
        if let tzid = line.parameters["TZID"] {
            if ZoneClock.isKnown(tzid) { return (ZoneClock.rezone(ZoneClock.timestamp(v.wall, in: tzid), to: zone), v.allDay) }
            if let custom = zones[tzid] { return (ZoneClock.rezone(custom.timestamp(v.wall), to: zone), v.allDay) }
        }
        return (ZoneClock.timestamp(v.wall, in: zone), v.allDay)
    }

    static func event(_ e: Component, zones: [String: CalendarZone], zone: String, file: String) -> Result<ScheduleEvent, ImportError> {
        func fail(_ expected: String, _ line: ContentLine? = nil) -> Result<ScheduleEvent, ImportError> {
            .failure(ImportError(file: file, line: line?.line ?? e.line, expected: expected, found: line?.value))
        }
        guard let title = e.text("SUMMARY") else { return fail("a SUMMARY in the VEVENT") }
        guard let dtstart = e.first("DTSTART") else { return fail("a DTSTART in the VEVENT") }
        guard let (start, allDay) = time(dtstart, zones: zones, zone: zone) else {
            return fail("a DTSTART such as 20200114T070000 or 20200114T070000Z", dtstart)
        }
        var end: Timestamp
        if let dtend = e.first("DTEND") {
            guard let (t, _) = time(dtend, zones: zones, zone: zone), !(t < start) else { return fail("a DTEND after the DTSTART", dtend) }
            end = t
        } else if let duration = e.first("DURATION") {
            guard let seconds = CalendarTime.duration(duration.value), seconds >= 0 else {
                return fail("a DURATION such as PT45M", duration)
            }
            end = Timestamp(epochSeconds: start.epochSeconds + Int64(seconds), utcOffsetSeconds: start.utcOffsetSeconds)
        } else {
            end = Timestamp(epochSeconds: start.epochSeconds + (allDay ? 86_400 : 0), utcOffsetSeconds: start.utcOffsetSeconds)
        }
        end = ZoneClock.rezone(end, to: zone)
        var key = e.text("UID") ?? title
        if let at = key.firstIndex(of: "@"), at != key.startIndex { key = String(key[..<at]) }
        if let recurrence = e.first("RECURRENCE-ID") { key += "-" + recurrence.value }
        var description = e.text("DESCRIPTION") ?? ""
        var authors: [String] = []
        // Feeds such as linux.conf.au's put the speakers on a first "Speaker:" line.
        let firstLine = description.prefix { $0 != "\n" }
        for prefix in ["Speakers:", "Speaker:", "Presenters:", "Presenter:"] where firstLine.hasPrefix(prefix) {
            authors = firstLine.dropFirst(prefix.count).replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
                .split(separator: ",").compactMap { ScheduleCommon.text(String($0)) }
            description = String(description.dropFirst(firstLine.count))
            break
        }
        if authors.isEmpty {
            for attendee in e.properties where attendee.name == "ATTENDEE" {
                if let cn = attendee.parameters["CN"], let name = ScheduleCommon.text(cn) { authors.append(name) }
            }
        }
        var links: [ItemLink] = []
        if let url = e.text("URL") { links.append(ItemLink(title: "Event page", url: url)) }
        for attach in e.properties where attach.name == "ATTACH" {
            let url = attach.value.trimmingCharacters(in: .whitespaces)
            if url.hasPrefix("http") { links.append(ItemLink(title: attach.parameters["X-TITLE"] ?? "Attachment", url: url)) }
        }
        let track = e.first("CATEGORIES").flatMap { line in
            line.value.split(separator: ",").first.flatMap { ScheduleCommon.text(ContentLine.unescape(String($0))) }
        }
        return .success(ScheduleEvent(
            key: key, title: title, authors: authors, abstract: ScheduleCommon.abstract(description, description: nil),
            room: e.text("LOCATION"), track: track, language: nil, links: links, start: start, end: end,
            day: ZoneClock.localDate(start), line: e.line))
    }
}
