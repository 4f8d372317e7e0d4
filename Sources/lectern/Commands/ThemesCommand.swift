import ArgumentParser

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the built-in themes.")

    func run() throws {
        Diagnostics.error("themes: not implemented yet")
        throw ExitCode.software
    }
}
