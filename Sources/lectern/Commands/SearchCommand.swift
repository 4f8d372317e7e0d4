import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search talks and papers.",
        discussion: """
        Words are ANDed and match as prefixes; "exact phrase", -word excludes, a | b for either.
        Filters: title: author: abstract: session: moderator: kind:oral|spotlight|qa|paper
        is:bookmarked is:noted day:tue after:17:00 before:18:00 (in your time zone, TZ, as the
        times are printed). A word starting with - is a query word, never an option.
        Each result: score, time, kind, title, authors and [id] for `lectern show ID`.
        Exit status: 0 with results, 1 when nothing matches, 64 for a malformed query.
        """
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Argument(help: "The query (quote it for the shell).")
    var query: [String]

    @Option(name: .long, help: "Show at most this many results.")
    var limit: Int = 20

    @Flag(name: .long, help: "Print results as a JSON array.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive number") }
    }

    /// One result in `--json` output.
    private struct Row: Encodable {
        var id: String
        var title: String
        var authors: [String]
        var kind: String
        var session: String?
        var start: String?
        var score: Double
        var matched: [String]
        /// The other records of the same work (not listed again).
        var sameAs: [String]
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let (corpus, index, sameWork) = try corpusOptions.loadSearchable()
        let zone = SystemZoneDatabase.userZone()
        let outcome = index.search(text, bookmarks: Bookmarks(), timeZone: zone, now: Clock.now(),
                                   changed: text.contains("changed") ? Set(corpusOptions.changes().keys) : [],
                                   shared: text.contains("shared") ? SharedPlansOnDisk.load().ids : [],
                                   seen: text.contains("seen") ? BookmarksCommand.loadSeen().ids : [])
        if let error = outcome.error {
            Diagnostics.error("query:1:\(error.position + 1): \(error.message)")
            let caretPad = String(repeating: " ", count: error.position)
            FileHandle.standardError.write(Data("  \(TerminalSafe.sanitize(text))\n  \(caretPad)^\n".utf8))
            throw ExitCode.usage
        }
        if let note = outcome.note { Diagnostics.warning(note) }
        guard !outcome.results.isEmpty else {
            if !json { Diagnostics.error("no results for \(text)") } else { FileHandle.standardOutput.write(Data("[]\n".utf8)) }
            throw ExitCode.noMatch
        }
        var sessions: [String: Session] = [:]
        for s in corpus.sessions { sessions[s.id] = s }
        // One work is listed once, at its best-ranked record, with the ids of its other records.
        let scores = Dictionary(zip(outcome.results, outcome.scores), uniquingKeysWith: { a, _ in a })
        let unique = sameWork.firstOfEachWork(outcome.results).map { ($0, scores[$0] ?? 0) }
        let shown = unique.prefix(limit)
        if json {
            let rows = shown.map { (i, score) -> Row in
                let item = corpus.items[i]
                return Row(id: item.id, title: item.title, authors: item.authors, kind: item.kind.rawValue,
                           session: item.sessionId.flatMap { sessions[$0]?.title }, start: item.start?.iso8601,
                           score: (score * 1000).rounded() / 1000,
                           matched: index.matchedFields(text, item: i).map(\.description),
                           sameAs: sameWork.others(of: i).map { corpus.items[$0].id })
            }
            try JSONOutput.write(rows)
            return
        }
        let tty = isatty(STDOUT_FILENO) != 0
        func safe(_ s: String) -> String { tty ? TerminalSafe.sanitize(s) : s }
        let items = shown.map { corpus.items[$0.0] }
        let times = items.map { item in item.start.map { TimeFormatting.range($0, nil, in: zone, zones: SystemZoneDatabase.shared) } ?? "" }
        let width = times.map(\.count).max() ?? 0
        var out = ""
        for ((k, score), when) in zip(shown, times) {
            let item = corpus.items[k]
            let authors = item.authors.isEmpty ? "" : " — " + item.authors.joined(separator: ", ")
            out += String(format: "%6.2f  ", score) + CLIRow.text(when: when, width: width, kind: item.kind, title: safe(item.namedTitle(session: item.sessionId.flatMap { sessions[$0] })) + safe(authors), id: safe(item.id))
            if !sameWork.others(of: k).isEmpty {
                out += "  also " + sameWork.others(of: k).map { "[" + safe(corpus.items[$0].id) + "]" }.joined(separator: " ")
            }
            out += "\n"
        }
        if unique.count > limit {
            out += "(\(unique.count - limit) more; use --limit)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
