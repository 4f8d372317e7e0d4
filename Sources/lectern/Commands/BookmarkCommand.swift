import ArgumentParser

struct BookmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bookmark", abstract: "Add, remove or toggle bookmarks.")

    func run() throws {
        Diagnostics.error("bookmark: not implemented yet")
        throw ExitCode.software
    }
}
