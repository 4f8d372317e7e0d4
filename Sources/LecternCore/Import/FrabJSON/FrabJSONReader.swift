/// frab schedule JSON (the c3voc schema, written by frab, pretalx and the c3voc hub): the nested
/// `schedule.conference.days[].rooms{}` layout and the flat "schedule2" `schedule.events[]`.
public enum FrabJSONReader: SourceReader {
    public static let formatName = "frab schedule JSON"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        guard let text = SourceHead.text(startingWith: "{", head) else { return false }
        return text.contains("\"schedule\"") && text.contains("\"conference\"")
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        let file = origin.file
        let root = try SourceDocument.json(bytes, file: file)
        guard let schedule = root["schedule"], schedule.members != nil, let conference = schedule["conference"], conference.members != nil else {
            throw ImportError(file: file, line: root.line, column: root.column,
                              expected: "an object with \"schedule\": {\"conference\": {...}}")
        }
        // Where the events are: (value, JSON path, source day, day range).
        var found: [(value: JSONValue, path: String, day: String?, dayStart: String?, dayEnd: String?)] = []
        for (d, day) in (conference["days"]?.elements ?? []).enumerated() {
            guard let rooms = day["rooms"]?.members else { continue }
            for (room, list) in rooms {
                for (k, event) in (list.elements ?? []).enumerated() {
                    found.append((event, "schedule.conference.days[\(d)].rooms[\"\(room)\"][\(k)]", day["date"]?.text,
                                  day["day_start"]?.text, day["day_end"]?.text))
                }
            }
        }
        for (base, list) in [("schedule.events", schedule["events"]), ("schedule.conference.events", conference["events"])] {
            for (k, event) in (list?.elements ?? []).enumerated() { found.append((event, "\(base)[\(k)]", nil, nil, nil)) }
        }
        var offsets: [Int] = []
        for f in found {
            if let d = (f.value["date"] ?? f.value["start"])?.text, let t = ZoneClock.instant(Substring(d)) { offsets.append(t.utcOffsetSeconds) }
        }
        let zone = ScheduleCommon.zone(named: conference["time_zone_name"]?.text, offsets: offsets, file: file,
                                       options: builder.options, builder: &builder)
        let dayChange = conference["day_change"]?.text.flatMap { ZoneClock.clock(Substring($0)) } ?? 0
        var events: [ScheduleEvent] = []
        var nestedKeys = Set<String>()
        for f in found {
            switch event(f.value, path: f.path, day: f.day, dayStart: f.dayStart, dayEnd: f.dayEnd, dayChange: dayChange,
                         zone: zone, file: file) {
            case .success(let e):
                // A flat list may repeat what the days hold: those count once.
                if f.path.hasPrefix("schedule.conference.days") { nestedKeys.insert(e.key); events.append(e) }
                else if !nestedKeys.contains(e.key) { events.append(e) }
            case .failure(let error):
                builder.skip(error)
            }
        }
        guard !events.isEmpty else {
            throw ImportError(file: file, line: conference.line, column: conference.column,
                              expected: "at least one readable event in schedule.conference.days[].rooms or schedule.events", found: "none")
        }
        let record = ScheduleCommon.conference(
            title: conference["title"]?.text, acronym: conference["acronym"]?.text, start: conference["start"]?.text,
            end: conference["end"]?.text, zone: zone, events: events, fallbackName: file, format: formatName)
        builder.add(schedule: ScheduleImport(conference: record, events: events, file: file))
    }

    static func event(_ e: JSONValue, path: String, day: String?, dayStart: String?, dayEnd: String?, dayChange: Int,
                      zone: String, file: String) -> Result<ScheduleEvent, ImportError> {
        func fail(_ expected: String, _ at: JSONValue? = nil, found: String? = nil) -> Result<ScheduleEvent, ImportError> {
            let place = at ?? e
            return .failure(ImportError(file: file, line: place.line, column: place.column, expected: "\(expected) at \(path)", found: found))
        }
        guard e.members != nil else { return fail("an event object", found: e.typeName) }
        guard let title = e["title"]?.text else { return fail("a \"title\"", e["title"]) }
        // frab: "date" (ISO) or the day's date with "start" (HH:MM); schedule2: "start" and "end" as ISO.
        var start: Timestamp?
        if let date = e["date"]?.text {
            start = ScheduleCommon.start(date: date, day: nil, clock: nil, dayChange: dayChange, zone: zone)
        } else if let s = e["start"]?.text, s.count > 8 {
            start = ScheduleCommon.start(date: s, day: nil, clock: nil, dayChange: dayChange, zone: zone)
        } else {
            start = ScheduleCommon.start(date: nil, day: day, clock: e["start"]?.text, dayChange: dayChange, zone: zone)
        }
        guard let start else {
            return fail("a \"date\" such as \"2019-12-27T11:00:00+01:00\" or a \"start\" time", e["date"] ?? e["start"],
                        found: (e["date"] ?? e["start"])?.text)
        }
        var end: Timestamp?
        if let s = e["end"]?.text, s.count > 8, let t = ScheduleCommon.start(date: s, day: nil, clock: nil, dayChange: 0, zone: zone) {
            end = t
        } else {
            end = ScheduleCommon.end(start, duration: e["duration"]?.text)
        }
        guard let end, !(end < start) else {
            return fail("a \"duration\" such as \"00:30\" (or an \"end\" after the start)", e["duration"] ?? e["end"],
                        found: (e["duration"] ?? e["end"])?.text)
        }
        let key = e["id"]?.text ?? e["code"]?.text ?? e["guid"]?.text ?? e["slug"]?.text ?? title
        var authors: [String] = []
        for person in e["persons"]?.elements ?? [] {
            if let name = person["public_name"]?.text ?? person["name"]?.text ?? person.text { authors.append(name) }
        }
        if authors.isEmpty, let participants = e["participants"]?.elements {
            let speakers = participants.filter { ($0["role"]?.text ?? "SPEAKER").uppercased() == "SPEAKER" }
            for person in speakers.isEmpty ? participants : speakers {
                if let name = person["public_name"]?.text ?? person["name"]?.text { authors.append(name) }
            }
        }
        var links: [ItemLink] = []
        if let url = e["url"]?.text { links.append(ItemLink(title: "Event page", url: url)) }
        for list in [e["links"], e["attachments"]] {
            for link in list?.elements ?? [] {
                guard let url = link["url"]?.text ?? link["href"]?.text else { continue }
                let title = link["title"]?.text ?? link["type"]?.text.map(linkTitle) ?? url
                links.append(ItemLink(title: title, url: url))
            }
        }
        var seen = Set<String>()
        links = links.filter { seen.insert($0.url).inserted }
        return .success(ScheduleEvent(
            key: key, title: title, subtitle: e["subtitle"]?.text, authors: authors,
            abstract: ScheduleCommon.abstract(e["abstract"]?.text, description: e["description"]?.text),
            room: e["room"]?.name, track: e["track"]?.name, type: e["type"]?.text, language: e["language"]?.text,
            links: links, start: start, end: end,
            day: ScheduleCommon.day(of: start, sourceDay: day, dayStart: dayStart, dayEnd: dayEnd, dayChange: dayChange),
            line: e.line))
    }

    /// A link type (`SLIDES`, `ORIGIN`) as a title: `Slides`, `Origin`.
    static func linkTitle(_ type: String) -> String {
        type.lowercased().replacingOccurrences(of: "_", with: " ").capitalized
    }
}
