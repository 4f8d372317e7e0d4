/// The corpus schema, applied to a parsed JSON tree: builds the `Corpus` and collects every problem
/// (wrong types, missing or unknown keys, bad values, duplicate ids, dangling session ids) with its JSON path.
struct CorpusSchema {
    private(set) var problems: [CorpusProblem] = []
    /// When set, a session's `timeZone` must be a zone this database knows.
    var zones: ZoneAbbreviationDatabase?

    init(zones: ZoneAbbreviationDatabase? = nil) {
        self.zones = zones
    }

    static let rootKeys: Set<String> = ["version", "sources", "sessions", "items", "conferences"]
    static let sessionKeys: Set<String> = ["id", "title", "moderator", "start", "end", "timeZone", "zoneAbbreviation", "source",
                                              "conference", "room"]
    static let itemKeys: Set<String> = ["id", "kind", "kindInferred", "title", "authors", "abstract", "sessionId", "start", "end", "source",
                                           "conference", "subtitle", "room", "track", "type", "language", "links",
                                           "date", "updated", "venue", "categories", "keywords", "doi", "comment", "journalRef"]
    static let conferenceKeys: Set<String> = ["id", "title", "acronym", "start", "end", "timeZone", "format"]
    static let linkKeys: Set<String> = ["title", "url"]
    static let sourceKeys: Set<String> = ["file", "line"]

    mutating func corpus(_ root: JSONValue) -> Corpus? {
        guard let object = members(root, "", allowed: CorpusSchema.rootKeys) else { return nil }
        let version = integer(object, "version", in: root, "")
        if let version, version != Corpus.schemaVersion, let v = object["version"] {
            report(v, "version", "expected version \(Corpus.schemaVersion) (the schema this build reads), found \(version)")
        }
        let sources = stringArray(object, "sources", in: root, "")
        var conferences: [Conference]?
        if object["conferences"] != nil, let list = array(object, "conferences", in: root, "") {
            var found: [Conference] = []
            for (i, value) in list.enumerated() {
                if let c = conference(value, "conferences[\(i)]") { found.append(c) }
            }
            conferences = found
        }
        var sessions: [Session] = []
        var items: [Item] = []
        if let list = array(object, "sessions", in: root, "") {
            for (i, value) in list.enumerated() {
                if let s = session(value, "sessions[\(i)]") { sessions.append(s) }
            }
        }
        var itemValues: [(Int, JSONValue)] = []
        if let list = array(object, "items", in: root, "") {
            for (i, value) in list.enumerated() {
                if let item = item(value, "items[\(i)]") {
                    items.append(item)
                    itemValues.append((i, value))
                }
            }
        }
        crossCheck(sessions: sessions, sessionValues: object["sessions"], items: items, itemValues: itemValues)
        checkConferences(conferences ?? [], sessions: sessions, sessionValues: object["sessions"], items: items, itemValues: itemValues)
        guard let version, let sources else { return nil }
        return Corpus(version: version, sources: sources, sessions: sessions, items: items, conferences: conferences)
    }

    // MARK: - Records

    private mutating func session(_ value: JSONValue, _ path: String) -> Session? {
        guard let o = members(value, path, allowed: CorpusSchema.sessionKeys) else { return nil }
        let id = string(o, "id", in: value, path, nonEmpty: true)
        let title = string(o, "title", in: value, path)
        let moderator = string(o, "moderator", in: value, path, required: false)
        let start = timestamp(o, "start", in: value, path)
        let end = timestamp(o, "end", in: value, path)
        let zone = string(o, "timeZone", in: value, path, nonEmpty: true)
        if let zone, let zones, !zones.knows(zone), let v = o["timeZone"] {
            report(v, join(path, "timeZone"), "expected an IANA time zone name such as \"America/Los_Angeles\" that the zone database knows, found \"\(zone)\"")
        }
        let abbreviation = string(o, "zoneAbbreviation", in: value, path, required: false)
        let source = provenance(o, "source", in: value, path)
        let conference = string(o, "conference", in: value, path, required: false, nonEmpty: true)
        let room = string(o, "room", in: value, path, required: false)
        if let start, let end, end < start, let v = o["end"] {
            report(v, join(path, "end"), "expected an end no earlier than the start \(start.iso8601), found \(end.iso8601)")
        }
        guard let id, let title, let start, let end, let zone, let source else { return nil }
        return Session(id: id, title: title, moderator: moderator, start: start, end: end, timeZone: zone,
                       zoneAbbreviation: abbreviation, source: source, conference: conference, room: room)
    }

    private mutating func item(_ value: JSONValue, _ path: String) -> Item? {
        guard let o = members(value, path, allowed: CorpusSchema.itemKeys) else { return nil }
        let id = string(o, "id", in: value, path, nonEmpty: true)
        var kind: ItemKind?
        if let text = string(o, "kind", in: value, path), let v = o["kind"] {
            kind = ItemKind(rawValue: text)
            if kind == nil {
                let names = ItemKind.allCases.map(\.rawValue).joined(separator: ", ")
                report(v, join(path, "kind"), "expected one of \(names), found \"\(text)\"")
            }
        }
        let inferred = bool(o, "kindInferred", in: value, path)
        let title = string(o, "title", in: value, path)
        let authors = stringArray(o, "authors", in: value, path)
        let abstract = string(o, "abstract", in: value, path)
        let sessionId = string(o, "sessionId", in: value, path, required: false, nonEmpty: true)
        let start = timestamp(o, "start", in: value, path, required: false)
        let end = timestamp(o, "end", in: value, path, required: false)
        let source = provenance(o, "source", in: value, path)
        let conference = string(o, "conference", in: value, path, required: false, nonEmpty: true)
        let subtitle = string(o, "subtitle", in: value, path, required: false)
        let room = string(o, "room", in: value, path, required: false)
        let track = string(o, "track", in: value, path, required: false)
        let type = string(o, "type", in: value, path, required: false)
        let language = string(o, "language", in: value, path, required: false)
        var links: [ItemLink]?
        if o["links"] != nil, let list = array(o, "links", in: value, path) {
            var found: [ItemLink] = []
            for (i, element) in list.enumerated() {
                if let link = link(element, "\(join(path, "links"))[\(i)]") { found.append(link) }
            }
            links = found
        }
        let date = paperDate(o, "date", in: value, path)
        let updated = paperDate(o, "updated", in: value, path)
        let venue = string(o, "venue", in: value, path, required: false)
        let categories = optionalStringArray(o, "categories", in: value, path)
        let keywords = optionalStringArray(o, "keywords", in: value, path)
        let doi = string(o, "doi", in: value, path, required: false)
        let comment = string(o, "comment", in: value, path, required: false)
        let journalRef = string(o, "journalRef", in: value, path, required: false)
        if (o["start"] == nil) != (o["end"] == nil) {
            let present = o["start"] != nil ? "start" : "end"
            if let v = o[present] {
                report(v, join(path, present), "expected both \"start\" and \"end\", or neither")
            }
        }
        if let start, let end, end < start, let v = o["end"] {
            report(v, join(path, "end"), "expected an end no earlier than the start \(start.iso8601), found \(end.iso8601)")
        }
        if let kind, kind != .paper, problemsAreFree(o, ["sessionId", "start", "end"]) {
            for key in ["sessionId", "start", "end"] where o[key] == nil {
                report(value, path, "expected \"\(key)\" on a talk of kind \(kind.rawValue)")
            }
        }
        guard let id, let kind, let title, let authors, let abstract, let source else { return nil }
        return Item(id: id, kind: kind, kindInferred: inferred, title: title, authors: authors, abstract: abstract,
                    sessionId: sessionId, start: start, end: end, source: source, conference: conference,
                    subtitle: subtitle, room: room, track: track, type: type, language: language, links: links,
                    date: date, updated: updated, venue: venue, categories: categories, keywords: keywords, doi: doi,
                    comment: comment, journalRef: journalRef)
    }

    /// A list of strings that may be left out or null.
    private mutating func optionalStringArray(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> [String]? {
        guard let v = o[key] else { return nil }
        if case .null = v.kind { return nil }
        return stringArray(o, key, in: parent, path)
    }

    private mutating func paperDate(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> String? {
        guard let s = string(o, key, in: parent, path, required: false) else { return nil }
        guard Item.isPaperDate(s) else {
            if let v = o[key] { report(v, join(path, key), "expected a date such as \"2024-01-31\", \"2024-01\" or \"2024\", found \"\(s)\"") }
            return nil
        }
        return s
    }

    private mutating func link(_ value: JSONValue, _ path: String) -> ItemLink? {
        guard let o = members(value, path, allowed: CorpusSchema.linkKeys) else { return nil }
        let title = string(o, "title", in: value, path)
        let url = string(o, "url", in: value, path, nonEmpty: true)
        guard let title, let url else { return nil }
        return ItemLink(title: title, url: url)
    }

    private mutating func conference(_ value: JSONValue, _ path: String) -> Conference? {
        guard let o = members(value, path, allowed: CorpusSchema.conferenceKeys) else { return nil }
        let id = string(o, "id", in: value, path, nonEmpty: true)
        let title = string(o, "title", in: value, path)
        let acronym = string(o, "acronym", in: value, path, required: false)
        let start = date(o, "start", in: value, path)
        let end = date(o, "end", in: value, path)
        let zone = string(o, "timeZone", in: value, path, nonEmpty: true)
        let format = string(o, "format", in: value, path, required: false)
        if let start, let end, end < start, let v = o["end"] {
            report(v, join(path, "end"), "expected an end no earlier than the start \(start), found \(end)")
        }
        guard let id, let title, let start, let end, let zone else { return nil }
        return Conference(id: id, title: title, acronym: acronym, start: start, end: end, timeZone: zone, format: format)
    }

    /// A calendar date, `YYYY-MM-DD`.
    private mutating func date(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> String? {
        guard let text = string(o, key, in: parent, path) else { return nil }
        if Conference.isDate(text) { return text }
        if let v = o[key] { report(v, join(path, key), "expected a date such as \"2021-02-06\", found \"\(text)\"") }
        return nil
    }

    /// Conference ids are unique, and every session and item that names a conference names one of them.
    private mutating func checkConferences(_ conferences: [Conference], sessions: [Session], sessionValues: JSONValue?,
                                           items: [Item], itemValues: [(Int, JSONValue)]) {
        var known = Set<String>()
        for (i, c) in conferences.enumerated() where !known.insert(c.id).inserted {
            problems.append(CorpusProblem(path: "conferences[\(i)].id", line: 1, column: 1,
                                          message: "expected a unique id, found \"\(c.id)\" again"))
        }
        func check(_ name: String?, _ value: JSONValue, _ path: String) {
            guard let name, !known.contains(name), case .object(let m) = value.kind,
                  let v = m.first(where: { $0.key == "conference" })?.value else { return }
            report(v, path + ".conference", "expected the id of a conference, found \"\(name)\", which no conference has")
        }
        if case .array(let values)? = sessionValues?.kind {
            var k = 0
            for (i, value) in values.enumerated() {
                guard case .object(let m) = value.kind, m.contains(where: { $0.key == "conference" }) else { continue }
                if case .string(let name)? = m.first(where: { $0.key == "conference" })?.value.kind { check(name, value, "sessions[\(i)]") }
                k += 1
            }
            _ = k
        }
        for ((i, value), item) in zip(itemValues, items) { check(item.conference, value, "items[\(i)]") }
    }

    /// True when none of `keys` already had a type problem (so one mistake is reported once).
    private func problemsAreFree(_ o: [String: JSONValue], _ keys: [String]) -> Bool {
        keys.allSatisfy { key in
            guard let v = o[key] else { return true }
            return !problems.contains { $0.line == v.line && $0.column == v.column }
        }
    }

    private mutating func provenance(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> Provenance? {
        guard let value = field(o, key, in: parent, path, expected: "an object such as {\"file\": \"page.txt\", \"line\": 1}") else { return nil }
        let p = join(path, key)
        guard let s = members(value, p, allowed: CorpusSchema.sourceKeys) else { return nil }
        let file = string(s, "file", in: value, p)
        let line = integer(s, "line", in: value, p)
        if let line, line < 1, let v = s["line"] { report(v, join(p, "line"), "expected a line number of 1 or more, found \(line)") }
        guard let file, let line else { return nil }
        return Provenance(file: file, line: line)
    }

    private mutating func crossCheck(sessions: [Session], sessionValues: JSONValue?, items: [Item], itemValues: [(Int, JSONValue)]) {
        var sessionIndex: [String: Int] = [:]
        if case .array(let values)? = sessionValues?.kind {
            var n = 0
            for (i, value) in values.enumerated() {
                guard case .object(let m) = value.kind, let idValue = m.first(where: { $0.key == "id" })?.value,
                      case .string(let id) = idValue.kind else { continue }
                if let first = sessionIndex[id] {
                    report(idValue, "sessions[\(i)].id", "expected a unique id, found \"\(id)\" again (first at sessions[\(first)])")
                } else {
                    sessionIndex[id] = i
                }
                n += 1
            }
            _ = n
        }
        var itemIndex: [String: Int] = [:]
        for ((i, value), item) in zip(itemValues, items) {
            guard case .object(let m) = value.kind else { continue }
            if let first = itemIndex[item.id], let v = m.first(where: { $0.key == "id" })?.value {
                report(v, "items[\(i)].id", "expected a unique id, found \"\(item.id)\" again (first at items[\(first)])")
            } else {
                itemIndex[item.id] = i
            }
            if let sessionId = item.sessionId, sessionIndex[sessionId] == nil, let v = m.first(where: { $0.key == "sessionId" })?.value {
                report(v, "items[\(i)].sessionId", "expected the id of a session, found \"\(sessionId)\", which no session has")
            }
        }
    }

    // MARK: - Fields

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private mutating func report(_ value: JSONValue, _ path: String, _ message: String) {
        problems.append(CorpusProblem(path: path, line: value.line, column: value.column, message: message))
    }

    /// The members of an object, reporting a wrong type, duplicate keys and keys the schema does not know.
    private mutating func members(_ value: JSONValue, _ path: String, allowed: Set<String>) -> [String: JSONValue]? {
        guard case .object(let list) = value.kind else {
            report(value, path, "expected an object, found \(value.typeName)")
            return nil
        }
        var out: [String: JSONValue] = [:]
        for (key, v) in list {
            if out[key] != nil {
                report(v, join(path, key), "expected each key once, found \"\(key)\" again")
                continue
            }
            if !allowed.contains(key) {
                report(v, join(path, key), "expected one of the keys \(allowed.sorted().joined(separator: ", ")), found \"\(key)\"")
                continue
            }
            out[key] = v
        }
        return out
    }

    /// The value of `key`, reporting it when missing and required; nil for a missing optional key or null.
    private mutating func field(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String,
                                expected: String, required: Bool = true) -> JSONValue? {
        guard let v = o[key] else {
            if required { report(parent, path.isEmpty ? key : join(path, key), "expected \(expected), found nothing (the key is missing)") }
            return nil
        }
        if case .null = v.kind, !required { return nil }
        return v
    }

    private mutating func string(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String,
                                 required: Bool = true, nonEmpty: Bool = false) -> String? {
        let what = nonEmpty ? "a non-empty string" : "a string"
        guard let v = field(o, key, in: parent, path, expected: what, required: required) else { return nil }
        guard case .string(let s) = v.kind else {
            report(v, join(path, key), "expected \(what), found \(v.typeName)")
            return nil
        }
        if nonEmpty, s.isEmpty {
            report(v, join(path, key), "expected a non-empty string, found \"\"")
            return nil
        }
        return s
    }

    private mutating func integer(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> Int? {
        guard let v = field(o, key, in: parent, path, expected: "an integer") else { return nil }
        guard case .number(let text, let d) = v.kind, d.rounded() == d, abs(d) < 9e15, let n = Int(exactly: d) else {
            let found: String
            if case .number(let text, _) = v.kind { found = text } else { found = v.typeName }
            report(v, join(path, key), "expected an integer, found \(found)")
            return nil
        }
        _ = text
        return n
    }

    private mutating func bool(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> Bool? {
        guard let v = field(o, key, in: parent, path, expected: "true or false", required: false) else { return nil }
        guard case .bool(let b) = v.kind else {
            report(v, join(path, key), "expected true or false, found \(v.typeName)")
            return nil
        }
        return b
    }

    private mutating func timestamp(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String,
                                    required: Bool = true) -> Timestamp? {
        let what = "an ISO-8601 time such as \"2021-07-20T17:00:00-07:00\""
        guard let v = field(o, key, in: parent, path, expected: what, required: required) else { return nil }
        guard case .string(let s) = v.kind else {
            report(v, join(path, key), "expected \(what), found \(v.typeName)")
            return nil
        }
        guard let t = Timestamp(iso8601: s) else {
            report(v, join(path, key), "expected \(what), found \"\(s)\"")
            return nil
        }
        return t
    }

    private mutating func array(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> [JSONValue]? {
        guard let v = field(o, key, in: parent, path, expected: "an array") else { return nil }
        guard case .array(let list) = v.kind else {
            report(v, join(path, key), "expected an array, found \(v.typeName)")
            return nil
        }
        return list
    }

    private mutating func stringArray(_ o: [String: JSONValue], _ key: String, in parent: JSONValue, _ path: String) -> [String]? {
        guard let list = array(o, key, in: parent, path) else { return nil }
        var out: [String] = []
        var ok = true
        for (i, element) in list.enumerated() {
            if case .string(let s) = element.kind {
                out.append(s)
            } else {
                report(element, "\(join(path, key))[\(i)]", "expected a string, found \(element.typeName)")
                ok = false
            }
        }
        return ok ? out : nil
    }
}
