import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `--corpus FILE` (or `LECTERN_CORPUS`), shared by every subcommand that reads the corpus; without
/// it, the library (every conference `lectern library add` imported, merged into one corpus).
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Use this corpus JSON file instead of the library (also LECTERN_CORPUS).")
    var corpus: String?

    /// At most this many problems are printed when a corpus is loaded for use (validate prints all).
    static let problemLimit = 10

    /// Loads the chosen corpus, or exits with a clear message and a sysexits code
    /// (66 when the file is missing or unreadable, 65 when it is not a valid corpus).
    func load() throws -> Corpus {
        let path = corpus ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }
        guard let path else { return try CorpusOptions.loadLibrary() }
        let data = try CorpusOptions.read(path)
        return try CorpusOptions.decode(data, name: path, limit: CorpusOptions.problemLimit)
    }

    /// What the last re-import of each library conference changed, by item id; none with a
    /// `--corpus` file. A changes file that cannot be read is a warning: the lists go on unflagged.
    func changes() -> [String: ScheduleChange] {
        changesRecorded().changes
    }

    /// The same, with when each change was recorded.
    func changesRecorded() -> (changes: [String: ScheduleChange], recorded: [String: Timestamp]) {
        let path = corpus ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }
        guard path == nil else { return ([:], [:]) }
        do {
            return try Library(folder: Library.defaultFolder()).currentChangesRecorded()
        } catch {
            Diagnostics.warning(TerminalSafe.sanitize(error.description) + "; changes are not shown")
            return ([:], [:])
        }
    }

    /// What the papers of each source file of the library are called: each entry of papers only
    /// ("chil24.bib": "CHIL 2024 proceedings"); none with a `--corpus` file, or when the library
    /// holds one entry (its papers are simply the papers).
    func collections() -> [String: String] {
        let path = corpus ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }
        guard path == nil, let entries = try? Library(folder: Library.defaultFolder()).entries(), entries.count > 1 else { return [:] }
        var names: [String: String] = [:]
        for entry in entries where entry.file != nil && entry.talks == 0 && entry.papers > 0 {
            for source in entry.sources where names[source] == nil { names[source] = entry.title }
        }
        return names
    }

    /// What the lists know of the plan: the changes with their times, and the shared plans.
    func planFacts(shared: SharedPlansOnDisk) -> PlanFacts {
        let (changes, recorded) = changesRecorded()
        return PlanFacts(changes: changes, owners: shared.owners, recorded: recorded, plans: shared.plans)
    }

    /// The bundled corpus, decoded (exit 65 should it ever be invalid).
    static func bundled() throws -> Corpus {
        try CorpusOptions.decode(Corpus.bundledData(), name: "bundled corpus", limit: CorpusOptions.problemLimit)
    }

    /// The chosen corpus and its search index. The library's index is read from its file when that
    /// was built from the library as it is; otherwise it is built and the file written again, and
    /// why is said on stderr (`lectern: rebuilt the search index (reason)`) or, with `quiet`,
    /// returned for the explorer's status line. A `--corpus` file's index is built in memory.
    func loadIndexed(quiet: Bool = false) throws -> (corpus: Corpus, index: SearchIndex, note: String?) {
        let path = corpus ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }
        if path != nil {
            let corpus = try load()
            return (corpus, SearchIndex(corpus: corpus), nil)
        }
        var note: String?
        let (corpus, index) = try CorpusOptions.loadLibraryIndexed { message, warning in
            if quiet { note = note.map { $0 + "; " + message } ?? message } else if warning { Diagnostics.warning(message) } else { Diagnostics.error(message) }
        }
        return (corpus, index, note)
    }

    /// What a search needs, cheaply: the index, the corpus as its lists show it, and the records of
    /// one work. For the library this is the index file's digest when the file is fresh by the
    /// entries' sizes and times, so no corpus file is read; otherwise (and for `--corpus`) as
    /// `loadIndexed`, with the full corpus. Only list fields may be read from the corpus it gives.
    func loadSearchable() throws -> (corpus: Corpus, index: SearchIndex, sameWork: SameWork) {
        let path = corpus ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }
        if path == nil {
            let library = Library(folder: Library.defaultFolder())
            let digest = try? library.withEntries { entries in
                entries.flatMap { SearchIndexFile(folder: library.folder).readDigest(entries: $0, build: CorpusOptions.indexBuild) }
            }
            if let digest = digest ?? nil { return (digest.index.corpus, digest.index, digest.sameWork) }
        }
        let (corpus, index, _) = try loadIndexed()
        return (corpus, index, SameWork(corpus))
    }

    /// After `library add` or `remove`: the library's search index built again and written, so the
    /// next start reads it. It is only a warning when it cannot be.
    static func refreshLibraryIndex() {
        do {
            _ = try loadLibraryIndexed(forced: true) { message, _ in Diagnostics.warning(message) }
        } catch {
            Diagnostics.warning("the search index was not rebuilt; the next search will")
        }
    }

    /// What the search index file records of the lectern that wrote it: its version and the size and
    /// modification time of its executable (another build may tokenize or rank otherwise).
    static let indexBuild: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return LecternVersion.number }
        return "\(LecternVersion.number) \(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()

    /// The library merged into one corpus, and its search index (see `loadIndexed`); `say` gets the
    /// line to show and whether it is a warning. `forced` rebuilds without saying so (after a change).
    static func loadLibraryIndexed(forced: Bool = false, say: (String, Bool) -> Void) throws -> (Corpus, SearchIndex) {
        let library = Library(folder: Library.defaultFolder())
        do {
            return try library.withLoaded { loaded in
                guard let loaded else {
                    // The bundled sample's index is embedded beside it.
                    let corpus = try bundled()
                    return (corpus, SearchIndex.bundled(corpus: corpus) ?? SearchIndex(corpus: corpus))
                }
                let corpus = try merge(loaded, library: library)
                let file = SearchIndexFile(folder: library.folder)
                var reason: String?
                if !forced {
                    switch file.read(corpus: corpus, loaded: loaded, build: indexBuild) {
                    case .fresh(let index): return (corpus, index)
                    case .rebuild(let why): reason = why
                    }
                }
                let index = SearchIndex(corpus: corpus)
                if let reason { say("rebuilt the search index (\(reason))", false) }
                do throws(StorageError) {
                    try file.write(index, loaded: loaded, build: indexBuild)
                } catch {
                    say("could not save the search index (\(TerminalSafe.sanitize(error.description))); searches still work", true)
                }
                return (corpus, index)
            }
        } catch let error as LibraryError {
            Diagnostics.error(TerminalSafe.sanitize(error.description))
            if case .storage = error { throw ExitCode.ioError }
            throw ExitCode.dataError
        }
    }

    /// The library's entries merged into one corpus; a fresh install (no manifest) is the bundled
    /// corpus. A library file that cannot be read exits 65 (invalid) or 74 (I/O), naming it.
    static func loadLibrary() throws -> Corpus {
        let library = Library(folder: Library.defaultFolder())
        let loaded: [(entry: LibraryEntry, data: Data?)]?
        do {
            loaded = try library.load()
        } catch {
            Diagnostics.error(TerminalSafe.sanitize(error.description))
            if case .storage = error { throw ExitCode.ioError }
            throw ExitCode.dataError
        }
        guard let loaded else { return try bundled() }
        return try merge(loaded, library: library)
    }

    /// The entries' corpora decoded (exit 65 naming an invalid one) and merged.
    static func merge(_ loaded: [(entry: LibraryEntry, data: Data?)], library: Library) throws -> Corpus {
        var parts: [CorpusMerge.Part] = []
        for (entry, data) in loaded {
            let corpus = try data.map { try decode($0, name: library.folder + "/" + (entry.file ?? entry.name), limit: problemLimit) } ?? bundled()
            parts.append(CorpusMerge.Part(name: entry.name, title: entry.title, corpus: corpus))
        }
        return parts.isEmpty ? Corpus() : CorpusMerge.merge(parts)
    }

    /// The bytes of a corpus file, or exit 66 with the reason.
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Diagnostics.error("\(path): no such corpus file")
            throw ExitCode.noInput
        }
        guard !isDirectory.boolValue, let data = try? AtomicFile.read(path) else {
            Diagnostics.error("\(path): cannot read the corpus file\(isDirectory.boolValue ? " (it is a folder)" : "")")
            throw ExitCode.noInput
        }
        return data
    }

    /// Decodes a corpus, printing its problems (up to `limit`, nil for all) and exiting 65 when invalid.
    static func decode(_ data: Data, name: String, limit: Int?) throws -> Corpus {
        do {
            return try CorpusDecoder.decode(data, fileName: name, zones: SystemZoneDatabase.available)
        } catch let error as CorpusDecodingError {
            let lines = error.lines
            let shown = limit.map { Array(lines.prefix($0)) } ?? lines
            for line in shown { Diagnostics.error(TerminalSafe.sanitize(line)) }
            if shown.count < lines.count {
                Diagnostics.error("... and \(lines.count - shown.count) more problems (run `lectern validate \(name)` to see them all)")
            }
            Diagnostics.error("\(name): not a valid lectern corpus")
            throw ExitCode.dataError
        }
    }
}
