import ArgumentParser

struct AuthorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "author", abstract: "List the talks and papers of an author.")

    func run() throws {
        Diagnostics.error("author: not implemented yet")
        throw ExitCode.software
    }
}
