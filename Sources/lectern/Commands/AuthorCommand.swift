import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

struct AuthorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "author",
        abstract: "List the talks and papers of an author, and the sessions they moderate.",
        discussion: "Names match without regard to accents or case: an exact name first, otherwise every name in which each word given starts a word (li finds Liutkus, not Welling). Times are in your time zone (TZ)."
    )

    @Argument(help: "The name, or part of it (e.g. \"Ondrej Cifka\", \"cifka\").")
    var name: String

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.load()
        let people = PeopleIndex(corpus: corpus)
        let found = people.lookup(name)
        guard !found.isEmpty else {
            var message = "no author or moderator matches \"\(TerminalSafe.sanitize(name))\""
            let close = people.suggestions(for: name)
            if !close.isEmpty { message += "; did you mean: " + close.map(TerminalSafe.sanitize).joined(separator: ", ") + "?" }
            Diagnostics.error(message)
            throw ExitCode.noMatch
        }
        if json {
            try printJSON(corpus: corpus, people: found)
        } else {
            printText(corpus: corpus, people: found)
        }
    }

    private func printText(corpus: Corpus, people: [Person]) {
        for (n, person) in people.enumerated() {
            if n > 0 { print("") }
            let counts = [
                person.items.isEmpty ? nil : "\(person.items.count) item\(person.items.count == 1 ? "" : "s")",
                person.moderatedSessions.isEmpty ? nil : "moderates \(person.moderatedSessions.count)",
            ].compactMap { $0 }.joined(separator: ", ")
            print("\(TerminalSafe.sanitize(person.name)) (\(counts))")
            let zone = SystemZoneDatabase.userZone()
            let sessions = person.moderatedSessions.compactMap { id in corpus.sessions.first { $0.id == id } }
            let items = person.items.map { corpus.items[$0] }
            let times = sessions.map { TimeFormatting.range($0.start, $0.end, in: zone, zones: SystemZoneDatabase.shared) }
                + items.map { item in item.start.map { TimeFormatting.range($0, item.end, in: zone, zones: SystemZoneDatabase.shared) } ?? "" }
            let width = times.map(\.count).max() ?? 0
            for (session, when) in zip(sessions, times) {
                let row = when.padding(toLength: width) + "  " + "Moderator".padding(toLength: 9) + "  " + session.title + "  [" + session.id + "]"
                print("  " + TerminalSafe.sanitize(row))
            }
            for (item, when) in zip(items, times.dropFirst(sessions.count)) {
                print("  " + TerminalSafe.sanitize(CLIRow.text(when: when, width: width, kind: item.kind, title: SimilarCommand.display(item.title), id: item.id)))
            }
        }
    }

    private func printJSON(corpus: Corpus, people: [Person]) throws {
        struct Entry: Encodable {
            var id: String, kind: String, title: String
            var sessionId: String?, start: String?
        }
        struct Moderated: Encodable { var id: String, title: String }
        struct Output: Encodable {
            var name: String, items: [Entry], moderates: [Moderated]
        }
        let output = people.map { p in
            Output(
                name: p.name,
                items: p.items.map { i in
                    let item = corpus.items[i]
                    return Entry(id: item.id, kind: item.kind.rawValue, title: LaTeXCleaner.clean(item.title),
                                 sessionId: item.sessionId, start: item.start?.iso8601)
                },
                moderates: p.moderatedSessions.map { id in
                    Moderated(id: id, title: corpus.sessions.first { $0.id == id }?.title ?? id)
                }
            )
        }
        try JSONOutput.write(output)
    }
}
