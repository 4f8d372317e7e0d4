import ArgumentParser
import Foundation
import LecternCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a corpus file against the schema.",
        discussion: """
        Reports every problem with its place (file:line:column) and JSON path, such as \
        `items[12].authors[0]: expected a string, found a number`. Prints "ok: N sessions, M items" \
        when the file is valid. Exit 65 when invalid, 66 when the file is missing.
        """
    )

    @Argument(help: "The corpus JSON file to check.")
    var file: String

    func run() throws {
        let data = try CorpusOptions.read(file)
        let corpus = try CorpusOptions.decode(data, name: file, limit: nil)
        print("ok: \(corpus.sessions.count) sessions, \(corpus.items.count) items")
    }
}
