import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern bookmarks [--json]`: talks in time order, papers after, then bookmarks missing from
/// the corpus; with priority, note and clashes.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks", abstract: "List bookmarks; import and merge other people's plans.",
        subcommands: [BookmarksImportCommand.self, BookmarksMergeCommand.self])

    @Flag(help: "Print JSON (the same fields as `export --format json`).") var json = false
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.load()
        let (_, bookmarks) = try BookmarksCommand.openStore()
        let input = ExportInput.bookmarked(corpus: corpus, bookmarks: bookmarks)
        if json {
            print(JSONExporter.render(input).text, terminator: "")
            return
        }
        let plan = corpusOptions.planFacts(shared: SharedPlansOnDisk.load())
        // A change stays flagged until the item was seen in the explorer after it was recorded.
        let seen = Self.loadSeen()
        let clashes = ClashFinder.clashes(in: corpus, bookmarks: bookmarks)
        let titles = Dictionary(corpus.items.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let zone = SystemZoneDatabase.userZone()
        let times = input.items.map { item in
            item.start.map { TimeFormatting.localWithConference($0, item.end, session: input.session(of: item), local: zone, zones: SystemZoneDatabase.shared) } ?? ""
        }
        let width = times.map(\.count).max() ?? 0
        var lines: [String] = []
        for (item, when) in zip(input.items, times) {
            let b = bookmarks[item.id]
            var line = CLIRow.text(when: when, width: width, kind: item.kind, mark: Self.mark(b?.priority), title: item.namedTitle(session: input.session(of: item)), id: item.id)
            if let flag = plan.flag(of: item.id, seen: seen) { line += "  " + flag }
            if let shared = plan.sharedIn(item.id) { line += "  also in " + shared }
            if let others = clashes[item.id], !others.isEmpty {
                line += "  CLASH with: " + others.map { titles[$0] ?? $0 }.joined(separator: "; ")
            }
            lines.append(TerminalSafe.sanitize(line))
            if let note = b?.nonEmptyNote { lines.append("    note: " + TerminalSafe.sanitize(note)) }
        }
        for b in input.missing {
            // A bookmark is never dropped: one whose talk a re-import removed says so.
            let gone = plan.changes[b.itemId]?.kinds.contains(.cancelled) == true ? "CANCELLED" : "missing from corpus"
            lines.append(TerminalSafe.sanitize("\(gone)  \(Self.mark(b.priority))  \(b.title)  [\(b.itemId)]"))
            if let note = b.nonEmptyNote { lines.append("    note: " + TerminalSafe.sanitize(note)) }
        }
        if lines.isEmpty {
            Diagnostics.warning("no bookmarks yet (add one with `lectern bookmark add ID` or `b` in the browser)")
            return
        }
        print(lines.joined(separator: "\n"))
    }
}

extension BookmarksCommand {
    /// `★ must see` or `☆ maybe    ` (as wide).
    static func mark(_ priority: Bookmark.Priority?) -> String {
        priority == .mustSee ? "★ must see" : "☆ maybe   "
    }

    /// What the explorer has seen (`seen.json`); a file that cannot be read is a warning and none.
    static func loadSeen() -> SeenItems {
        do {
            let (seen, warning) = try SeenStore(url: SeenStore.defaultURL()).load()
            if let warning { Diagnostics.warning(warning) }
            return seen
        } catch {
            Diagnostics.warning("\(error); every item counts as unseen")
            return SeenItems()
        }
    }

    /// The user's bookmark store and what it holds now; a warning (a corrupt file moved aside) goes
    /// to stderr, an I/O failure exits 74.
    static func openStore() throws -> (BookmarkStore, Bookmarks) {
        let store = BookmarkStore(url: BookmarkStore.defaultURL())
        let (bookmarks, warning) = try load(store)
        if let warning { Diagnostics.warning(warning) }
        return (store, bookmarks)
    }

    static func load(_ store: BookmarkStore) throws -> (Bookmarks, warning: String?) {
        do {
            return try store.load()
        } catch let error as StorageError {
            Diagnostics.error(error.description)
            throw ExitCode.ioError
        }
    }

    /// Applies changes under the lock; an I/O failure exits 74 with its message and nothing changed.
    static func update(_ store: BookmarkStore, _ changes: [BookmarkChange]) throws -> (Bookmarks, warning: String?) {
        do {
            let r = try store.update(changes)
            return (r.document, r.warning)
        } catch let error as StorageError {
            Diagnostics.error(error.description + "; nothing was changed")
            throw ExitCode.ioError
        }
    }
}
