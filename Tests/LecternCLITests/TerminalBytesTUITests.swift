import Foundation
import Testing

/// What the explorer writes to the terminal, byte for byte (tmux `pipe-pane` records the pane's
/// output): colours as the terminal's type and `COLORTERM` allow, and nothing that outlives it.
@Suite struct TerminalBytesTUITests {
    /// Runs the explorer with `environment` (shell assignments), shows the first screen, quits, and
    /// returns every byte it wrote.
    static func bytes(environment: String, args: String = "", keys: [String] = []) throws -> String {
        let t = try Tmux(width: 120, height: 30)
        defer { t.shutdown() }
        let log = t.path("pane.bytes")
        t.tmux(["pipe-pane", "-o", "cat >> '\(log)'"])
        t.run("env \(environment) \"$LECTERN_BIN\" \(args); echo \"lectern exited $?\"")
        #expect(t.waitFor("Deep Learning Architectures"), "the explorer never appeared: \(t.capture())")
        for key in keys {
            t.send(key)
        }
        t.send("q")
        #expect(t.waitFor("lectern exited 0"), "lectern did not quit: \(t.capture())")
        let deadline = Date().addingTimeInterval(10)
        var text = ""
        repeat {
            text = String(decoding: FileManager.default.contents(atPath: log) ?? Data(), as: UTF8.self)
            if text.contains("lectern exited 0") { break }
            usleep(50_000)
        } while Date() < deadline
        return text
    }

    @Test func truecolorLeavesThePaletteAlone() throws {
        let out = try Self.bytes(environment: "TERM=xterm-256color COLORTERM=truecolor")
        let redefines = out.contains("\u{1B}]4;"), resets = out.contains("\u{1B}]104")
        #expect(!redefines, "a palette entry was redefined (OSC 4)")
        #expect(!resets, "the palette was reset (OSC 104)")
        // The dark theme's border colour, #4e4e4e, written as direct colour.
        let direct = out.contains("38;2;78;78;78")
        #expect(direct, "no 24-bit colour was written")
    }

    @Test func lightThemePaintsItsOwnBackground() throws {
        let out = try Self.bytes(environment: "TERM=xterm-256color COLORTERM=truecolor", args: "--theme light")
        let redefines = out.contains("\u{1B}]4;")
        #expect(!redefines, "a palette entry was redefined (OSC 4)")
        // The light theme's own white background, written as direct colour.
        let painted = out.contains("48;2;255;255;255")
        #expect(painted, "the light theme painted no background of its own")
    }

    /// TERM=xterm has 8 colours: the dark theme's grays must not fall to black on a dark terminal.
    @Test func eightColoursDrawNothingBlack() throws {
        let out = try Self.bytes(environment: "TERM=xterm")
        let colored = out.contains("\u{1B}[3"), blackText = out.contains("\u{1B}[30m"), blackBackground = out.contains("\u{1B}[40m")
        #expect(colored, "no colour was written")
        #expect(!blackText, "black text (borders, scrollbar) was written")
        #expect(!blackBackground, "a black background (unfocused selection) was written")
    }
}
