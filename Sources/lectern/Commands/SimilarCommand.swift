import ArgumentParser

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "similar", abstract: "List the talks and papers most similar to an item.")

    func run() throws {
        Diagnostics.error("similar: not implemented yet")
        throw ExitCode.software
    }
}
