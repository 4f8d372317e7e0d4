import ArgumentParser
import LecternCore
import LecternRender

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the built-in themes.",
        discussion: "Prints each built-in theme's name and description. With --check, reads a theme (a built-in name or a TOML file) and reports the first problem with its line."
    )

    @Option(name: .long, help: ArgumentHelp("Check a theme file (or built-in name) and report problems.", valueName: "NAME|PATH"))
    var check: String?

    func run() throws {
        if let check {
            do {
                let theme = try ThemeFile.load(check)
                print(TerminalSafe.sanitize(theme.name) + ": ok")
            } catch {
                Diagnostics.error(error.description)
                throw error.reason == .notFound ? ExitCode.noInput : error.reason == .unreadable ? ExitCode.ioError : ExitCode.dataError
            }
            return
        }
        let names = ThemeLoader.builtInNames
        let width = names.map(\.count).max() ?? 0
        for name in names {
            let description: String
            do {
                description = try ThemeLoader.builtIn(named: name).description
            } catch {
                Diagnostics.error(error.description)
                throw ExitCode.software
            }
            let pad = String(repeating: " ", count: width - name.count + 2)
            print(name + pad + description)
        }
    }
}
