import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn conference schedules, session pages and listings into a corpus JSON file.",
        discussion: """
        Reads frab/Pentabarf schedule XML, frab schedule JSON (nested or schedule2), iCalendar feeds, \
        BibTeX, arXiv API Atom feeds, OpenReview notes (API v1 and v2), the arXiv metadata snapshot \
        (JSON Lines, streamed; --category and --since filter it while reading), \
        ICML session pages (with or without Oral/Spotlight/Q&A labels) and trending-paper listings; \
        the format is detected from the content, and "-" reads standard input. A file in no supported \
        format is refused (exit 65); a record that cannot be read is skipped with its place, the rest \
        imported. Writes the corpus JSON to stdout, or atomically to \
        --output. Warnings go to stderr. Exit 65 when a page cannot be read, 66 when a page is missing, \
        74 when the output cannot be written; on error no output file is written.
        """
    )

    @Argument(help: "Source files (\"-\" for standard input), in import order (ids that collide get -2, -3 in this order).")
    var pages: [String]

    @Option(name: .shortAndLong, help: "Write the corpus here (atomically) instead of stdout.")
    var output: String?

    @Option(help: "The year of the dates on session pages, which print only weekday, day and month.")
    var year: Int = 2021

    @Option(name: .customLong("time-zone"), help: "The IANA zone of a schedule that names none, e.g. Europe/Brussels (else UTC, with a warning).")
    var timeZone: String?

    @Option(help: "Keep only papers of a bulk source in these categories, comma-separated (cs.LG,cs.CL, or a whole archive: cs).")
    var category: String?

    @Option(help: "Keep only papers of a bulk source first submitted on or after this day (YYYY-MM-DD).")
    var since: String?

    var categories: [String] {
        (category ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if let since, !Conference.isDate(since) {
            throw ValidationError("--since must be a day written YYYY-MM-DD, not \"\(TerminalSafe.sanitize(since))\"")
        }
        if category != nil, categories.isEmpty { throw ValidationError("--category needs at least one category, such as cs.LG") }
        if pages.isEmpty { throw ValidationError("give at least one page to import") }
        if !(1...9999).contains(year) { throw ValidationError("--year must be between 1 and 9999, not \(year)") }
        if let timeZone, !ZoneClock.isKnown(timeZone) {
            throw ValidationError("--time-zone must be an IANA zone such as Europe/Brussels, not \"\(TerminalSafe.sanitize(timeZone))\"")
        }
        if pages.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    /// Bytes read from a file at a time; a bulk snapshot is streamed in chunks of this size.
    static let chunkSize = 1 << 20

    func run() throws {
        let options = ImportOptions(year: year, timeZone: timeZone, categories: categories, since: since)
        var importer = CorpusStreamImport(options: options)
        var names: [String] = []
        var snapshots: [SnapshotFile] = []
        for path in pages {
            let name = path == "-" ? "-" : URL(fileURLWithPath: path).lastPathComponent
            names.append(name)
            // A snapshot is streamed while the corpus is written; anything else is read whole now.
            var stdin: [UInt8]?
            if path == "-" {
                let input = SnapshotFile.standardInput(chunkSize: Self.chunkSize)
                stdin = input.bytes
                if let snapshot = input.snapshot {
                    importer.addSnapshot(origin: SourceName(name))
                    snapshots.append(snapshot)
                    continue
                }
            } else if let snapshot = SnapshotFile(path: path, chunkSize: Self.chunkSize) {
                importer.addSnapshot(origin: SourceName(name))
                snapshots.append(snapshot)
                continue
            }
            let bytes = try stdin ?? readWhole(path)
            do {
                try importer.read(bytes, origin: SourceName(name))
            } catch {
                Diagnostics.error(error.description)
                throw ExitCode.dataError
            }
        }
        let writer: AtomicFileWriter
        do {
            writer = try AtomicFileWriter(path: output ?? "-")
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode.ioError
        }
        let outcome = try SnapshotFile.write(importer, sources: names, snapshots: snapshots, to: writer)
        for message in outcome.messages { Diagnostics.warning(message.description) }
        do {
            try writer.commit()
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode.ioError
        }
    }

    /// A source's bytes, or the exit for a missing or unreadable one.
    private func readWhole(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                Diagnostics.error("\(path): cannot read the page\(isDir.boolValue ? " (it is a folder)" : "")")
            } else {
                Diagnostics.error("\(path): no such file")
            }
            throw ExitCode.noInput
        }
        return [UInt8](data)
    }
}
