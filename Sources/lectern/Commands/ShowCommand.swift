import ArgumentParser
import LecternCore
import LecternStorage

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one item in full.",
        discussion: "With --json, prints the item exactly as stored in the corpus (see \"Corpus schema\" in the README). Unknown id: exit 1 with the closest ids."
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Argument(help: "The item id, as shown by `lectern list`.", completion: .custom(Completions.itemIDs))
    var id: String

    @Flag(help: "Print the item as JSON (the corpus record).")
    var json = false

    @Flag(help: "Turn LaTeX in the title and abstract into readable text.")
    var plain = false

    func run() throws {
        let corpus = try corpusOptions.load()
        guard let item = corpus.items.first(where: { $0.id == id }) else {
            let suggestions = ItemIdSuggester.suggestions(for: id, among: corpus.items.map(\.id))
            var message = "unknown id \(id)"
            if !suggestions.isEmpty { message += "; did you mean: \(suggestions.joined(separator: ", "))" }
            Diagnostics.error(PlainText.safe(message))
            throw ExitCode.noMatch
        }
        if json {
            let index = corpus.items.firstIndex { $0.id == id } ?? 0
            try JSONOutput.write(ShownItem(item: item, sameAs: SameWork(corpus).others(of: index).map { corpus.items[$0].id }))
            return
        }
        let text: (String) -> String = { plain ? LaTeXCleaner.clean($0) : $0 }
        let session = item.sessionId.flatMap { sid in corpus.sessions.first { $0.id == sid } }
        var lines: [String] = [text(item.title), ""]
        lines.append("Id:       \(item.id)")
        lines.append("Kind:     \(item.kind.label)\(item.kindInferred == true ? " (inferred from the slot length)" : "")")
        if !item.authors.isEmpty { lines.append("Authors:  \(item.authors.joined(separator: ", "))") }
        if let session {
            var line = "Session:  \(session.title) [\(session.id)]"
            if let moderator = session.moderator { line += ", moderated by \(moderator)" }
            lines.append(line)
        } else if let sid = item.sessionId {
            lines.append("Session:  \(sid)")
        }
        if let start = item.start, let end = item.end {
            // The user's zone (TZ), the conference's beside it, as the explorer shows it.
            lines.append("Time:     \(TimeFormatting.localWithConference(start, end, session: session, local: SystemZoneDatabase.userZone(), zones: SystemZoneDatabase.shared))")
        }
        lines.append("Source:   \(item.source.file):\(item.source.line)")
        if !item.abstract.isEmpty {
            lines.append("")
            lines.append(text(item.abstract))
        }
        PlainText.emit(lines.map(PlainText.safe))
    }
}

/// `show --json`: the item as stored, and `sameAs`, the ids of the other records of the same work
/// (a talk's paper, a paper's preprint), empty when there are none.
private struct ShownItem: Encodable {
    var item: Item
    var sameAs: [String]

    private enum Keys: String, CodingKey { case sameAs }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(sameAs, forKey: .sameAs)
    }
}
