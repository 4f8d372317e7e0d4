import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export bookmarks or search results.")

    func run() throws {
        Diagnostics.error("export: not implemented yet")
        throw ExitCode.software
    }
}
