import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Turn session and listing pages into a corpus JSON file.")

    func run() throws {
        Diagnostics.error("import: not implemented yet")
        throw ExitCode.software
    }
}
