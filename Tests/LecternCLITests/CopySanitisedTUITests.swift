import Foundation
import LecternCore
import Testing

/// `y` copies only sanitised text: a title that would end a shell's bracketed paste and run a
/// command (`ESC[201~`, a newline) reaches the clipboard as one harmless line.
@Suite struct CopySanitisedTUITests {
    @Test func aHostileTitleIsCopiedWithoutControlsOrLineEnds() throws {
        let t = try Tmux(width: 120, height: 30)
        defer { t.shutdown() }
        t.tmux(["set", "-g", "set-clipboard", "on"])
        func at(_ h: Int, _ m: Int) -> Timestamp { Timestamp(year: 2021, month: 7, day: 20, hour: h, minute: m, utcOffsetSeconds: -7 * 3600) }
        let session = Session(id: "s", title: "Hostile Session", moderator: nil, start: at(9, 0), end: at(10, 0),
                              timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: Provenance(file: "000.txt", line: 1))
        let item = Item(id: "hostile", kind: .oral, title: "Innocent\u{1B}[201~\necho PWNED\n\u{202E}evil\u{9B}31m", authors: ["Eve"],
                        abstract: "x", sessionId: "s", start: at(9, 0), end: at(9, 10), source: Provenance(file: "000.txt", line: 2))
        let path = t.path("hostile.json")
        try Corpus(sources: ["000.txt"], sessions: [session], items: [item]).jsonData().write(to: URL(fileURLWithPath: path))
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("clear; \(script) --corpus \"\(path)\"")
        #expect(t.waitFor("Hostile Session"), "\(t.capture())")
        t.send("Tab")
        t.send("y")
        #expect(t.waitFor("y/n"), "\(t.capture())")
        t.send("y")
        #expect(t.waitFor("Copied"), "\(t.capture())")
        let buffer = t.tmux(["show-buffer"]).output
        #expect(buffer.contains("Innocent") && buffer.contains("echo PWNED") && buffer.contains("[hostile]"), "\(buffer.debugDescription)")
        #expect(!buffer.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E },
                "\(buffer.debugDescription)")
        t.send("q")
        #expect(t.waitFor("lectern exited 0"), "\(t.capture())")
    }
}
