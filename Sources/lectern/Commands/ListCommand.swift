import ArgumentParser

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List sessions with their items in time order, then papers.")

    func run() throws {
        Diagnostics.error("list: not implemented yet")
        throw ExitCode.software
    }
}
