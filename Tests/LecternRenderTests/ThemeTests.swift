import Foundation
import LecternCore
import LecternRender
import Testing

/// The built-in themes, the theme file format and its errors, and colour degradation.
@Suite struct ThemeTests {
    @Test func builtInThemesLoadAndDefineEveryRole() throws {
        #expect(ThemeLoader.builtInNames == ["dark", "light", "high-contrast", "monochrome"])
        for theme in try ThemeLoader.builtInThemes() {
            #expect(!theme.description.isEmpty)
            for role in Role.allCases { #expect(theme.styles[role] != nil, "\(theme.name) has no style for \(role)") }
        }
    }

    /// The legend golden: every role's resolved style in every built-in theme, at each depth.
    @Test func themeLegend() throws {
        var out = ""
        for theme in try ThemeLoader.builtInThemes() {
            out += "[\(theme.name)] \(theme.description) (glyphs: \(theme.glyphs == .ascii ? "ascii" : "unicode"))\n"
            for role in Role.allCases {
                let pad = String(repeating: " ", count: max(1, 20 - role.rawValue.count))
                out += "  \(Golden.letter(role)) \(role.rawValue)\(pad)\(theme.style(for: role))\n"
                for depth in [ColorDepth.palette256, .ansi16, .ansi8, .none] {
                    out += "      \(depth.rawValue)\(String(repeating: " ", count: 10 - depth.rawValue.count))\(theme.style(for: role, depth: depth))\n"
                }
            }
        }
        Golden.compare("themes.txt", out)
    }

    /// On 8 and 16 colours the dark theme's grays stay visible on a dark terminal.
    @Test func fewColoursNeverPaintDarkGraysBlack() throws {
        let dark = try #require(try ThemeLoader.builtInThemes().first { $0.name == "dark" })
        for depth in [ColorDepth.ansi8, .ansi16] {
            for role in [Role.border, .selectionUnfocused, .dim, .zone] {
                let style = dark.style(for: role, depth: depth)
                #expect(style.foreground != .ansi(0), "\(role) at \(depth): black text")
                #expect(style.background != .ansi(0), "\(role) at \(depth): black background")
            }
        }
        let border = dark.style(for: .border, depth: .ansi8)
        #expect(border.foreground == .default && border.dim)
        let unfocused = dark.style(for: .selectionUnfocused, depth: .ansi8)
        #expect(unfocused.background == .default && unfocused.bold && unfocused.underline)
        // The light theme's unfocused selection, light gray on white, is white on 8 colours too.
        let light = try #require(try ThemeLoader.builtInThemes().first { $0.name == "light" })
        let lightUnfocused = light.style(for: .selectionUnfocused, depth: .ansi8)
        #expect(lightUnfocused.bold && lightUnfocused.underline, "\(lightUnfocused)")
        // Black the theme asks for is kept: the match's text on its yellow background.
        #expect(dark.style(for: .match, depth: .ansi8).foreground == .ansi(0))
    }

    /// A theme file read the way the executable reads one: its bytes handed to the loader.
    func load(_ path: String) throws -> Theme {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try ThemeLoader.parse(data: data, file: path, defaultName: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    }

    func write(_ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("mine.toml")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func loadsAFileByPath() throws {
        let path = try write("""
            description = "mine"
            [roles]
            title = { fg = "#ff0000", bold = true }
            border-focused = { fg = 208 }
            """)
        let theme = try load(path)
        #expect(theme.name == "mine")
        #expect(theme.style(for: .title) == Style(foreground: .rgb(255, 0, 0), bold: true))
        #expect(theme.style(for: .borderFocused).foreground == .indexed(208))
        #expect(theme.style(for: .author) == theme.style(for: .normal))
    }

    func error(_ text: String) throws -> ThemeError? {
        let path = try write(text)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try ThemeLoader.parse(data: data, file: path, defaultName: "mine")
            return nil
        } catch {
            return error
        }
    }

    @Test func syntaxErrorNamesTheLine() throws {
        let e = try #require(try error("description = \"x\"\n[roles]\ntitle = { fg = \"red\" \n"))
        #expect(e.reason == .syntax)
        #expect(e.line == 3)
        #expect(e.description.contains("mine.toml:3"))
    }

    @Test func unknownRoleNamesTheLine() throws {
        let e = try #require(try error("[roles]\ntitle = { fg = \"red\" }\n\ntitel = { fg = \"blue\" }\n"))
        #expect(e.line == 4)
        #expect(e.description.contains("unknown role \"titel\""))
    }

    @Test func unknownColourNamesTheLine() throws {
        let e = try #require(try error("[roles]\ntitle = { fg = \"red\" }\nauthor = { fg = \"purpl\" }\n"))
        #expect(e.line == 3)
        #expect(e.description.contains("unknown colour \"purpl\""))
        let e2 = try #require(try error("[roles]\n\n[roles.title]\nfg = 300\n"))
        #expect(e2.line == 4)
        let e3 = try #require(try error("[roles]\nauthor = { fg = \"red\", blink = true }\n"))
        #expect(e3.line == 2)
        #expect(e3.description.contains("blink"))
        let e4 = try #require(try error("colour = \"x\"\n"))
        #expect(e4.line == 1)
    }

    @Test func unknownNameIsNotFound() {
        #expect(throws: ThemeError.self) { try ThemeLoader.builtIn(named: "no-such-theme") }
        do {
            _ = try ThemeLoader.builtIn(named: "no-such-theme")
        } catch {
            #expect(error.reason == .notFound)
            #expect(error.description.contains("dark"))
        }
        #expect(ThemeLoader.unknownTheme("no-such-theme").reason == .notFound)
        #expect(ThemeLoader.unknownTheme("no-such-theme").description.contains("dark"))
    }

    @Test func bytesThatAreNotUTF8AreAnError() {
        do {
            _ = try ThemeLoader.parse(data: Data([0x6E, 0x61, 0xFF, 0x0A]), file: "bad.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == .invalid && error.description == "bad.toml: expected UTF-8 text")
        }
    }

    @Test func colourNames() {
        #expect(Color(name: "bright-blue") == .ansi(12))
        #expect(Color(name: "BrightBlue") == .ansi(12))
        #expect(Color(name: "grey") == .ansi(8))
        #expect(Color(name: "#00ff7f") == .rgb(0, 255, 127))
        #expect(Color(name: "42") == .indexed(42))
        #expect(Color(name: "#12345") == nil)
        #expect(Color(name: "purpl") == nil)
    }

    @Test func degradation() {
        #expect(ColorDepth.palette256.map(Color.rgb(255, 0, 0)) == .indexed(196))
        #expect(ColorDepth.palette256.map(Color.rgb(128, 128, 128)) == .indexed(244))
        #expect(ColorDepth.palette256.map(Color.rgb(0, 0, 0)) == .indexed(16))
        #expect(ColorDepth.ansi16.map(Color.rgb(250, 10, 10)) == .ansi(9))
        #expect(ColorDepth.ansi16.map(Color.indexed(196)) == .ansi(9))
        #expect(ColorDepth.ansi8.map(Color.ansi(12)) == .ansi(4))
        #expect(ColorDepth.ansi8.map(Color.rgb(0, 180, 0)) == .ansi(2))
        #expect(ColorDepth.none.map(Color.rgb(1, 2, 3)) == .default)
        #expect(ColorDepth.truecolor.map(Color.rgb(1, 2, 3)) == .rgb(1, 2, 3))
        let selection = Style(foreground: .rgb(255, 255, 255), background: .rgb(0, 95, 135), bold: true)
        #expect(ColorDepth.none.map(selection) == Style(bold: true, reverse: true))
    }

    @Test func detection() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], colors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 256) == .palette256)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], colors: 256) == .truecolor)
        #expect(ColorDepth.detect(environment: [:], colors: 16) == .ansi16)
        #expect(ColorDepth.detect(environment: [:], colors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: [:], colors: 0) == .none)
    }
}
