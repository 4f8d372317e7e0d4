import ArgumentParser
import Foundation
import LecternCore
import LecternStorage
import LecternRender
import LecternTerminal

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the full-screen explorer (the default).")

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("A built-in theme name or a theme file (see `lectern themes`).", valueName: "name|path"), completion: .custom(Completions.themeNames))
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Do not capture the mouse.")
    var noMouse = false

    func run() throws {
        let config: ConfigFile
        do {
            config = try ConfigFile.load(from: ConfigFile.defaultURL())
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.usage
        }
        // The terminal is ours once the loop starts: a rebuilt index is said in the status line.
        let (corpus, index, indexNote) = try corpusOptions.loadIndexed(quiet: true)
        let palette: ThemePalette
        do {
            palette = ThemePalette(theme: try ThemeFile.load(theme ?? config.theme ?? ThemeLoader.defaultName))
        } catch {
            if theme == nil, let chosen = config.theme {
                // The theme came from the config file: say where it was chosen.
                let place = ConfigFile.defaultURL().path + (config.themeLine.map { ":\($0)" } ?? "")
                let problem = error.file == chosen ? error.message : error.description
                Diagnostics.error("\(place): theme \"\(chosen)\": \(problem)")
            } else {
                Diagnostics.error(error.description)
            }
            throw error.reason == .notFound ? ExitCode.noInput : ExitCode.dataError
        }
        let loop = RunLoop(corpus: corpus, index: index, indexNote: indexNote, keyMap: config.keyMap(), mouse: !noMouse,
                           bookmarkStore: BookmarkStore(url: BookmarkStore.defaultURL()), seenStore: SeenStore(url: SeenStore.defaultURL()),
                           palette: palette, plan: corpusOptions.planFacts(shared: SharedPlansOnDisk.load()),
                           reminder: config.remind, collections: corpusOptions.collections())
        let outcome: LoopOutcome
        do {
            outcome = try loop.run()
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode.usage
        }
        // The terminal is restored by now: what could not be saved is said where it stays readable.
        let (unsaved, reason) = loop.saveUnsavedChanges()
        if !unsaved.isEmpty {
            Diagnostics.error("could not save bookmark changes: \(TerminalSafe.sanitize(reason ?? "unknown error"))")
            for change in unsaved { Diagnostics.error("not saved: \(change)") }
            throw ExitCode.ioError
        }
        switch outcome {
        case .quit, .endOfInput:
            return
        case .signal(let signal):
            throw ExitCode(128 + signal)
        }
    }
}
