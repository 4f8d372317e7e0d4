import Foundation
import LecternCore
import Testing

/// A megabyte title or a megabyte word in an abstract (valid corpus data) keeps the explorer
/// responsive: every key press is answered well within a generous deadline, and q quits at once.
@Suite struct MegabyteWordsTUITests {
    static let megabyte = 1 << 20

    static func corpus() -> Corpus {
        func at(_ h: Int, _ m: Int) -> Timestamp { Timestamp(year: 2021, month: 7, day: 20, hour: h, minute: m, utcOffsetSeconds: -7 * 3600) }
        let session = Session(id: "huge", title: "Huge Words Session", moderator: nil, start: at(9, 0), end: at(10, 0),
                              timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: Provenance(file: "000.txt", line: 1))
        let items = [
            Item(id: "small-first", kind: .oral, title: "A Small Talk Before", authors: ["Ada"], abstract: "Short.",
                 sessionId: "huge", start: at(9, 0), end: at(9, 10), source: Provenance(file: "000.txt", line: 2)),
            Item(id: "huge-title", kind: .oral, title: "Titleword" + String(repeating: "x", count: megabyte), authors: ["Bo"],
                 abstract: "The abstract of the huge title.", sessionId: "huge", start: at(9, 10), end: at(9, 20),
                 source: Provenance(file: "000.txt", line: 3)),
            Item(id: "huge-word", kind: .oral, title: "A Talk With A Huge Word", authors: ["Cy"],
                 abstract: "Beginning " + String(repeating: "y", count: megabyte) + " ending words.",
                 sessionId: "huge", start: at(9, 20), end: at(9, 30), source: Provenance(file: "000.txt", line: 4)),
            Item(id: "small-last", kind: .oral, title: "A Small Talk After", authors: ["Di"], abstract: "Short too.",
                 sessionId: "huge", start: at(9, 30), end: at(9, 40), source: Provenance(file: "000.txt", line: 5)),
        ]
        return Corpus(sources: ["000.txt"], sessions: [session], items: items)
    }

    @Test func everyKeyIsAnsweredWithMegabyteTitlesAndWords() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let path = t.path("huge.json")
        try Self.corpus().jsonData().write(to: URL(fileURLWithPath: path))
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("clear; \(script) --corpus \"\(path)\"")
        #expect(t.waitFor("Huge Words Session", timeout: 60), "\(t.capture())")
        t.send("Tab")
        // Down through the huge title and the huge word, each answered on screen.
        t.send("j")
        // The details show the title wrapped (it fills the pane) instead of the small talk's.
        #expect(t.waitFor("│ xxxxxxxxxxxxxxxxxxxx", timeout: 60), "\(t.capture())")
        t.send("j")
        #expect(t.waitFor("Beginning", timeout: 60), "\(t.capture())")
        #expect(t.capture().contains("yyyyyyyyyy"))
        // In the details pane: to the end of the megabyte word and back, a page at a time too.
        t.send("Tab")
        t.send("End")
        #expect(t.waitFor("ending words.", timeout: 60), "\(t.capture())")
        t.send("Home")
        #expect(t.waitFor("Beginning", timeout: 60), "\(t.capture())")
        t.send("PageDown")
        #expect(t.waitGone("Beginning", timeout: 60), "\(t.capture())")
        t.send("BTab")
        t.send("j")
        #expect(t.waitFor("Short too.", timeout: 60), "\(t.capture())")
        for _ in 0..<3 { t.send("k") }
        #expect(t.waitFor("Short.", timeout: 60), "\(t.capture())")
        // A search over the megabyte texts answers too, and M opens over them.
        t.send("/")
        t.type("titleword")
        #expect(t.waitFor("1 result", timeout: 60), "\(t.capture())")
        t.send("Escape")
        #expect(t.waitGone("1 result", timeout: 60), "\(t.capture())")
        t.send("M")
        #expect(t.waitFor("Messages (", timeout: 60), "\(t.capture())")
        t.send("Escape")
        #expect(t.waitGone("Messages (", timeout: 60), "\(t.capture())")
        t.send("Enter")
        t.send("q")
        #expect(t.waitFor("lectern exited 0", timeout: 60), "\(t.capture())")
        #expect(t.capture().contains("tty restored"))
    }

    @Test func wrappingAMegabyteWordIsLinearAndStopsAtTheScreen() {
        let word = String(repeating: "z", count: Self.megabyte)
        let all = DisplayWidth.wrap("a " + word + " b", width: 100)
        #expect(all.count == Self.megabyte / 100 + 2)
        #expect(all.first == "a")
        #expect(all.last == String(repeating: "z", count: Self.megabyte % 100) + " b")
        #expect(all.dropFirst().dropLast().allSatisfy { $0.utf8.count == 100 })
        let screen = DisplayWidth.wrap(word, width: 80, maxLines: 40)
        #expect(screen.count == 40 && screen.allSatisfy { $0.utf8.count == 80 })
        #expect(DisplayWidth.truncate(word, to: 10) == String(repeating: "z", count: 9) + "…")
    }
}
