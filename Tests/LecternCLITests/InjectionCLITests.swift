import Foundation
import Testing
import LecternCore

/// Messages that quote user data (config, theme, bookmark file, arguments) reach the terminal
/// sanitised, still naming the problem and where it is.
@Suite struct InjectionCLITests {
    static func hasNoEscape(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x9D }
    }

    /// Runs the explorer with `config` as config.toml (it stops at the config, before any terminal).
    static func withConfig(_ config: String) throws -> (CLIRunner.Result, String) {
        let dir = try CLIRunner.tempFolder()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("config/lectern"), withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("config/lectern/config.toml").path
        try Data(config.utf8).write(to: URL(fileURLWithPath: path))
        let r = try CLIRunner.run(["--no-mouse"], environment: [
            "HOME": dir.path, "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path,
            "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
        ])
        return (r, path)
    }

    @Test(arguments: [
        // (config, what the message must say, its line)
        ("[keys]\nquit = \"\\u001b]0;owned\\u0007\"\n", "unknown key", 2),
        ("[keys]\n\"\\u001b]0;owned\\u0007\" = \"q\"\n", "unknown action", 2),
        ("\n\n\"\\u001b]0;owned\\u0007\" = 1\n", "unknown setting", 3),
        ("[keys]\n'move down' = \"j\"\n", "unknown action \"move down\"", 2),
        ("theme = \"\\u001b]0;owned\\u0007\"\n", "no built-in theme or theme file", 1),
        // Quoted and escaped keys keep their line, and the quoted value keeps the rest of the message.
        ("\n[keys]\n\"q\\u0075it\" = \"\\u001b\"\n", "unknown key \"␛\" for quit", 3),
        ("\n\n[keys]\n\"bogus\\tkey\" = \"y\"\n", "unknown action \"bogus key\"", 4),
    ])
    func configErrorsAreSanitisedAndKeepTheirLine(config: String, problem: String, line: Int) throws {
        let (r, path) = try Self.withConfig(config)
        #expect(r.status != 0)
        #expect(Self.hasNoEscape(r.stderr), "\(r.stderr.debugDescription)")
        #expect(r.stderr.contains("\(path):\(line):"), "\(r.stderr)")
        #expect(r.stderr.contains(problem), "\(r.stderr)")
    }

    @Test func aMissingThemeNamesTheConfigFile() throws {
        let (r, path) = try Self.withConfig("# mine\ntheme = \"nonexistent\"\n")
        #expect(r.status == 66)
        #expect(r.stderr.contains("\(path):2: theme \"nonexistent\": no built-in theme or theme file named \"nonexistent\""), "\(r.stderr)")
    }

    @Test func themeCheckOfAThemeNamedWithAnOSC() throws {
        let dir = try CLIRunner.tempFolder()
        let good = dir.appendingPathComponent("named.toml"), bad = dir.appendingPathComponent("bad.toml")
        try Data("name = \"\\u001b]0;owned\\u0007x\"\n".utf8).write(to: good)
        try Data("name = \"\\u001b]0;owned\\u0007x\"\n[roles]\ntitle = { fg = \"\\u001b]0;owned\\u0007\" }\n".utf8).write(to: bad)
        let ok = try CLIRunner.run(["themes", "--check", good.path])
        #expect(ok.status == 0)
        #expect(Self.hasNoEscape(ok.stdout) && ok.stdout.hasSuffix("x: ok\n"), "\(ok.stdout.debugDescription)")
        let failed = try CLIRunner.run(["themes", "--check", bad.path])
        #expect(failed.status == 65)
        #expect(Self.hasNoEscape(failed.stderr), "\(failed.stderr.debugDescription)")
        #expect(failed.stderr.contains("bad.toml:3:") && failed.stderr.contains("unknown colour"), "\(failed.stderr)")
    }

    @Test func argumentErrorsAreSanitised() throws {
        let r = try CLIRunner.run(["search", "x", "--\u{1B}]0;owned\u{07}"])
        #expect(r.status == 64)
        #expect(Self.hasNoEscape(r.stderr), "\(r.stderr.debugDescription)")
        #expect(r.stderr.contains("Unknown option"), "\(r.stderr)")
    }

    @Test func aCorruptBookmarkFileIsReportedWithLineAndColumn() throws {
        let dir = try CLIRunner.tempFolder()
        let data = dir.appendingPathComponent("data/lectern")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("{\"entries\": {\n  \"a\": 1,,\n}, \"version\": 1, \"x\": \"\u{1B}]0;owned\u{07}\"}".utf8)
            .write(to: data.appendingPathComponent("bookmarks.json"))
        let r = try CLIRunner.run(["bookmarks"], environment: ["HOME": dir.path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path])
        #expect(r.stderr.contains("bookmarks.json could not be read (invalid JSON at line 2, column 10: expected"), "\(r.stderr)")
        #expect(Self.hasNoEscape(r.stderr))
    }
}
