import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one item in full.")

    func run() throws {
        Diagnostics.error("show: not implemented yet")
        throw ExitCode.software
    }
}
