import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern library add|list|remove`: the conferences lectern opens when no `--corpus` is given.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Keep imported conferences; without --corpus every command works on all of them.",
        discussion: """
        The library lives in $XDG_DATA_HOME/lectern/library/ (else ~/.local/share/lectern/library/). \
        A fresh install's library holds the bundled ICML 2021 sample.
        """,
        subcommands: [LibraryAddCommand.self, LibraryListCommand.self, LibraryRemoveCommand.self, LibraryChangesCommand.self]
    )

    static var library: Library { Library(folder: Library.defaultFolder()) }

    /// Reports a library failure and exits with its sysexits code.
    static func fail(_ error: LibraryError) -> ExitCode {
        Diagnostics.error(TerminalSafe.sanitize(error.description))
        switch error {
        case .storage: return .ioError
        case .corrupt: return .dataError
        case .unknownEntry: return .noInput
        }
    }

    static func bundled() -> Corpus {
        (try? CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled corpus")) ?? Corpus()
    }
}

/// `lectern library add FILE|-... [--name NAME] [--time-zone ZONE]`.
struct LibraryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Import schedules or pages into the library (the same conference again replaces it).",
        discussion: """
        Reads the formats `lectern import` reads, detected from the content; "-" reads standard input. \
        The files of one add become one entry, named --name or after the conference. Adding a conference \
        the library holds (same name or same conference) replaces it and says how many items are new, \
        changed and gone; bookmarks on items that still exist are kept. Exit 65 when a file cannot be \
        read as any format, 66 when one is missing, 74 when the library cannot be written; on any error \
        the library is left as it was.
        """
    )

    @Argument(help: "Source files (\"-\" for standard input).")
    var files: [String]

    @Option(help: "The entry's name (letters, digits, '.', '_' and '-'); default: the conference's.")
    var name: String?

    @Option(name: .customLong("time-zone"), help: "The IANA zone of a schedule that names none, e.g. Europe/Brussels (else UTC, with a warning).")
    var timeZone: String?

    @Option(help: "The year of the dates on ICML session pages.")
    var year: Int = 2021

    @Option(help: "Keep only papers of a bulk source in these categories, comma-separated (cs.LG,cs.CL, or a whole archive: cs).")
    var category: String?

    @Option(help: "Keep only papers of a bulk source first submitted on or after this day (YYYY-MM-DD).")
    var since: String?

    var categories: [String] {
        (category ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    var options: ImportOptions { ImportOptions(year: year, timeZone: timeZone, categories: categories, since: since) }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to add") }
        if let since, !Conference.isDate(since) {
            throw ValidationError("--since must be a day written YYYY-MM-DD, not \"\(TerminalSafe.sanitize(since))\"")
        }
        if category != nil, categories.isEmpty { throw ValidationError("--category needs at least one category, such as cs.LG") }
        if let name, !LibraryAddCommand.isValidName(name) {
            throw ValidationError("--name must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, not \"\(TerminalSafe.sanitize(name))\"")
        }
        if let timeZone, !ZoneClock.isKnown(timeZone) {
            throw ValidationError("--time-zone must be an IANA zone such as Europe/Brussels, not \"\(TerminalSafe.sanitize(timeZone))\"")
        }
        if !(1...9999).contains(year) { throw ValidationError("--year must be between 1 and 9999, not \(year)") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    static func isValidName(_ name: String) -> Bool {
        guard (1...64).contains(name.utf8.count), let first = name.utf8.first, isAlnum(first) else { return false }
        return name.utf8.allSatisfy { isAlnum($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
    }

    static func isAlnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }

    /// A name made from text: lowercase letters and digits, other runs turned into one '-'.
    static func slug(_ text: String) -> String {
        var out = ""
        for b in text.lowercased().utf8 {
            if isAlnum(b) { out.unicodeScalars.append(Unicode.Scalar(b)) } else if !out.isEmpty, out.last != "-" { out += "-" }
        }
        while out.last == "-" { out.removeLast() }
        return String(out.prefix(64))
    }

    func run() throws {
        var inputs: [(name: String, bytes: [UInt8])] = []
        // With a snapshot among them, every file in order: whole (its bytes) or streamed.
        var sources: [(name: String, bytes: [UInt8]?)] = []
        var snapshots: [SnapshotFile] = []
        for path in files {
            if path != "-", let snapshot = SnapshotFile(path: path, chunkSize: ImportCommand.chunkSize) {
                snapshots.append(snapshot)
                sources.append((URL(fileURLWithPath: path).lastPathComponent, nil))
                continue
            }
            if path == "-" {
                let input = SnapshotFile.standardInput(chunkSize: ImportCommand.chunkSize)
                if let snapshot = input.snapshot {
                    snapshots.append(snapshot)
                    sources.append(("-", nil))
                    continue
                }
                inputs.append(("-", input.bytes))
                sources.append(inputs[inputs.count - 1])
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                Diagnostics.error("\(TerminalSafe.sanitize(path)): no such file")
                throw ExitCode.noInput
            }
            guard !isDir.boolValue, let data = FileManager.default.contents(atPath: path) else {
                Diagnostics.error("\(TerminalSafe.sanitize(path)): cannot read the file\(isDir.boolValue ? " (it is a folder)" : "")")
                throw ExitCode.noInput
            }
            inputs.append((URL(fileURLWithPath: path).lastPathComponent, [UInt8](data)))
            sources.append(inputs[inputs.count - 1])
        }
        if !snapshots.isEmpty {
            inputs = []
            return try addStreamed(sources, snapshots: snapshots)
        }
        let result: (corpus: Corpus, messages: [ImportMessage])
        do {
            result = try SourceImport.importSources(inputs, options: options)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.dataError
        }
        for message in result.messages { Diagnostics.warning(message.description) }
        let corpus = result.corpus
        let conferences = corpus.conferences ?? []
        let entryName = try self.entryName(conferences: conferences, firstSource: inputs.first?.name)
        let days = corpus.sessions.map { Self.day($0.start) }.sorted()
        // The conferences' formats, then those of the sources that hold papers (BibTeX, arXiv, OpenReview…).
        let detected = inputs.compactMap { SourceImport.reader(for: $0.bytes)?.formatName }
        let formats = (conferences.compactMap(\.format) + detected).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let entry = LibraryEntry(
            name: entryName,
            title: conferences.isEmpty ? (name ?? collectionTitle(corpus, formats: detected) ?? entryName)
                : conferences.map(\.title).joined(separator: " + "),
            start: conferences.map(\.start).min() ?? days.first, end: conferences.map(\.end).max() ?? days.last,
            items: corpus.items.count, talks: corpus.items.filter { $0.start != nil }.count,
            papers: corpus.items.filter { $0.start == nil }.count, sources: inputs.map(\.name),
            format: formats.isEmpty ? "ICML session pages" : formats.joined(separator: ", "),
            conferences: conferences.map(\.id), file: nil, added: nil)
        let added: Library.AddResult
        do {
            added = try LibraryCommand.library.add(entry, corpus: corpus, bundled: LibraryCommand.bundled)
        } catch {
            throw LibraryCommand.fail(error)
        }
        CorpusOptions.refreshLibraryIndex()
        report(added)
    }

    /// Says what the add did: added, or replaced with the counts of new, changed and gone items.
    func report(_ added: Library.AddResult) {
        let title = TerminalSafe.sanitize(added.entry.title)
        if let replaced = added.replaced, let changes = added.changes {
            let was = replaced.name == added.entry.name ? "" : " (was \(TerminalSafe.sanitize(replaced.name)))"
            print("Replaced \(added.entry.name)\(was): \(title), \(added.entry.items) items: \(changes.new) new, \(changes.changed) changed, \(changes.gone) gone")
        } else {
            print("Added \(added.entry.name): \(title), \(added.entry.items) items")
        }
    }

    /// The entry's name: --name, the one conference's, or the first source's file name.
    func entryName(conferences: [Conference], firstSource: String?) throws -> String {
        if let name { return name }
        if conferences.count > 1 {
            Diagnostics.error("these files hold \(conferences.count) conferences (\(conferences.map(\.id).joined(separator: ", "))): add them one at a time, or give --name for one entry")
            throw ExitCode.usage
        }
        if let c = conferences.first, LibraryAddCommand.isValidName(c.id) { return c.id }
        let base = firstSource.map { $0 == "-" ? "stdin" : ($0 as NSString).deletingPathExtension } ?? "entry"
        let s = LibraryAddCommand.slug(base)
        return s.isEmpty ? "entry" : s
    }

    /// An add with a snapshot among its files: the corpus is streamed into the library's file while
    /// the snapshots are read, and the entry made from what was counted on the way. When it replaces
    /// an entry, the old corpus is kept only as a hash per item, for the new, changed
    /// and gone counts; the schedule changes recorded are those of the items with a time (a
    /// snapshot's papers have none). The old corpus is read an item at a time (`forEachReplacedItem`).
    func addStreamed(_ sources: [(name: String, bytes: [UInt8]?)], snapshots: [SnapshotFile]) throws {
        var importer = CorpusStreamImport(options: options)
        var formats: [String] = []
        for source in sources {
            guard let bytes = source.bytes else {
                importer.addSnapshot(origin: SourceName(source.name))
                formats.append(ArxivSnapshotReader.formatName)
                continue
            }
            do {
                try importer.read(bytes, origin: SourceName(source.name))
            } catch {
                Diagnostics.error(error.description)
                throw ExitCode.dataError
            }
            if let reader = SourceImport.reader(for: bytes) { formats.append(reader.formatName) }
        }
        let conferences = importer.builder.conferences
        let names = sources.map(\.name)
        let entryName = try self.entryName(conferences: conferences, firstSource: names.first)
        let named = LibraryEntry(name: entryName, title: entryName, start: nil, end: nil, items: 0, talks: 0, papers: 0, sources: names,
                                 format: "", conferences: conferences.map(\.id), file: nil, added: nil)
        let added: Library.AddResult
        do {
            let library = LibraryCommand.library
            added = try library.add(named, bundled: LibraryCommand.bundled) { replaced, writer in
                var changes: ItemChangesTally?
                var oldTimed: [Item] = []
                if let replaced {
                    // The old items streamed past: a hash each, and those with a time kept.
                    var tally = ItemChangesTally()
                    try library.forEachReplacedItem(replaced, bundled: LibraryCommand.bundled, restart: {
                        tally.resetOld()
                        oldTimed = []
                    }) { item in
                        tally.addOld(item)
                        if item.start != nil { oldTimed.append(item) }
                    }
                    changes = tally
                }
                var newTimed: [Item] = []
                let outcome = try SnapshotFile.write(importer, sources: names, snapshots: snapshots, to: writer) { item in
                    changes?.see(item)
                    if item.start != nil { newTimed.append(item) }
                }
                for message in outcome.messages { Diagnostics.warning(message.description) }
                let days = outcome.sessions.map { Self.day($0.start) }.sorted()
                let allFormats = (conferences.compactMap(\.format) + formats).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                let collection: String? = formats.allSatisfy({ $0 == formats.first }) ? formats.first.flatMap { CollectionName.title(of: outcome.tally, format: $0) } : nil
                let entry = LibraryEntry(
                    name: entryName,
                    title: conferences.isEmpty ? (name ?? collection ?? entryName) : conferences.map(\.title).joined(separator: " + "),
                    start: conferences.map(\.start).min() ?? days.first, end: conferences.map(\.end).max() ?? days.last,
                    items: outcome.tally.items, talks: outcome.tally.talks, papers: outcome.tally.papers, sources: names,
                    format: allFormats.isEmpty ? "ICML session pages" : allFormats.joined(separator: ", "),
                    conferences: conferences.map(\.id), file: nil, added: nil)
                return Library.StreamedEntry(entry: entry, changes: changes?.result,
                                             scheduleChanges: replaced == nil ? nil : ScheduleChange.between(Corpus(items: oldTimed), Corpus(items: newTimed)))
            }
        } catch let error as LibraryError {
            throw LibraryCommand.fail(error)
        }
        // The search index is not built here: that needs the whole library in memory, and this add
        // streamed the snapshot to stay in bounded memory. The next start builds and writes it.
        report(added)
    }

    /// What an entry of papers is ("CHIL 2024 proceedings", "arXiv cs.LG"), when all its sources are
    /// of one format that tells.
    func collectionTitle(_ corpus: Corpus, formats: [String]) -> String? {
        guard let format = formats.first, formats.allSatisfy({ $0 == format }) else { return nil }
        return CollectionName.title(of: corpus.items, format: format)
    }

    static func day(_ t: Timestamp) -> String {
        let w = t.wallClock
        return String(format: "%04d-%02d-%02d", w.year, w.month, w.day)
    }
}

/// `lectern library list [--json]`.
struct LibraryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the library's entries.")

    @Flag(help: "Print JSON: name, title, start, end, items, talks, papers, sources, format, conferences, added.")
    var json = false

    func run() throws {
        let entries: [LibraryEntry]
        do {
            entries = try LibraryCommand.library.entries() ?? [Library.bundledEntry(LibraryCommand.bundled())]
        } catch {
            throw LibraryCommand.fail(error)
        }
        if json {
            struct Row: Encodable {
                var name, title: String
                var start, end: String?
                var items, talks, papers: Int
                var sources: [String]
                var format: String
                var conferences: [String]
                var added: String?
                var bundled: Bool
            }
            try JSONOutput.write(entries.map {
                Row(name: $0.name, title: $0.title, start: $0.start, end: $0.end, items: $0.items, talks: $0.talks, papers: $0.papers,
                    sources: $0.sources, format: $0.format, conferences: $0.conferences, added: $0.added, bundled: $0.file == nil)
            })
            return
        }
        if entries.isEmpty {
            print("The library is empty (add a schedule with `lectern library add FILE`).")
            return
        }
        let rows = entries.map { e -> [String] in
            let dates = [e.start, e.end].compactMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: "…")
            let counts = "\(e.items) items (\(e.talks) talks, \(e.papers) papers)"
            let source = e.file == nil ? "bundled" : e.sources.joined(separator: ", ")
            return [e.name, e.title, dates, counts, e.format, source].map { TerminalSafe.sanitize($0) }
        }
        let header = ["NAME", "TITLE", "DATES", "ITEMS", "FORMAT", "SOURCE"]
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        for row in all {
            let cells = row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - DisplayWidth.of(cell))
            }
            print(cells.joined(separator: "  "))
        }
    }
}

/// `lectern library remove NAME`.
struct LibraryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an entry from the library (bookmarks are kept).")

    @Argument(help: "The entry's name, as `lectern library list` shows it.")
    var name: String

    func run() throws {
        do {
            let gone = try LibraryCommand.library.remove(name, bundled: LibraryCommand.bundled)
            CorpusOptions.refreshLibraryIndex()
            print("Removed \(TerminalSafe.sanitize(gone.name)): \(TerminalSafe.sanitize(gone.title)), \(gone.items) items")
        } catch {
            throw LibraryCommand.fail(error)
        }
    }
}
