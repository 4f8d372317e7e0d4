import ArgumentParser
import LecternCore

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
        var lines: [String] = []
        for (session, items) in listing.sessions {
            var header = "\(session.title)  \(TimeFormatting.wallSpan(session.start, session.end, zone: session.zoneAbbreviation))"
            if let moderator = session.moderator { header += "  Moderator: \(moderator)" }
            lines.append(PlainText.safe(header + "  [\(session.id)]"))
            for item in items {
                let time = item.start.flatMap { s in item.end.map { "\(TimeFormatting.wallClock(s))-\(TimeFormatting.wallClock($0))" } } ?? "           "
                let kind = item.kind.label.padding(toLength: 9)
                lines.append(PlainText.safe("  \(time)  \(kind)  \(item.title)  [\(item.id)]"))
            }
            lines.append("")
        }
        if !listing.papers.isEmpty {
            lines.append("Papers (\(listing.papers.count))")
            for item in listing.papers {
                lines.append(PlainText.safe("  \(item.title)  [\(item.id)]"))
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
