import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern library changes NAME [--json]`: what the last re-import of a conference changed.
struct LibraryChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List what changed when a conference was last added again.",
        discussion: """
        One line per changed item: NEW, CANCELLED, MOVED (start, end or room, old→new), RETITLED, SPEAKERS, \
        then the title and [id]. Bookmarked items are marked ★ (must see) or ☆ (maybe). Nothing is listed for an entry that \
        replaced no earlier import. Exit 66 for an unknown entry.
        """
    )

    @Argument(help: "The entry's name, as `lectern library list` shows it.")
    var name: String

    @Flag(help: "Print JSON: when the previous and this import were added, and each change with its kinds and the item before and after.")
    var json = false

    func run() throws {
        let record: LibraryChanges?
        do { record = try LibraryCommand.library.changes(name) } catch { throw LibraryCommand.fail(error) }
        if json {
            try JSONOutput.write(record ?? LibraryChanges(previous: nil, added: "", changes: []))
            return
        }
        guard let record else {
            Diagnostics.warning(TerminalSafe.sanitize("\(name) has not been added again since its first import: no changes to list"))
            return
        }
        let (_, bookmarks) = try BookmarksCommand.openStore()
        var lines = ["\(record.changes.count) change\(record.changes.count == 1 ? "" : "s") since the import of \(record.previous ?? "the bundled sample")"]
        for change in record.changes {
            let mark = bookmarks[change.id].map { $0.priority == .mustSee ? "★ " : "☆ " } ?? "  "
            var line = mark + change.flag + "  " + LaTeXCleaner.clean(change.title)
            if change.kinds.contains(.retitled), let old = change.before?.title { line += " (was: " + LaTeXCleaner.clean(old) + ")" }
            if change.kinds.contains(.speakers) {
                line += " (speakers: " + (change.before?.authors.joined(separator: ", ") ?? "") + " → "
                    + (change.after?.authors.joined(separator: ", ") ?? "") + ")"
            }
            lines.append(TerminalSafe.sanitize(line + "  [\(change.id)]"))
        }
        print(lines.joined(separator: "\n"))
    }
}
