import ArgumentParser

struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bookmarks", abstract: "List bookmarks.")

    func run() throws {
        Diagnostics.error("bookmarks: not implemented yet")
        throw ExitCode.software
    }
}
