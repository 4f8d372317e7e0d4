import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern note ID [TEXT]`: prints the note, sets it, or (with "") clears it.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Show or set the note on an item.",
        discussion: "Without TEXT the note is printed. An empty TEXT clears it. Noting an item that is not bookmarked bookmarks it as \"maybe\".")

    @Argument(help: "Item id.", completion: .custom(Completions.itemIDs)) var id: String
    @Argument(help: "The note text; \"\" clears the note.") var text: String?
    @OptionGroup var corpusOptions: CorpusOptions

    func run() throws {
        let corpus = try corpusOptions.load()
        let (store, current) = try BookmarksCommand.openStore()
        let item = corpus.items.first { $0.id == id }
        guard item != nil || current.contains(id) else {
            let near = ItemIdSuggester.suggestions(for: id, among: corpus.items.map(\.id))
            Diagnostics.error("unknown item id \(TerminalSafe.sanitize(id))" + (near.isEmpty ? "" : "; did you mean: " + near.joined(separator: ", ")))
            throw ExitCode.noMatch
        }
        guard let text else {
            if let note = current[id]?.nonEmptyNote {
                print(note.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSafe.sanitize(String($0)) }.joined(separator: "\n"))
            }
            return
        }
        let title = item?.title ?? current[id]?.title ?? id
        let (_, moved) = try BookmarksCommand.update(store, [.setNote(id, title: title, note: text)])
        if let moved { Diagnostics.warning(moved) }
    }
}
