import ArgumentParser

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the full-screen explorer (the default).")

    func run() throws {
        Diagnostics.error("browse: not implemented yet")
        throw ExitCode.software
    }
}
