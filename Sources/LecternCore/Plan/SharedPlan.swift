/// Another person's plan, imported with `lectern bookmarks import`: the items of this corpus it
/// holds (matched by id, else by start time and title), and the titles it holds that the corpus
/// does not. Kept beside the bookmarks; merged into them only when the user asks.
public struct SharedPlan: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var priority: Bookmark.Priority?
    }

    public var format = "lectern-shared-plan"
    public var version = 1
    /// Whose plan it is ("Alex"), as lists show it: "also in Alex's plan".
    public var name: String
    /// The file it was read from, and what it was.
    public var source: String
    public var sourceFormat: String
    public var entries: [Entry]
    /// Titles in the plan that match no item of the corpus.
    public var unmatched: [String]

    public var ids: Set<String> { Set(entries.map(\.id)) }

    /// What merging the plan into `mine` adds: a bookmark for each of its items not bookmarked
    /// there, with the plan's priority (must see when it has none), in the plan's order. Your own
    /// bookmarks, priorities and notes are never touched.
    public func additions(to mine: Bookmarks) -> [Bookmark] {
        entries.filter { !mine.contains($0.id) }.map { Bookmark(itemId: $0.id, title: $0.title, priority: $0.priority ?? .mustSee) }
    }
}

/// Reads a plan: a lectern JSON export (`lectern export --format json`), or an iCalendar file
/// from lectern or any calendar app, whose events are matched to the corpus by start time and
/// title (folded: case, accents and punctuation do not count).
public enum SharedPlanReader {
    public static func read(_ bytes: [UInt8], file: String, name: String, corpus: Corpus) throws(ImportError) -> SharedPlan {
        let head = bytes.prefix(SourceImport.headLength)
        var plan = SharedPlan(name: name, source: file, sourceFormat: "", entries: [], unmatched: [])
        let matcher = Matcher(corpus)
        var seen = Set<String>()
        func add(_ item: Item?, title: String, priority: Bookmark.Priority?) {
            guard let item else {
                plan.unmatched.append(title)
                return
            }
            guard seen.insert(item.id).inserted else { return }
            plan.entries.append(.init(id: item.id, title: item.title, priority: priority))
        }
        if ICalendarReader.recognises(head) {
            plan.sourceFormat = "iCalendar"
            let events = try SourceImport.importSources([(file, bytes)]).corpus
            for event in events.items {
                add(matcher.match(title: event.title, start: event.start), title: event.title, priority: nil)
            }
            return plan
        }
        let root: JSONValue
        switch JSONParser.parse(Array(bytes)) {
        case .success(let value): root = value
        case .failure(let e):
            throw ImportError(file: file, line: e.line, column: e.column,
                              expected: "a lectern JSON export or an iCalendar file (\(e.expected))", found: e.found)
        }
        guard case .object(let members) = root.kind, members.contains(where: { $0.key == "format" && $0.value.string == "lectern-export" }),
              let items = members.first(where: { $0.key == "items" })?.value else {
            throw ImportError(file: file, line: root.line, column: root.column,
                              expected: "a lectern JSON export ({\"format\": \"lectern-export\", \"items\": [...]}) or an iCalendar file")
        }
        guard case .array(let list) = items.kind else {
            throw ImportError(file: file, line: items.line, column: items.column, expected: "an array of items", found: items.typeName)
        }
        plan.sourceFormat = "lectern JSON export"
        for value in list {
            guard case .object(let fields) = value.kind else {
                throw ImportError(file: file, line: value.line, column: value.column, expected: "an item object", found: value.typeName)
            }
            func field(_ key: String) -> String? { fields.first { $0.key == key }?.value.string }
            let title = field("title") ?? field("id") ?? ""
            if fields.contains(where: { $0.key == "bookmarked" && $0.value.bool == false }) { continue }
            let priority = field("priority").flatMap(Bookmark.Priority.init(rawValue:))
            let item = field("id").flatMap(matcher.item(id:))
                ?? matcher.match(title: title, start: field("start").flatMap(Timestamp.init(iso8601:)))
            add(item, title: title, priority: priority)
        }
        return plan
    }

    /// Finds corpus items by id, or by start instant and folded title.
    struct Matcher {
        let corpus: Corpus
        let byId: [String: Int]
        let bySlot: [String: Int]

        init(_ corpus: Corpus) {
            self.corpus = corpus
            var byId: [String: Int] = [:], bySlot: [String: Int] = [:]
            for (k, item) in corpus.items.enumerated() {
                if byId[item.id] == nil { byId[item.id] = k }
                if let start = item.start, bySlot[Self.key(item.title, start)] == nil { bySlot[Self.key(item.title, start)] = k }
            }
            self.byId = byId
            self.bySlot = bySlot
        }

        func item(id: String) -> Item? { byId[id].map { corpus.items[$0] } }

        func match(title: String, start: Timestamp?) -> Item? {
            guard let start else { return nil }
            return bySlot[Self.key(title, start)].map { corpus.items[$0] }
        }

        static func key(_ title: String, _ start: Timestamp) -> String {
            "\(start.epochSeconds) " + SameWork.titleKey(title)
        }
    }
}

extension JSONValue {
    var string: String? {
        if case .string(let s) = kind { return s }
        return nil
    }

    var bool: Bool? {
        if case .bool(let b) = kind { return b }
        return nil
    }
}
