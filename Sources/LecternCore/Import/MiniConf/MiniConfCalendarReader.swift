/// Mini-Conf's `main_calendar.json`: a list of events `{title, start, end, location, link,
/// category, calendarId}` with ISO-8601 times. Each event a talk in the schedule (a Q&A, a
/// social, a poster session), grouped by day like every schedule; `calendarId` is its type.
public enum MiniConfCalendarReader: SourceReader {
    public static let formatName = "Mini-Conf calendar JSON"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        guard let text = SourceHead.text(startingWith: "[", head) else { return false }
        return text.contains("\"calendarId\"") && text.contains("\"start\"") && text.contains("\"title\"")
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let file = origin.file
        let root = try SourceDocument.json(bytes, file: file)
        guard let list = root.elements else {
            throw ImportError(file: file, line: root.line, column: root.column, expected: "a list of calendar events", found: root.typeName)
        }
        var parsed: [(value: JSONValue, title: String, start: String, end: String?, offset: Int?)] = []
        for (index, value) in list.enumerated() {
            guard value.members != nil else {
                builder.skip(ImportError(file: file, line: value.line, column: value.column, expected: "an event object at [\(index)]", found: value.typeName))
                continue
            }
            guard let title = text(value["title"]) else {
                builder.skip(ImportError(file: file, line: value.line, column: value.column, expected: "a \"title\" in the event [\(index)]"))
                continue
            }
            guard let startText = text(value["start"]), let start = ZoneClock.wallClockAndOffset(Substring(startText)) else {
                builder.skip(ImportError(file: file, line: value.line, column: value.column,
                                         expected: "a \"start\" date-time such as 2020-04-27T12:00:00+00:00 in the event \"\(title)\""))
                continue
            }
            parsed.append((value, title, startText, text(value["end"]), start.1))
        }
        guard !parsed.isEmpty else {
            throw ImportError(file: file, line: root.line, column: root.column, expected: "at least one event with a title and a start")
        }
        let offsets = parsed.compactMap(\.offset)
        let zone = ScheduleCommon.zone(named: nil, offsets: offsets, file: file, options: builder.options, builder: &builder)
        var events: [ScheduleEvent] = []
        for (value, title, start, end, _) in parsed {
            guard let begins = time(start, zone: zone) else { continue }
            var ends = end.flatMap { time($0, zone: zone) } ?? begins
            if ends.epochSeconds < begins.epochSeconds { ends = begins }
            var links: [ItemLink] = []
            if let link = text(value["link"]), link.hasPrefix("https://") || link.hasPrefix("http://") {
                links.append(ItemLink(title: "Event page", url: link))
            }
            // A location that is a web address is the event's page, not a room.
            let location = text(value["location"])
            if let location, location.hasPrefix("https://") || location.hasPrefix("http://"), !links.contains(where: { $0.url == location }) {
                links.append(ItemLink(title: "Location", url: location))
            }
            let room = location.flatMap { isAddress($0) ? nil : $0 }
            let type = text(value["calendarId"]).flatMap { $0.allSatisfy { $0 == "-" } ? nil : ($0 == "qa" ? "Q&A" : $0) }
            events.append(ScheduleEvent(key: title + " " + begins.iso8601.prefix(16), title: title, room: room, type: type, links: links,
                                        start: begins, end: ends, line: value.line))
        }
        let record = ScheduleCommon.conference(title: nil, acronym: nil, start: nil, end: nil, zone: zone, events: events,
                                               fallbackName: siteName(file), format: formatName)
        builder.add(schedule: ScheduleImport(conference: record, events: events, file: file))
    }

    /// A location that is a web page (`https://…`, or a site-relative `papers.html?session=…`).
    static func isAddress(_ location: String) -> Bool {
        location.hasPrefix("https://") || location.hasPrefix("http://") || !location.contains(" ") && (location.contains(".html") || location.contains("?"))
    }

    /// The calendar names no conference: the site data's folder does (`miniconf-iclr2020/main_calendar.json`).
    static func siteName(_ file: String) -> String {
        let parts = file.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : "Mini-Conf calendar"
    }

    static func text(_ value: JSONValue?) -> String? {
        guard let value, case .string(let s) = value.kind else { return nil }
        return ScheduleCommon.text(PaperCommon.squash(TerminalSafe.sanitize(s)))
    }

    static func time(_ text: String, zone: String) -> Timestamp? {
        ScheduleCommon.start(date: text, day: nil, clock: nil, dayChange: 0, zone: zone)
    }
}
