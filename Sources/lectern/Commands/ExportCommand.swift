import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern export --format FORMAT [--output FILE] [QUERY]`: the bookmarks, or a query's results.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export bookmarks or search results.",
        discussion: "Formats: ics (calendar; talks only), bibtex, markdown, json, csv. Without --output the export goes to stdout; with it the file is written atomically.")

    @Option(help: "ics, bibtex, markdown, json or csv.") var format: String
    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of stdout.") var output: String?
    @Option(help: "BibTeX booktitle for talks (default: the conference, when known).") var booktitle: String?
    @Option(help: "ics: remind this long before each talk (10m, 1h30m, none; default: remind in config.toml, else none).")
    var remind: String?
    @Argument(help: "A search query; its results are exported instead of the bookmarks.") var query: [String] = []
    @OptionGroup var corpusOptions: CorpusOptions

    func validate() throws {
        if ExportFormat(rawValue: format) == nil {
            throw ValidationError("unknown format \(format); expected one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let remind, Reminder.parse(remind) == nil {
            throw ValidationError("--remind \(TerminalSafe.sanitize(remind)): expected \(Reminder.expected)")
        }
    }

    func run() throws {
        guard let format = ExportFormat(rawValue: format) else { throw ExitCode.usage }
        let text = query.joined(separator: " ")
        let searching = !text.trimmingCharacters(in: .whitespaces).isEmpty
        // Only a query needs the search index.
        let corpus: Corpus, index: SearchIndex?
        if searching {
            (corpus, index) = try { let loaded = try corpusOptions.loadIndexed(); return (loaded.corpus, loaded.index) }()
        } else {
            (corpus, index) = (try corpusOptions.load(), nil)
        }
        let (_, bookmarks) = try BookmarksCommand.openStore()
        var input: ExportInput
        let zone = SystemZoneDatabase.userZone()
        if let index, searching {
            let outcome = index.search(text, bookmarks: bookmarks, timeZone: zone, now: Clock.now(),
                                                             changed: text.contains("changed") ? Set(corpusOptions.changes().keys) : [],
                                                             shared: text.contains("shared") ? SharedPlansOnDisk.load().ids : [],
                                                             seen: text.contains("seen") ? BookmarksCommand.loadSeen().ids : [])
            if let error = outcome.error {
                Diagnostics.error("query \(error)")
                throw ExitCode.usage
            }
            if let note = outcome.note { Diagnostics.warning(note) }
            if outcome.results.isEmpty { Diagnostics.warning("no items match \(TerminalSafe.sanitize(text)); the export is empty") }
            input = .results(outcome.results, corpus: corpus, bookmarks: bookmarks)
            input.query = text
        } else {
            input = .bookmarked(corpus: corpus, bookmarks: bookmarks)
        }
        input.displayTimeZone = zone
        input.zones = SystemZoneDatabase.shared
        input.reminder = format == .ics ? try reminder() : nil
        let now = Timestamp(epochSeconds: Int64(Date().timeIntervalSince1970), utcOffsetSeconds: 0)
        let result = Exporter.render(format, input, now: now, booktitle: booktitle)
        for note in result.notes { Diagnostics.warning(note) }
        if let output {
            do {
                try LecternStorage.AtomicFile.write(Data(result.text.utf8), to: output)
            } catch {
                Diagnostics.error(error.description)
                throw ExitCode.ioError
            }
        } else {
            FileHandle.standardOutput.write(Data(result.text.utf8))
        }
    }

    /// `--remind`, else the config file's `remind`, else none.
    private func reminder() throws -> Reminder? {
        if let remind, let parsed = Reminder.parse(remind) { return parsed }
        do {
            return try ConfigFile.load(from: ConfigFile.defaultURL()).remind
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.usage
        }
    }
}
