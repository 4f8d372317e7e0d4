import ArgumentParser

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Show or set the note on an item.")

    func run() throws {
        Diagnostics.error("note: not implemented yet")
        throw ExitCode.software
    }
}
