import Foundation

/// iCalendar (RFC 5545): one VEVENT per talk, in UTC. Papers have no time and are left out; a
/// calendar with no talk holds only a VTIMEZONE (RFC 5545 requires one component).
/// `LOCATION` is the talk's room when the schedule names one, else its session's title. With a
/// reminder, each event carries a `VALARM` that goes off that long before the talk.
public enum ICSExporter {
    public static func render(_ input: ExportInput, now: Timestamp) -> ExportResult {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//lectern//lectern//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(input.query.map { "lectern search: " + $0 } ?? "lectern plan")]
        // The search these talks were found by, as a property of our own (RFC 5545 X-name).
        if let query = input.query { lines.append("X-LECTERN-QUERY:" + escape(query)) }
        var skipped = 0
        var count = 0
        for item in input.items {
            guard let start = item.start, let end = item.end else {
                skipped += 1
                continue
            }
            count += 1
            let bookmark = input.bookmarks[item.id]
            var description: [String] = []
            if !item.authors.isEmpty { description.append("Authors: " + item.authors.joined(separator: ", ")) }
            if let note = bookmark?.nonEmptyNote { description.append("Note: " + note) }
            if let b = bookmark { description.append("Priority: " + b.priority.label) }
            if !item.abstract.isEmpty { description.append(item.abstract) }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + escape(item.id + "@lectern"))
            lines.append("DTSTAMP:" + utc(now))
            lines.append("DTSTART:" + utc(start))
            lines.append("DTEND:" + utc(end))
            lines.append("SUMMARY:" + escape(item.namedTitle(session: input.session(of: item))))
            if !description.isEmpty { lines.append("DESCRIPTION:" + escape(description.joined(separator: "\n\n"))) }
            if let room = item.room, !room.isEmpty {
                lines.append("LOCATION:" + escape(room))
            } else if let session = input.session(of: item) {
                lines.append("LOCATION:" + escape(session.title))
            }
            lines.append("CATEGORIES:" + escape(item.kind.label))
            if let b = bookmark { lines.append("PRIORITY:" + (b.priority == .mustSee ? "1" : "5")) }
            if let reminder = input.reminder {
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape("In \(reminder.spoken): " + item.title),
                          "TRIGGER:" + reminder.trigger, "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        var notes: [String] = []
        if count == 0 {
            // RFC 5545 wants at least one component: a calendar with no talk holds the UTC zone's
            // definition, which adds nothing to the reader's calendar.
            lines += ["BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0000",
                      "TZOFFSETTO:+0000", "TZNAME:UTC", "END:STANDARD", "END:VTIMEZONE"]
            notes.append("no talk to put in the calendar: it holds no event")
        }
        lines.append("END:VCALENDAR")
        if skipped > 0 {
            notes.append("\(skipped) \(skipped == 1 ? "paper has" : "papers have") no time and \(skipped == 1 ? "was" : "were") left out of the calendar")
        }
        if !input.missing.isEmpty {
            notes.append("\(input.missing.count) bookmark\(input.missing.count == 1 ? " is" : "s are") missing from the corpus and left out of the calendar")
        }
        return ExportResult(text: lines.map(fold).joined(separator: "\r\n") + "\r\n", notes: notes, count: count)
    }

    /// `YYYYMMDDTHHMMSSZ`.
    public static func utc(_ t: Timestamp) -> String {
        let w = t.wallClock(atOffset: 0)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", w.year, w.month, w.day, w.hour, w.minute, w.second)
    }

    /// TEXT value escaping: backslash, semicolon, comma; a line break (LF, CRLF or a lone CR) is
    /// `\n`; a tab is kept (TEXT allows it); other controls and bidirectional formatting characters
    /// are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        var lastWasCR = false
        for s in text.unicodeScalars {
            defer { lastWasCR = s == "\r" }
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            case "\t": out += "\t"
            default:
                if TerminalSafe.isControlOrBidi(s) { continue }
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets (continuations start with a space), never inside a
    /// UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        for s in line.unicodeScalars {
            let n = String(s).utf8.count
            if used + n > 75 {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(s)
            used += n
        }
        return out
    }
}
