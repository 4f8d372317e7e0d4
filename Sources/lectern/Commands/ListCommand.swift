import ArgumentParser
import LecternCore
import LecternStorage

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List sessions with their items in time order, then papers.",
        discussion: "With --json, prints the document described under \"JSON output\" in the README."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Flag(help: "Print JSON (stable; see the README) instead of text.")
    var json = false

    func run() throws {
        let corpus = try corpusOptions.load()
        if json {
            try JSONOutput.write(ListOutput(corpus))
            return
        }
        let listing = CorpusListing(corpus)
        let zone = SystemZoneDatabase.userZone()
        var lines: [String] = []
        for (session, items) in listing.sessions {
            // The session's day and times in the user's zone, the conference's beside them; the
            // rows below are in the user's zone.
            var header = "\(session.title)  \(TimeFormatting.localWithConference(session.start, session.end, session: session, local: zone, zones: SystemZoneDatabase.shared))"
            if let moderator = session.moderator { header += "  Moderator: \(moderator)" }
            lines.append(PlainText.safe(header + "  [\(session.id)]"))
            for item in items {
                let time = item.start.map { TimeFormatting.clockRange($0, item.end, in: zone) } ?? ""
                lines.append(PlainText.safe("  " + CLIRow.text(when: time, width: 11, kind: item.kind, title: item.title, id: item.id)))
            }
            lines.append("")
        }
        if !listing.papers.isEmpty {
            lines.append("Papers (\(listing.papers.count))")
            for item in listing.papers {
                lines.append(PlainText.safe("  " + CLIRow.text(when: "", width: 0, kind: item.kind, title: item.title, id: item.id)))
            }
        }
        while lines.last == "" { lines.removeLast() }
        PlainText.emit(lines)
    }
}

extension String {
    /// Pads with spaces on the right to `length` characters (never truncates).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
