import Foundation

/// Reads a session page: header (title, moderator), then blocks of time slot, optional kind label,
/// title, authors and abstract. Works with and without the "Oral" / "Spotlight" / "Q&A" labels.
struct SessionPageParser {
    let lines: [PageLine]
    let file: String
    let year: Int

    /// Lines that are page furniture, not content.
    static func isChrome(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("skip to ") || lower == "chat is not available." || lower == "session"
            || lower == "abstract:" || lower.hasPrefix("abstract: ")
    }

    /// The moderator named on a "Moderator: Name" line, "" when the name is missing, nil for other lines.
    static func moderator(in text: String) -> String? {
        // Only the line's start is lowercased: a megabyte line costs no more than a short one.
        let head = text.prefix(16).lowercased()
        for prefix in ["Moderators:", "Moderator:"] where head.hasPrefix(prefix.lowercased()) {
            return String(text.dropFirst(prefix.count)).trimmingPageSpace()
        }
        return nil
    }

    /// The kind a label line names, if it is one.
    static func label(_ text: String) -> ItemKind? {
        // The longest label ("Q &amp; A" with spaces) is short: a long line is no label.
        guard text.utf8.count <= 32 else { return nil }
        switch text.lowercased().replacingOccurrences(of: " ", with: "") {
        case "oral": return .oral
        case "spotlight": return .spotlight
        case "q&a", "qa", "q&amp;a": return .qa
        default: return nil
        }
    }

    func parse() throws -> PageImport {
        let content = lines.filter { !$0.text.isEmpty }
        let slotPositions = content.indices.filter { TimeSlot.looksLikeSlot(content[$0].text) }
        guard let firstSlot = slotPositions.first else {
            throw ImportError(file: file, line: 1, expected: TimeSlot.example)
        }
        // Header: title and moderator.
        var title: PageLine?
        var moderator: String?
        for line in content[..<firstSlot] {
            if let name = SessionPageParser.moderator(in: line.text) {
                if moderator == nil, !name.isEmpty { moderator = name }
            } else if !SessionPageParser.isChrome(line.text), title == nil {
                title = line
            }
        }
        guard let title else {
            throw ImportError(file: file, line: content[firstSlot].number, column: content[firstSlot].column,
                              expected: "a session title before the first time slot", found: content[firstSlot].text)
        }

        // Blocks.
        var skipped: [ImportError] = []
        var talks: [(slot: TimeSlot, line: PageLine, kind: ItemKind, inferred: Bool, title: String, authors: [String], abstract: String)] = []
        for (n, position) in slotPositions.enumerated() {
            let slotLine = content[position]
            let endPosition = n + 1 < slotPositions.count ? slotPositions[n + 1] : content.count
            var body = Array(content[(position + 1)..<endPosition])
            let slot: TimeSlot
            switch TimeSlot.parse(slotLine, year: year, file: file) {
            case .success(let s): slot = s
            case .failure(let error):
                skipped.append(error)
                continue
            }
            var labelled: ItemKind?
            if let first = body.first, let kind = SessionPageParser.label(first.text) {
                labelled = kind
                body.removeFirst()
            }
            let isLast = n == slotPositions.count - 1
            if labelled == .qa || (labelled == nil && body.isEmpty && isLast) {
                talks.append((slot, slotLine, .qa, labelled == nil, "Q&A", [], ""))
                continue
            }
            guard let titleLine = body.first else {
                skipped.append(ImportError(file: file, line: slotLine.number + 1, column: 1,
                                           expected: "a talk title after the time slot on line \(slotLine.number)"))
                continue
            }
            var rest = Array(body.dropFirst())
            var authors: [String] = []
            if let candidate = rest.first, rest.count >= 2 || SessionPageParser.looksLikeAuthors(candidate.text) {
                authors = SessionPageParser.authors(candidate.text)
                rest.removeFirst()
            }
            let abstract = rest.map(\.text).joined(separator: "\n")
            let kind = labelled ?? (slot.minutes >= 10 ? .oral : .spotlight)
            talks.append((slot, slotLine, kind, labelled == nil, titleLine.text, authors, abstract))
        }
        guard !talks.isEmpty else {
            throw skipped.first ?? ImportError(file: file, line: content[firstSlot].number, expected: TimeSlot.example)
        }

        var ids = IdAllocator()
        let sessionId = ids.id(forTitle: title.text)
        let zone = talks[0].slot.zone
        let start = talks.map(\.slot.start).min() ?? talks[0].slot.start
        let end = talks.map(\.slot.end).max() ?? talks[0].slot.end
        let session = Session(id: sessionId, title: title.text, moderator: moderator, start: start, end: end,
                              timeZone: zone.identifier, zoneAbbreviation: zone.abbreviation,
                              source: Provenance(file: file, line: title.number))
        var items: [Item] = []
        for talk in talks {
            let id = talk.kind == .qa ? ids.claim(sessionId + "-qa") : ids.id(forTitle: talk.title)
            items.append(Item(id: id, kind: talk.kind, kindInferred: talk.inferred ? true : nil, title: talk.title,
                              authors: talk.authors, abstract: talk.abstract, sessionId: sessionId,
                              start: talk.slot.start, end: talk.slot.end,
                              source: Provenance(file: file, line: talk.line.number)))
        }
        var warnings: [String] = []
        let inferred = talks.filter(\.inferred).count
        if inferred > 0 {
            warnings.append("\(file): no Oral/Spotlight/Q&A label on \(inferred) slot(s); kind inferred from the slot length (10 minutes or more: oral; shorter: spotlight; empty last slot: Q&A)")
        }
        return PageImport(sessions: [session], items: items, warnings: warnings, skipped: skipped)
    }

    /// A line of names rather than an abstract: names separated by " · ", or one short line without a full stop.
    static func looksLikeAuthors(_ text: String) -> Bool {
        text.contains("·") || (text.count <= 120 && !text.hasSuffix(".") && !text.contains(". "))
    }

    /// Splits "A · B · C" into names, keeping each name exactly as written.
    static func authors(_ text: String) -> [String] {
        text.split(separator: "·").map { String($0).trimmingPageSpace() }.filter { !$0.isEmpty }
    }
}
