/// frab / Pentabarf schedule XML (FOSDEM, the CCC congresses, DebConf, frab and pretalx instances):
/// `<schedule>` with `<conference>` and `<day>`/`<room>`/`<event>`, old form and current.
public enum FrabXMLReader: SourceReader {
    public static let formatName = "frab schedule XML"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        guard let text = SourceHead.text(startingWith: "<", head) else { return false }
        return text.contains("<schedule") && !text.contains("<html")
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let file = origin.file
        let root = try SourceDocument.xml(bytes, file: file)
        guard root.name == "schedule" else {
            throw ImportError(file: file, line: root.line, column: root.column, expected: "a <schedule> root element", found: "<\(root.name)>")
        }
        let conference = root.child("conference")
        let dayChange = conference?.value("day_change").flatMap { ZoneClock.clock(Substring($0)) } ?? 0
        var offsets: [Int] = []
        for day in root.children("day") {
            for room in day.children("room") {
                for event in room.children("event") {
                    if let d = event.value("date"), let t = ZoneClock.instant(Substring(d)) { offsets.append(t.utcOffsetSeconds) }
                }
            }
        }
        let zone = ScheduleCommon.zone(named: conference?.value("time_zone_name"), offsets: offsets, file: file,
                                       options: builder.options, builder: &builder)
        var events: [ScheduleEvent] = []
        for day in root.children("day") {
            let date = day.attribute("date")
            for room in day.children("room") {
                for event in room.children("event") {
                    switch self.event(event, day: date, dayStart: day.attribute("start"), dayEnd: day.attribute("end"),
                                      room: room.attribute("name"), dayChange: dayChange, zone: zone, file: file) {
                    case .success(let e): events.append(e)
                    case .failure(let error): builder.skip(error)
                    }
                }
            }
        }
        guard !events.isEmpty else {
            throw ImportError(file: file, line: root.line, column: root.column,
                              expected: "at least one readable <event> inside <day><room>", found: "none")
        }
        let record = ScheduleCommon.conference(
            title: conference?.value("title"), acronym: conference?.value("acronym"), start: conference?.value("start"),
            end: conference?.value("end"), zone: zone, events: events, fallbackName: file, format: formatName)
        builder.add(schedule: ScheduleImport(conference: record, events: events, file: file))
    }

    static func event(_ e: XMLElement, day: String?, dayStart: String?, dayEnd: String?, room: String?, dayChange: Int, zone: String,
                      file: String) -> Result<ScheduleEvent, ImportError> {
        func fail(_ expected: String, _ at: XMLElement? = nil, found: String? = nil) -> Result<ScheduleEvent, ImportError> {
            let place = at ?? e
            return .failure(ImportError(file: file, line: place.line, column: place.column, expected: expected, found: found))
        }
        guard let title = e.value("title") else { return fail("a <title> in the <event>") }
        guard let start = ScheduleCommon.start(date: e.value("date"), day: day, clock: e.value("start"), dayChange: dayChange, zone: zone) else {
            return fail("a <start> time such as 09:30 (or a <date> such as 2023-09-10T05:00:00+00:00)", e.child("start") ?? e.child("date"),
                        found: e.value("start") ?? e.value("date"))
        }
        guard let end = ScheduleCommon.end(start, duration: e.value("duration")) else {
            return fail("a <duration> such as 00:30", e.child("duration"), found: e.value("duration"))
        }
        let key = ScheduleCommon.text(e.attribute("id")) ?? ScheduleCommon.text(e.attribute("guid")) ?? e.value("slug") ?? title
        var authors: [String] = []
        for person in e.child("persons")?.children("person") ?? [] {
            if let name = ScheduleCommon.text(person.text) { authors.append(name) }
        }
        var links: [ItemLink] = []
        if let url = e.value("url") { links.append(ItemLink(title: "Event page", url: url)) }
        for link in e.child("links")?.children("link") ?? [] {
            guard let href = ScheduleCommon.text(link.attribute("href")) else { continue }
            links.append(ItemLink(title: ScheduleCommon.text(link.text) ?? href, url: href))
        }
        for attachment in e.child("attachments")?.children("attachment") ?? [] {
            guard let href = ScheduleCommon.text(attachment.attribute("href")) else { continue }
            links.append(ItemLink(title: ScheduleCommon.text(attachment.text) ?? attachment.attribute("type") ?? href, url: href))
        }
        var seen = Set<String>()
        links = links.filter { seen.insert($0.url).inserted }
        return .success(ScheduleEvent(
            key: key, title: title, subtitle: e.value("subtitle"), authors: authors,
            abstract: ScheduleCommon.abstract(e.child("abstract")?.text, description: e.child("description")?.text),
            room: e.value("room") ?? ScheduleCommon.text(room), track: e.value("track"), type: e.value("type"),
            language: e.value("language"), links: links, start: start, end: end,
            day: ScheduleCommon.day(of: start, sourceDay: day, dayStart: dayStart, dayEnd: dayEnd, dayChange: dayChange),
            line: e.line))
    }
}
