import Foundation
import LecternCore
#if canImport(Glibc)
import Glibc
#endif

/// The conferences a user has imported, in `$XDG_DATA_HOME/lectern/library/`: one corpus JSON per
/// entry plus `library.json`, the manifest listing them. With no manifest the library holds the
/// bundled ICML 2021 sample and nothing is written until the first change.
///
/// A change takes an exclusive `flock` on `.lock`, writes the new corpus under a fresh name, then
/// replaces the manifest atomically (the moment the change happens), then deletes what the old
/// manifest alone referred to. A process killed at any point leaves the old manifest and its files
/// whole; the files it left behind are removed by the next change. Readers take a shared lock.
public final class Library: Sendable {
    public let folder: String
    public var manifestPath: String { folder + "/library.json" }
    var lockPath: String { folder + "/.lock" }

    /// The name of the bundled sample's entry.
    public static let bundledName = "icml-2021"
    static let corpusSuffix = ".corpus.json"
    static let changesSuffix = ".changes.json"

    public init(folder: String) {
        self.folder = folder
    }

    /// `$XDG_DATA_HOME/lectern/library`, or `~/.local/share/lectern/library`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        BookmarkStore.defaultURL(environment: environment).deletingLastPathComponent().appendingPathComponent("library").path
    }

    /// The bundled sample as an entry.
    public static func bundledEntry(_ corpus: Corpus) -> LibraryEntry {
        let days = corpus.sessions.map { Library.day($0.start) }.sorted()
        return LibraryEntry(name: bundledName, title: "ICML 2021", start: days.first, end: days.last,
                            items: corpus.items.count, talks: corpus.items.filter { $0.start != nil }.count,
                            papers: corpus.items.filter { $0.start == nil }.count, sources: corpus.sources,
                            format: "ICML session pages", conferences: [], file: nil, added: nil)
    }

    /// The entries, in the manifest's order; nil when there is no manifest (a fresh install).
    public func entries() throws(LibraryError) -> [LibraryEntry]? {
        try withLock(exclusive: false) { () throws(LibraryError) -> [LibraryEntry]? in try readManifest() }
    }

    /// The entries with the bytes of their corpus files (nil for the bundled sample), read under one
    /// shared lock so a concurrent change is seen whole or not at all. Nil when there is no manifest.
    public func load() throws(LibraryError) -> [(entry: LibraryEntry, data: Data?)]? {
        try withLock(exclusive: false) { () throws(LibraryError) in try readLoaded() }
    }

    /// What `load` returns, read by a caller holding the lock.
    func readLoaded() throws(LibraryError) -> [(entry: LibraryEntry, data: Data?)]? {
        guard let entries = try readManifest() else { return nil }
        var out: [(LibraryEntry, Data?)] = []
        for entry in entries {
            guard let file = entry.file else { out.append((entry, nil)); continue }
            let path = folder + "/" + file
            let data: Data?
            do throws(StorageError) { data = try AtomicFile.read(path) } catch { throw .storage(error) }
            guard let data else { throw .corrupt(path: path, why: "the manifest lists it but it is missing") }
            out.append((entry, data))
        }
        return out
    }

    /// What `add` did: the entry written and, when it replaced one, that entry and the item changes.
    public struct AddResult: Sendable {
        public var entry: LibraryEntry
        public var replaced: LibraryEntry?
        public var changes: ItemChanges?
    }

    /// Adds `corpus` as entry `entry.name` (its `file` and `added` are filled in here). An entry of
    /// the same name, or holding one of the same conferences, is replaced; `bundled` is the bundled
    /// sample, listed first when the manifest is made.
    public func add(_ entry: LibraryEntry, corpus: Corpus, bundled: () -> Corpus, now: Date = Date()) throws(LibraryError) -> AddResult {
        try makeFolder()
        return try withLock(exclusive: true) { () throws(LibraryError) in
            removeLeftovers(keeping: nil)
            var entries = try readManifest() ?? [Library.bundledEntry(bundled())]
            let sameName = entries.firstIndex { $0.name == entry.name }
            let sameConference = entries.firstIndex { e in !e.conferences.isEmpty && !Set(e.conferences).isDisjoint(with: entry.conferences) }
            let replacedAt = sameName ?? sameConference
            var changes: ItemChanges?
            var replaced: LibraryEntry?
            var scheduleChanges: [ScheduleChange]?
            if let i = replacedAt {
                replaced = entries[i]
                let old = try oldCorpus(entries[i], bundled: bundled)
                changes = ItemChanges(from: old, to: corpus)
                scheduleChanges = ScheduleChange.between(old, corpus)
            }
            var written = entry
            let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            written.file = entry.name + "." + token + Library.corpusSuffix
            written.added = Library.iso(now)
            let json: Data
            do { json = try corpus.jsonData() } catch { throw .corrupt(path: entry.name, why: "cannot encode: \(error)") }
            do throws(StorageError) { try AtomicFile.write(json, to: folder + "/" + (written.file ?? ""), mode: 0o600) } catch { throw .storage(error) }
            try list(&written, token: token, replacing: replaced, scheduleChanges: scheduleChanges,
                     in: &entries, at: replacedAt, sameName: sameName, sameConference: sameConference)
            return AddResult(entry: written, replaced: replaced, changes: changes)
        }
    }

    /// The last steps of an add, once the corpus file `written` names is on disk: its schedule
    /// changes recorded (before the manifest names them: a kill leaves at most an unnamed file), the
    /// entry put in the manifest in place of the one it replaces (another entry holding the same
    /// conference under a third name goes too), and what no entry names any more removed.
    private func list(_ written: inout LibraryEntry, token: String, replacing replaced: LibraryEntry?,
                      scheduleChanges: [ScheduleChange]?, in entries: inout [LibraryEntry], at replacedAt: Int?,
                      sameName: Int?, sameConference: Int?) throws(LibraryError) {
        if let scheduleChanges {
            written.changes = written.name + "." + token + Library.changesSuffix
            let record = LibraryChanges(previous: replaced?.added, added: written.added ?? "", changes: scheduleChanges)
            let data: Data
            do { data = try StableJSON.data(record) } catch { throw .corrupt(path: written.name, why: "cannot encode: \(error)") }
            do throws(StorageError) { try AtomicFile.write(data, to: folder + "/" + (written.changes ?? ""), mode: 0o600) } catch {
                throw .storage(error)
            }
        }
        if let i = replacedAt {
            entries[i] = written
            if let j = sameConference, let k = sameName, j != k { entries.remove(at: j) }
        } else {
            entries.append(written)
        }
        try writeManifest(entries)
        removeLeftovers(keeping: entries)
    }

    /// What `add(_:writing:)`'s body made of the entry: the entry as written (its counts and title;
    /// `file` and `added` are filled in by the library) and, when it replaced one, the changes.
    public struct StreamedEntry: Sendable {
        public var entry: LibraryEntry
        public var changes: ItemChanges?
        public var scheduleChanges: [ScheduleChange]?

        public init(entry: LibraryEntry, changes: ItemChanges? = nil, scheduleChanges: [ScheduleChange]? = nil) {
            self.entry = entry
            self.changes = changes
            self.scheduleChanges = scheduleChanges
        }
    }

    /// Adds an entry whose corpus `body` writes, a piece at a time, to the writer it is given (a
    /// temp file in the library folder, renamed once `body` returns), so the corpus is never held
    /// whole. `entry`'s name and conferences decide which entry it replaces, as in `add`; `body`
    /// is then given the entry it replaces (nil when none; `forEachReplacedItem` reads it) and returns
    /// the entry to list. All of it happens under the exclusive lock; a throw or a kill leaves the library as
    /// it was. Throws what `body` throws, or a `LibraryError`.
    public func add(_ entry: LibraryEntry, bundled: () -> Corpus, now: Date = Date(),
                    writing body: (_ replaced: LibraryEntry?, _ writer: AtomicFileWriter) throws -> StreamedEntry) throws -> AddResult {
        try makeFolder()
        var failure: (any Error)?
        let result = try withLock(exclusive: true) { () throws(LibraryError) -> AddResult? in
            removeLeftovers(keeping: nil)
            var entries = try readManifest() ?? [Library.bundledEntry(bundled())]
            let sameName = entries.firstIndex { $0.name == entry.name }
            let sameConference = entries.firstIndex { e in !e.conferences.isEmpty && !Set(e.conferences).isDisjoint(with: entry.conferences) }
            let replacedAt = sameName ?? sameConference
            let replaced = replacedAt.map { entries[$0] }
            let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let file = entry.name + "." + token + Library.corpusSuffix
            let writer: AtomicFileWriter
            do throws(StorageError) { writer = try AtomicFileWriter(path: folder + "/" + file, mode: 0o600) } catch { throw .storage(error) }
            let made: StreamedEntry
            do {
                made = try body(replaced, writer)
            } catch let error as LibraryError {
                writer.abandon()
                throw error
            } catch {
                writer.abandon()
                failure = error
                return nil
            }
            do throws(StorageError) { try writer.commit() } catch { throw .storage(error) }
            var written = made.entry
            written.name = entry.name
            written.file = file
            written.added = Library.iso(now)
            try list(&written, token: token, replacing: replaced, scheduleChanges: replaced == nil ? nil : made.scheduleChanges,
                     in: &entries, at: replacedAt, sameName: sameName, sameConference: sameConference)
            return AddResult(entry: written, replaced: replaced, changes: replaced == nil ? nil : made.changes)
        }
        if let failure { throw failure }
        guard let result else { throw LibraryError.corrupt(path: entry.name, why: "the add was not made") }
        return result
    }

    /// The items of an entry that `add(_:writing:)` is replacing, one at a time, for its body: its
    /// corpus file is read in pieces and each item decoded on its own, so it is never held whole.
    /// A file not in the layout lectern writes (or a bundled entry) is read whole instead: `restart`
    /// is then called and every item given again from the start.
    public func forEachReplacedItem(_ entry: LibraryEntry, bundled: () -> Corpus, restart: () -> Void,
                                    _ each: (Item) -> Void) throws(LibraryError) {
        guard let file = entry.file, let handle = FileHandle(forReadingAtPath: folder + "/" + file) else {
            for item in try oldCorpus(entry, bundled: bundled).items { each(item) }
            return
        }
        defer { try? handle.close() }
        if !Self.streamItems(handle, each) {
            restart()
            for item in try oldCorpus(entry, bundled: bundled).items { each(item) }
        }
    }

    /// The items of a corpus file as lectern writes it (two-space indents: each item from a line
    /// `    {` to a line `    }`), each decoded alone; false at anything else.
    static func streamItems(_ handle: FileHandle, _ each: (Item) -> Void) -> Bool {
        let itemsOpen = Array("  \"items\" : [".utf8), itemOpen = Array("    {".utf8), itemClose = Array("    }".utf8)
        let itemCloseComma = Array("    },".utf8), arrayClose = Array("  ]".utf8), arrayCloseComma = Array("  ],".utf8)
        var inItems = false, done = false
        var item: [UInt8] = []
        var pending: [UInt8] = []
        func line(_ l: ArraySlice<UInt8>) -> Bool {
            if !inItems {
                if l.elementsEqual(itemsOpen) { inItems = true }
                return true
            }
            if item.isEmpty {
                if l.elementsEqual(itemOpen) { item = Array(l); return true }
                if l.isEmpty { return true }
                if l.elementsEqual(arrayClose) || l.elementsEqual(arrayCloseComma) { done = true; return true }
                return false
            }
            let last = l.elementsEqual(itemClose) || l.elementsEqual(itemCloseComma)
            item.append(0x0A)
            item += last ? l.prefix(itemClose.count) : l
            guard last else { return true }
            let wrapped = Array("{\"items\":[".utf8) + item + Array("],\"sessions\":[],\"sources\":[],\"version\":\(Corpus.schemaVersion)}".utf8)
            item = []
            guard let corpus = try? CorpusDecoder.decode(Data(wrapped), fileName: "item"), corpus.items.count == 1 else { return false }
            each(corpus.items[0])
            return true
        }
        while !done {
            guard let chunk = try? handle.read(upToCount: 1 << 20) else { return false }
            if chunk.isEmpty { break }
            pending += chunk
            var start = 0
            while !done, let nl = pending[start...].firstIndex(of: 0x0A) {
                guard line(pending[start..<nl]) else { return false }
                start = nl + 1
            }
            pending.removeFirst(start)
        }
        return done
    }

    /// What changed when entry `name` last replaced an earlier import; nil when it replaced none.
    public func changes(_ name: String) throws(LibraryError) -> LibraryChanges? {
        try withLock(exclusive: false) { () throws(LibraryError) -> LibraryChanges? in
            guard let entries = try readManifest() else { return nil }
            guard let entry = entries.first(where: { $0.name == name }) else {
                throw .unknownEntry(name, known: entries.map(\.name))
            }
            return try readChanges(of: entry)
        }
    }

    /// Every entry's last changes by item id (a later entry's over an earlier one's): what lists
    /// flag and `is:changed` finds. Empty for a fresh install.
    public func currentChanges() throws(LibraryError) -> [String: ScheduleChange] {
        try currentChangesRecorded().changes
    }

    /// The same, with when each change was recorded (the time of the import that found it).
    public func currentChangesRecorded() throws(LibraryError) -> (changes: [String: ScheduleChange], recorded: [String: Timestamp]) {
        try withLock(exclusive: false) { () throws(LibraryError) -> ([String: ScheduleChange], [String: Timestamp]) in
            var out: [String: ScheduleChange] = [:], recorded: [String: Timestamp] = [:]
            for entry in try readManifest() ?? [] {
                guard let record = try readChanges(of: entry) else { continue }
                let at = Timestamp(iso8601: record.added)
                for change in record.changes {
                    out[change.id] = change
                    recorded[change.id] = at
                }
            }
            return (out, recorded)
        }
    }

    private func readChanges(of entry: LibraryEntry) throws(LibraryError) -> LibraryChanges? {
        guard let file = entry.changes else { return nil }
        let path = folder + "/" + file
        let data: Data?
        do throws(StorageError) { data = try AtomicFile.read(path) } catch { throw .storage(error) }
        guard let data else { throw .corrupt(path: path, why: "the manifest lists it but it is missing") }
        do { return try JSONDecoder().decode(LibraryChanges.self, from: data) } catch {
            throw .corrupt(path: path, why: "\(error)".prefix(200).description)
        }
    }

    /// Removes entry `name` and its corpus file; returns it.
    public func remove(_ name: String, bundled: () -> Corpus) throws(LibraryError) -> LibraryEntry {
        let known = (try? entries()) ?? nil
        guard known?.contains(where: { $0.name == name }) ?? (name == Library.bundledName) else {
            throw .unknownEntry(name, known: (known ?? [Library.bundledEntry(bundled())]).map(\.name))
        }
        try makeFolder()
        return try withLock(exclusive: true) { () throws(LibraryError) in
            removeLeftovers(keeping: nil)
            var entries = try readManifest() ?? [Library.bundledEntry(bundled())]
            guard let i = entries.firstIndex(where: { $0.name == name }) else {
                throw .unknownEntry(name, known: entries.map(\.name))
            }
            let gone = entries.remove(at: i)
            try writeManifest(entries)
            removeLeftovers(keeping: entries)
            return gone
        }
    }

    // MARK: - files

    private func oldCorpus(_ entry: LibraryEntry, bundled: () -> Corpus) throws(LibraryError) -> Corpus {
        guard let file = entry.file else { return bundled() }
        let path = folder + "/" + file
        do throws(StorageError) {
            guard let data = try AtomicFile.read(path) else { return Corpus() }
            return (try? CorpusDecoder.decode(data, fileName: path)) ?? Corpus()
        } catch {
            throw .storage(error)
        }
    }

    /// The manifest, nil when there is none.
    func readManifest() throws(LibraryError) -> [LibraryEntry]? {
        let data: Data?
        do throws(StorageError) { data = try AtomicFile.read(manifestPath) } catch { throw .storage(error) }
        guard let data else { return nil }
        do {
            let manifest = try JSONDecoder().decode(Manifest.self, from: data)
            guard manifest.version == 1 else { throw LibraryError.corrupt(path: manifestPath, why: "version \(manifest.version), this lectern reads 1") }
            return manifest.entries
        } catch let error as LibraryError {
            throw error
        } catch {
            throw .corrupt(path: manifestPath, why: "\(error)".prefix(200).description)
        }
    }

    private func writeManifest(_ entries: [LibraryEntry]) throws(LibraryError) {
        var info = stat()
        if lstat(manifestPath, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            throw .corrupt(path: manifestPath, why: "it is not a regular file")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data: Data
        do { data = try encoder.encode(Manifest(version: 1, entries: entries)) } catch {
            throw .corrupt(path: manifestPath, why: "cannot encode: \(error)")
        }
        data.append(0x0A)
        do throws(StorageError) { try AtomicFile.write(data, to: manifestPath, mode: 0o600) } catch { throw .storage(error) }
    }

    /// Must hold the exclusive lock. Deletes temp files and corpus files no manifest entry names
    /// (those of a writer that was killed, or of an entry just replaced or removed). With `keeping`
    /// nil the current manifest decides; an unreadable manifest keeps everything.
    private func removeLeftovers(keeping: [LibraryEntry]?) {
        guard let list = keeping ?? ((try? readManifest()) ?? nil) ?? (access(manifestPath, F_OK) == 0 ? nil : []) else { return }
        let kept = Set(list.compactMap(\.file) + list.compactMap(\.changes))
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let ours = { (n: String) in n.hasSuffix(Library.corpusSuffix) || n.hasSuffix(Library.changesSuffix) }
        for n in names where n.contains(AtomicFile.tempInfix) || n.contains(AtomicFile.legacyTempMarker) || (ours(n) && !kept.contains(n)) {
            unlink(folder + "/" + n)
        }
        AtomicFile.syncFolder(folder)
    }

    private func makeFolder() throws(LibraryError) {
        do throws(StorageError) { try AtomicFile.makeFolder(folder) } catch { throw .storage(error) }
    }

    /// Runs `body` holding a flock on the lock file. A reader goes without when the folder or the
    /// lock file is not there (nothing was ever written) or cannot be opened (a read-only folder).
    func withLock<T>(exclusive: Bool, _ body: () throws(LibraryError) -> T) throws(LibraryError) -> T {
        let fd = exclusive ? open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600) : open(lockPath, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if !exclusive { return try body() }
            throw .storage(StorageError(path: lockPath, operation: "open the lock file", code: errno))
        }
        defer { close(fd) }
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno != EINTR { throw .storage(StorageError(path: lockPath, operation: "lock", code: errno)) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    struct Manifest: Codable {
        var version: Int
        var entries: [LibraryEntry]
    }

    static func day(_ t: Timestamp) -> String {
        let w = t.wallClock
        return String(format: "%04d-%02d-%02d", w.year, w.month, w.day)
    }

    static func iso(_ date: Date) -> String {
        let w = Timestamp(epochSeconds: Int64(date.timeIntervalSince1970), utcOffsetSeconds: 0).wallClock
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", w.year, w.month, w.day, w.hour, w.minute, w.second)
    }
}
