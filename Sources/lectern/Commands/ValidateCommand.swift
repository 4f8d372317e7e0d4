import ArgumentParser

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check a corpus file against the schema.")

    func run() throws {
        Diagnostics.error("validate: not implemented yet")
        throw ExitCode.software
    }
}
