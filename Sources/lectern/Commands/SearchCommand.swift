import ArgumentParser

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Search talks and papers.")

    func run() throws {
        Diagnostics.error("search: not implemented yet")
        throw ExitCode.software
    }
}
