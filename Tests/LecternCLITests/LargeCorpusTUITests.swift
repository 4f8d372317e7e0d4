import Foundation
import LecternCore
import Testing

/// A corpus of 100,000 items opens, scrolls and searches in the explorer, through a real terminal.
@Suite struct LargeCorpusTUITests {
    /// 100,000 papers made from the bundled ones (short abstracts keep the file small enough to write fast).
    static func writeLargeCorpus(to path: String) throws {
        let bundled = try CorpusDecoder.decode(Corpus.bundledData())
        let papers = bundled.items.filter { $0.kind == .paper }
        var corpus = Corpus(sources: bundled.sources, sessions: bundled.sessions,
                            items: bundled.items.filter { $0.kind != .paper })
        corpus.items.reserveCapacity(100_000)
        var n = 0
        while corpus.items.count < 100_000 {
            var item = papers[n % papers.count]
            item.id += "-\(n)"
            item.title += " \(n)"
            item.abstract = String(item.abstract.prefix(160))
            corpus.items.append(item)
            n += 1
        }
        try corpus.jsonData().write(to: URL(fileURLWithPath: path))
    }

    /// Writes the large corpus into the session's folder and opens lectern on it (under the tty
    /// wrapper), waiting until it shows.
    static func openLargeCorpus(in t: Tmux) throws {
        let corpus = t.path("large.json")
        try writeLargeCorpus(to: corpus)
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("clear; \(script) --corpus \"\(corpus)\"")
        #expect(t.waitFor("100000 items", timeout: 60), "the large corpus never opened: \(t.capture())")
    }

    @Test func hundredThousandItemsOpenScrollAndSearch() throws {
        let t = try Tmux(width: 120, height: 36)
        defer { t.shutdown() }
        try LargeCorpusTUITests.openLargeCorpus(in: t)
        // The trending papers entry holds the 99,968 papers; scroll to the end of it and back.
        t.send("G", "k", "Enter")
        #expect(t.waitFor("1/99968", timeout: 30), "the papers did not open: \(t.capture())")
        t.send("G")
        #expect(t.waitFor("99968/99968", timeout: 30), "End did not reach the last paper: \(t.capture())")
        for _ in 0..<5 { t.send("PageUp") }
        #expect(t.waitUntil(timeout: 30) { !$0.contains("99968/99968") && $0.contains("/99968") } != nil,
                "PageUp did not move: \(t.capture())")
        t.send("/")
        t.type("perceiver")
        #expect(t.waitUntil(timeout: 30) { $0.contains("search: perceiver") && $0.contains(" ms ") } != nil,
                "the search did not answer: \(t.capture())")
        t.send("Escape")
        t.send("q")
        #expect(t.waitFor("lectern exited 0", timeout: 30), "lectern did not quit: \(t.capture())")
    }

    /// `r` opens the related-work panel at once, whether or not the index (built in the background
    /// from the first frame on) is ready, and the panel fills in when it is.
    @Test func relatedWorkOnAHundredThousandItemsOpensAndFillsIn() throws {
        let t = try Tmux(width: 120, height: 36)
        defer { t.shutdown() }
        // The clock tick is ten minutes away (as in every tmux test): the panel can only fill
        // because the finished index wakes the loop.
        try LargeCorpusTUITests.openLargeCorpus(in: t)
        t.send("Enter")
        t.send("r")
        #expect(t.waitFor("Related to: Relative Positional Encoding", timeout: 30), "no related panel: \(t.capture())")
        let filled = t.waitUntil(timeout: 60) { $0.contains("shared: ") && !$0.contains("Building the related-work index") }
        #expect(filled?.contains("[Paper] Benchmarking Positional Encodings") == true, "the panel never filled: \(t.capture())")
        t.send("Enter")
        #expect(t.waitFor("Kind     Paper", timeout: 30), "Enter did not open the related paper: \(t.capture())")
        t.send("q")
        #expect(t.waitFor("lectern exited 0", timeout: 30), "lectern did not quit: \(t.capture())")
    }
}
