import Foundation
import LecternCore
import Testing

/// The explorer, driven through a real terminal (tmux) the way a person uses it.
@Suite struct TUITests {
    /// The bundled corpus as the explorer orders it, for what the screen must show.
    static let state: State = {
        let corpus = (try? JSONDecoder().decode(Corpus.self, from: Corpus.bundledData())) ?? Corpus()
        return State(corpus: corpus)
    }()

    static var sessions: [Session] {
        state.sessionEntries.compactMap { entry in
            if case .session(let id) = entry { return state.session(id: id) }
            return nil
        }
    }

    /// Starts lectern under a wrapper script that records the tty modes before and after.
    static let wrapper = """
    trap ':' INT
    echo $$ > "$D/script.pid"
    stty -g > "$D/before"
    "$LECTERN_BIN" "$@"
    status=$?
    stty -g > "$D/after"
    if cmp -s "$D/before" "$D/after"; then echo "tty restored"; else echo "tty changed"; fi
    echo "lectern exited $status"

    """

    func launch(_ t: Tmux, args: String = "") throws {
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("\(script) \(args)")
        #expect(t.waitFor("Deep Learning Architectures"), "the first session never appeared")
    }

    /// After lectern left: the exit status, the tty modes, the normal screen with the prompt, the cursor.
    func expectClean(_ t: Tmux, status: Int) {
        #expect(t.waitFor("lectern exited \(status)"), "no exit \(status): \(t.capture())")
        #expect(t.capture().contains("tty restored"))
        #expect(t.waitUntil { _ in t.lastLine().trimmingCharacters(in: .whitespaces) == t.prompt } != nil, "no prompt: \(t.capture())")
        #expect(t.format("#{alternate_on}") == "0")
        #expect(t.format("#{cursor_flag}") == "1")
        #expect(t.format("#{mouse_any_flag}") == "0")
        #expect(t.format("#{mouse_button_flag}") == "0")
        #expect(t.format("#{mouse_sgr_flag}") == "0")
        #expect(!t.capture().contains("Deep Learning Architectures"))
    }

    @Test func movesIntoASessionAndOpensATalk() throws {
        let t = try Tmux(width: 80, height: 24)
        defer { t.shutdown() }
        let sessions = TUITests.sessions
        try #require(sessions.count >= 2, "the bundled corpus has no sessions")
        let second = sessions[1]
        let items = TUITests.state.catalog.itemsBySession[second.id] ?? []
        try #require(items.count >= 2)
        let talk = TUITests.state.corpus.items[items[1]]
        let phrase = talk.abstract.split(separator: " ").prefix(3).joined(separator: " ")

        try launch(t)
        t.send("j")
        #expect(t.waitUntil { TUITests.itemsPaneShows(second.title, in: $0) } != nil, "\(t.capture())")
        t.send("Enter")
        t.send("Down")
        t.send("Enter")
        #expect(t.waitFor(phrase), "abstract of \(talk.title) not shown: \(t.capture())")
        t.send("Escape")
        #expect(t.waitGone(phrase))
        t.send("q")
        expectClean(t, status: 0)
    }

    @Test func searchesFromTheSearchBar() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try launch(t)
        #expect(!t.capture().contains("results"))
        t.send("/")
        t.type("transformer")
        let screen = t.waitUntil { $0.contains("results") && $0.contains("transformer") }
        #expect(screen != nil, "no results: \(t.capture())")
        #expect(screen?.contains("Transformer") == true)
        t.send("Enter")
        t.send("Escape")
        #expect(t.waitGone("results"))
        t.send("q")
        expectClean(t, status: 0)
    }

    @Test func opensFiltersAndClosesHelp() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try launch(t)
        t.send("?")
        // On the start screen (the sessions pane) help lists the keys of a talk too, first.
        let first = t.waitUntil { $0.contains("Bookmark or unbookmark") }
        #expect(first != nil, "\(t.capture())")
        for text in ["Edit a note", "Show related talks", "Browse the authors", "Jump to the next match", "Open the item's link", "Copy the title"] {
            #expect(first?.contains(text) == true, "\(text) is not on help's first page: \(first ?? "")")
        }
        // `/` starts the filter; then q is typed into it.
        t.send("/")
        t.type("quit")
        #expect(t.waitGone("Bookmark or unbookmark"))
        #expect(t.capture().contains("Quit"))
        t.send("Enter")
        t.send("q")
        #expect(t.waitGone("Filter:"), "q did not close help: \(t.capture())")
        #expect(t.capture().contains("Deep Learning Architectures"))
        t.send("?")
        #expect(t.waitFor("Bookmark or unbookmark"))
        t.send("Escape")
        #expect(t.waitGone("Bookmark or unbookmark"))
        t.send("q")
        expectClean(t, status: 0)
    }

    @Test func relaysOutWhenResized() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        #expect(t.waitFor("Details"))
        t.resize(width: 60, height: 20)
        let small = t.waitUntil { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
            return lines.count == 20 && !screen.contains("Details") && screen.contains("Sessions")
        }
        #expect(small != nil, "no 60x20 layout: \(t.capture())")
        #expect(small?.contains("? help") == true)
        t.resize(width: 120, height: 40)
        let large = t.waitUntil { screen in
            screen.split(separator: "\n").count == 40 && screen.contains("Details") && screen.contains("Deep Learning Architectures")
        }
        #expect(large != nil, "no 120x40 layout: \(t.capture())")
        t.resize(width: 20, height: 5)
        #expect(t.waitUntil { !$0.contains("Sessions") } != nil)
        t.resize(width: 120, height: 40)
        #expect(t.waitFor("Details"))
        t.send("q")
        expectClean(t, status: 0)
    }

    @Test func quitWithQLeavesTheTerminalAsItWas() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try launch(t)
        t.send("q")
        expectClean(t, status: 0)
    }

    @Test(arguments: [("TERM", 143), ("HUP", 129)])
    func signalLeavesTheTerminalAsItWas(signal: String, status: Int) throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try launch(t)
        let pid = try #require(t.childPID(ofPIDIn: t.path("script.pid")))
        #expect(Tmux.spawnAndWait(["kill", "-\(signal)", "\(pid)"], outputPath: t.path("kill.out")) == 0)
        expectClean(t, status: status)
    }

    @Test func ctrlCLeavesTheTerminalAsItWas() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try launch(t)
        t.send("C-c")
        expectClean(t, status: 130)
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        t.run("stty -g > \"$D/before\"; clear")
        #expect(t.waitUntil { _ in t.lastLine().trimmingCharacters(in: .whitespaces) == t.prompt } != nil)
        t.run("\"$LECTERN_BIN\"")
        #expect(t.waitFor("Deep Learning Architectures"))
        t.send("j")
        #expect(t.waitUntil { TUITests.itemsPaneShows(TUITests.sessions[1].title, in: $0) } != nil)
        t.send("C-z")
        #expect(t.waitFor("Stopped"), "not suspended: \(t.capture())")
        #expect(t.format("#{alternate_on}") == "0")
        #expect(t.waitUntil { _ in t.lastLine().trimmingCharacters(in: .whitespaces) == t.prompt } != nil)
        t.run("fg")
        #expect(t.waitUntil { TUITests.itemsPaneShows(TUITests.sessions[1].title, in: $0) } != nil, "no redraw after fg: \(t.capture())")
        #expect(t.format("#{alternate_on}") == "1")
        t.send("q")
        #expect(t.waitUntil { _ in t.lastLine().trimmingCharacters(in: .whitespaces) == t.prompt } != nil)
        t.run("stty -g > \"$D/after\"; cmp -s \"$D/before\" \"$D/after\" && echo tty restored")
        #expect(t.waitFor("tty restored"))
        #expect(t.format("#{alternate_on}") == "0")
    }

    @Test func refusesWhenNotATerminal() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tmux.binary)
        process.arguments = []
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["HOME"] = FileManager.default.temporaryDirectory.path
        process.environment = env
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(stdout.isEmpty)
        #expect(stderr.contains("lectern list"))
        #expect(stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: ["dumb", "no-such-terminal-xyz"])
    func refusesADumbOrUnknownTerminal(term: String) throws {
        let t = try Tmux()
        defer { t.shutdown() }
        t.run("TERM=\(term) \"$LECTERN_BIN\" 2>\"$D/err\"; echo \"lectern exited $?\"; cat \"$D/err\"")
        #expect(t.waitFor("lectern exited 64"), "\(t.capture())")
        #expect(t.waitFor("lectern list"))
        let message = try String(contentsOfFile: t.path("err"), encoding: .utf8)
        #expect(message.split(separator: "\n").count == 1)
        #expect(message.contains(term == "dumb" ? "TERM=dumb" : "no terminfo"))
        #expect(t.format("#{alternate_on}") == "0")
    }

    @Test func rebindsKeysFromTheConfigFile() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try FileManager.default.createDirectory(atPath: t.path("config/lectern"), withIntermediateDirectories: true)
        try "# my keys\n[keys]\nquit = [\"x\"]\nmove-down = [\"n\", \"down\"]\n".write(toFile: t.path("config/lectern/config.toml"), atomically: true, encoding: .utf8)
        try launch(t)
        t.send("n")
        #expect(t.waitUntil { TUITests.itemsPaneShows(TUITests.sessions[1].title, in: $0) } != nil, "\(t.capture())")
        t.send("q")
        t.send("x")
        expectClean(t, status: 0)
    }

    @Test func theSearchBarsKeysAreReboundInTheirOwnTable() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try FileManager.default.createDirectory(atPath: t.path("config/lectern"), withIntermediateDirectories: true)
        try "[keys]\nquit = \"x\"\n\n[keys.search]\nquit = \"ctrl-g\"\nkill-to-start = \"ctrl-k\"\n".write(toFile: t.path("config/lectern/config.toml"), atomically: true, encoding: .utf8)
        try launch(t)
        t.send("/")
        // In the search bar `x` is typed: the plain [keys] entry leaves the search bar's keys alone.
        t.send("x")
        t.send("y")
        #expect(t.waitUntil { $0.split(separator: "\n").first?.contains("xy") == true } != nil, "\(t.capture())")
        t.send("C-k")
        #expect(t.waitUntil { $0.split(separator: "\n").first?.contains("xy") == false } != nil, "ctrl-k (kill-to-start, the cursor at the end) did not clear: \(t.capture())")
        t.send("C-g")
        expectClean(t, status: 0)
    }

    @Test func configErrorsNameTheLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("lectern"), withIntermediateDirectories: true)
        let cases = [
            ("theme = \"dark\"\n\n[keys]\nquit = \"q\"\nfoo = \"x\"\n", "config.toml:5: unknown action \"foo\""),
            ("[keys]\nmove-down = [\"j\",\n  \"hyper-j\"]\n", "config.toml:3: unknown key \"hyper-j\""),
            ("[keys\nquit = 1\n", "config.toml:1"),
            ("[keys]\nquit = \"q\"\n[keys.search]\nfoo = \"x\"\n", "config.toml:4: unknown action \"foo\""),
        ]
        for (text, expected) in cases {
            try text.write(to: dir.appendingPathComponent("lectern/config.toml"), atomically: true, encoding: .utf8)
            let errPath = dir.appendingPathComponent("err").path
            let status = Tmux.spawnAndWait(["env", "XDG_CONFIG_HOME=\(dir.path)", Tmux.binary], outputPath: errPath)
            let message = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            #expect(status == 64, "\(message)")
            #expect(message.contains(expected), "\(message)")
            #expect(message.split(separator: "\n").count == 1)
        }
    }

    @Test func editsANoteInTheEditorAndTakesTheScreenBack() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        let editor = try t.script("editor.sh", "stty -g > \"$D/in-editor\"\necho 'Ask about the lags' > \"$1\"\n")
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("EDITOR=\(editor) \(script)")
        #expect(t.waitFor("Deep Learning Architectures"))
        t.send("Enter")
        t.send("e")
        #expect(t.waitUntil { _ in FileManager.default.fileExists(atPath: t.path("in-editor")) } != nil)
        #expect(t.waitFor("Bookmarks (1)"), "no bookmark after the note: \(t.capture())")
        #expect(t.format("#{alternate_on}") == "1")
        // The editor ran with the terminal in its normal (cooked) mode.
        let before = try String(contentsOfFile: t.path("before"), encoding: .utf8)
        let inEditor = try String(contentsOfFile: t.path("in-editor"), encoding: .utf8)
        #expect(before == inEditor)
        t.send("q")
        expectClean(t, status: 0)
    }

    /// Whether the items pane (the second pane of the top border row) is titled `title`.
    static func itemsPaneShows(_ title: String, in screen: String) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 1 && lines[1].contains("┐┌ \(title) ")
    }

    @Test func clickSelectsAndWheelScrolls() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let titles = TUITests.sessions.map(\.title)
        try #require(titles.count >= 4)
        try launch(t)
        #expect(t.format("#{mouse_sgr_flag}") == "1", "lectern asks for SGR mouse reports")
        // Sessions take two rows each below the search bar and the pane border: the third is on row 6.
        t.mouse(button: 0, x: 3, y: 6)
        t.mouse(button: 0, x: 3, y: 6, release: true)
        #expect(t.waitUntil { TUITests.itemsPaneShows(titles[2], in: $0) } != nil, "\(t.capture())")
        // One notch of the wheel moves three lines: from the third session past the fourth and the
        // fifth to the bookmarks, and back.
        t.mouse(button: 65, x: 3, y: 10)
        #expect(t.waitUntil { TUITests.itemsPaneShows("Bookmarks", in: $0) } != nil, "\(t.capture())")
        t.mouse(button: 64, x: 3, y: 10)
        #expect(t.waitUntil { TUITests.itemsPaneShows(titles[2], in: $0) } != nil, "\(t.capture())")
        t.send("q")
        expectClean(t, status: 0)
    }

    /// Past column 223 the X10 encoding has no byte left; SGR reports reach the details pane there.
    @Test func wheelPastColumn223ScrollsTheDetails() throws {
        let t = try Tmux(width: 300, height: 14)
        defer { t.shutdown() }
        try launch(t)
        func details(_ screen: String) -> [String] {
            screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).prefix(10)
                .map { String($0.unicodeScalars.dropFirst(230).map(Character.init)) }
        }
        t.send("Tab")
        let before = try #require(t.waitUntil { details($0).contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } })
        t.mouse(button: 65, x: 250, y: 10)
        #expect(t.waitUntil { details($0) != details(before) } != nil, "the details did not scroll:\n\(t.capture())")
        t.send("q")
        expectClean(t, status: 0)
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let t = try Tmux()
        defer { t.shutdown() }
        try launch(t, args: "--no-mouse")
        #expect(t.format("#{mouse_any_flag}") == "0")
        #expect(t.format("#{mouse_standard_flag}") == "0")
        #expect(t.format("#{mouse_sgr_flag}") == "0")
        t.send("q")
        expectClean(t, status: 0)
    }
}
