import ArgumentParser

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Explore conference talks and research papers in the terminal.",
        version: LecternVersion.text,
        subcommands: [
            BrowseCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, ValidateCommand.self,
            SearchCommand.self, BookmarksCommand.self, BookmarkCommand.self, NoteCommand.self,
            ExportCommand.self, ThemesCommand.self, SimilarCommand.self, AuthorCommand.self,
            KeysCommand.self, LibraryCommand.self, NextCommand.self, BundledIndexCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
