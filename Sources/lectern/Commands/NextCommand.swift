import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern next`: the bookmarked talk running now and the next one, for a status line.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Print the bookmarked talk running now and the next one.",
        discussion: """
        One line for a tmux or shell status line, times in your zone: \
        "Now: Title (Room), 12 min left · Next 15:00 Title (Room), in 22 min". \
        Nothing is printed when no bookmarked talk is running or ahead. LECTERN_NOW (ISO-8601) fixes the clock.
        """
    )

    @Option(help: "plain, or tmux (a status string: # is doubled).") var format: NowAndNext.Format = .plain
    @Flag(help: "Print JSON: the time, the talks running now (with minutes left) and the next one (with minutes until it starts).")
    var json = false
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.load()
        let (_, bookmarks) = try BookmarksCommand.openStore()
        let plan = NowAndNext(corpus: corpus, bookmarks: bookmarks, at: Clock.now())
        if json {
            try JSONOutput.write(NextJSON(at: plan.at, now: plan.now, next: plan.next))
            return
        }
        let line = plan.line(format: format, zone: SystemZoneDatabase.userZone())
        if !line.isEmpty { print(line) }
    }
}

extension NowAndNext.Format: ExpressibleByArgument {}

/// `lectern next --json`: `next` is null when nothing is ahead.
private struct NextJSON: Encodable {
    var at: Timestamp
    var now: [NowAndNext.Entry]
    var next: NowAndNext.Entry?

    enum CodingKeys: String, CodingKey { case at, now, next }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .at)
        try c.encode(now, forKey: .now)
        if let next { try c.encode(next, forKey: .next) } else { try c.encodeNil(forKey: .next) }
    }
}
