import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern bookmark add|remove|toggle ID...`: every id is checked before anything is written.
struct BookmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmark", abstract: "Add, remove or toggle bookmarks.",
        discussion: "Unknown ids exit with status 1, suggest close ids, and write nothing.")

    enum Operation: String, ExpressibleByArgument, CaseIterable {
        case add, remove, toggle
    }

    @Argument(help: "add, remove or toggle.") var operation: Operation
    @Argument(help: "Item ids (see `lectern list` or `lectern search`).", completion: .custom(Completions.itemIDs)) var ids: [String]
    @Option(help: "Priority for added bookmarks: must-see or maybe.") var priority: String = "must-see"
    @OptionGroup var corpusOptions: CorpusOptions

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one item id") }
        if Bookmark.Priority(rawValue: priority) == nil { throw ValidationError("--priority must be must-see or maybe") }
    }

    func run() throws {
        var seen = Set<String>()
        let ids = self.ids.filter { seen.insert($0).inserted }
        let corpus = try corpusOptions.load()
        let (store, current) = try BookmarksCommand.openStore()
        let items = Dictionary(corpus.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var unknown: [String] = []
        for id in ids where items[id] == nil && !(operation != .add && current.contains(id)) {
            unknown.append(id)
        }
        if !unknown.isEmpty {
            let all = corpus.items.map(\.id)
            for id in unknown {
                let near = ItemIdSuggester.suggestions(for: id, among: all)
                Diagnostics.error("unknown item id \(TerminalSafe.sanitize(id))" + (near.isEmpty ? "" : "; did you mean: " + near.joined(separator: ", ")))
            }
            Diagnostics.error("nothing was written")
            throw ExitCode.noMatch
        }
        let p = Bookmark.Priority(rawValue: priority) ?? .mustSee
        let changes: [BookmarkChange] = ids.map { id in
            let title = items[id]?.title ?? current[id]?.title ?? id
            let b = Bookmark(itemId: id, title: title, priority: p)
            switch operation {
            case .add: return .add(b)
            case .remove: return .remove(id)
            case .toggle: return .toggle(b)
            }
        }
        let (after, moved) = try BookmarksCommand.update(store, changes)
        if let moved { Diagnostics.warning(moved) }
        for id in ids {
            let title = TerminalSafe.sanitize(items[id]?.title ?? current[id]?.title ?? id)
            print("\(after.contains(id) ? "bookmarked" : "not bookmarked")\t\(id)\t\(title)")
        }
    }
}
