import Foundation
import Testing
@testable import LecternCore
import LecternStorage

@Suite struct ExportTests {
    let input = ExportFixture.input
    let now = ExportFixture.now

    /// Undoes RFC 5545 folding and TEXT escaping.
    func unfold(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    func unescapeICS(_ value: String) -> String {
        var out = ""
        var escaped = false
        for c in value {
            if escaped {
                out += c == "n" || c == "N" ? "\n" : String(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The bundled corpus's four Q&A slots, each named after its session.
    @Test func qaSlotsAreNamedAfterTheirSession() throws {
        let corpus = try CorpusDecoder.decode(Corpus.bundledData(), fileName: "corpus.json")
        let qa = corpus.items.indices.filter { corpus.items[$0].kind == .qa }
        #expect(qa.count == 4)
        let input = ExportInput.results(qa, corpus: corpus, bookmarks: Bookmarks())
        let summaries = unfold(ICSExporter.render(input, now: now).text).filter { $0.hasPrefix("SUMMARY:") }
        #expect(summaries.count == 4 && Set(summaries).count == 4, "\(summaries)")
        #expect(summaries.allSatisfy { $0.hasPrefix("SUMMARY:Q&A: ") })
        let markdown = MarkdownExporter.render(input).text
        for session in corpus.sessions where qa.contains(where: { corpus.items[$0].sessionId == session.id }) {
            #expect(markdown.contains("Q\\&A: " + session.title), "\(session.title)")
        }
        let item = corpus.items[qa[0]]
        #expect(item.displayTitle(session: nil) == "Q&A", "without its session it keeps its title")
    }

    @Test func icsIsFoldedEscapedAndInUTC() throws {
        let result = ICSExporter.render(input, now: now)
        let text = result.text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "only CRLF line ends")
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "line longer than 75 octets: \(line)")
        }
        let lines = unfold(text)
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2, "the paper has no time and is left out")
        #expect(result.notes.contains { $0.contains("1 paper") })
        #expect(lines.contains("UID:poolingformer-long-document-modeling-with-pooling-attention@lectern"))
        #expect(lines.contains("DTSTART:20210721T001000Z"))
        #expect(lines.contains("DTEND:20210721T002500Z"))
        #expect(lines.contains("DTSTAMP:20260102T030400Z"))
        #expect(lines.contains("LOCATION:Deep Learning 1\\; & more\\, really"))
        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:Ties") })
        #expect(unescapeICS(String(summary.dropFirst(8))) == "Ties & {Braces}, \"Quotes\" – Dvořák")
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:Authors: Antonín") })
        let decoded = unescapeICS(String(description.dropFirst(12)))
        #expect(decoded.contains(ExportFixture.tricky), "the note survives")
        #expect(decoded.contains("backslash \\ and 50%"))
    }

    @Test func icsFoldingNeverSplitsAUTF8Sequence() {
        let long = "SUMMARY:" + String(repeating: "ř", count: 100) + String(repeating: "€", count: 40) + "x"
        let folded = ICSExporter.fold(long)
        let bytes = Array(folded.utf8)
        var start = 0
        for i in bytes.indices where i + 1 < bytes.count && bytes[i] == 13 && bytes[i + 1] == 10 || i == bytes.count - 1 {
            let end = i == bytes.count - 1 && bytes[i] != 10 ? i + 1 : i
            let line = Array(bytes[start..<end])
            #expect(line.count <= 75)
            #expect(String(bytes: line, encoding: .utf8) != nil, "a line ends inside a UTF-8 sequence")
            start = i + 2
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
        #expect(ICSExporter.fold("SHORT:x") == "SHORT:x")
    }

    @Test func bibtexHasStableKeysBooktitleAndEscapes() {
        let text = BibTeXExporter.render(input).text
        #expect(text.contains("@inproceedings{zhang2021poolingformer,"))
        #expect(text.contains("@inproceedings{dvorak2021ties,"))
        #expect(text.contains("@misc{anonbounds,"))
        #expect(text.contains("booktitle = {ICML 2021}"))
        #expect(text.contains("title = {Ties \\& \\{Braces\\}, \"Quotes\" – Dvořák}"))
        #expect(text.contains("author = {Antonín Dvořák and B. Smith}"))
        #expect(text.contains("backslash \\textbackslash{} and 50\\% of \\#1 \\textasciitilde{} \\textasciicircum{} \\_ \\$."))
        #expect(text.contains("abstract = {We show $\\ell_2$ bounds at 50\\% cost.}"), "existing LaTeX is kept")
        #expect(text.contains("title = {Bounds in $\\ell_2$ for Caf\\'e}"))
        #expect(!text.contains("gone-from-corpus"))
        #expect(BibTeXExporter.render(input).text == text, "stable")
        // Each field's braces balance, as BibTeX counts them.
        for line in text.split(separator: "\n") where line.hasPrefix("  ") {
            #expect(line.filter { $0 == "{" }.count == line.filter { $0 == "}" }.count, "\(line)")
        }
    }

    @Test func unbalancedBracesUseTextCommands() {
        #expect(BibTeXExporter.escape("a { b") == "a \\textbraceleft{} b")
        #expect(BibTeXExporter.escape("x } { y") == "x \\textbraceright{} \\textbraceleft{} y")
        #expect(BibTeXExporter.escapeKeepingLaTeX("$x$ and { alone") == "$x$ and \\textbraceleft{} alone")
    }

    @Test func booktitleOnlyForKnownConferences() {
        var corpus = ExportFixture.corpus()
        corpus.sessions[0].start = Timestamp(year: 2019, month: 3, day: 1, hour: 9, minute: 0, utcOffsetSeconds: 0)
        corpus.sessions[0].timeZone = "Europe/Prague"
        let text = BibTeXExporter.render(.bookmarked(corpus: corpus, bookmarks: ExportFixture.bookmarks())).text
        #expect(!text.contains("ICML"))
        #expect(text.contains("booktitle = {Deep Learning 1; \\& more, really}"))
        #expect(BibTeXExporter.render(input, booktitle: "My Conf").text.contains("booktitle = {My Conf}"))
    }

    @Test func markdownGroupsByDayAndSession() {
        let text = MarkdownExporter.render(input).text
        #expect(text.contains("## Tuesday 20 July 2021"))
        #expect(text.contains("### Deep Learning 1; & more, really — 17:00–18:00 PDT"))
        #expect(text.contains("- **17:10–17:25 PDT** Ties & Braces, \"Quotes\" – Dvořák — Spotlight · maybe"))
        #expect(text.contains("  > and a newline: Dvořák"))
        #expect(text.contains("## Papers"))
        #expect(text.contains("- Bounds in ℓ₂ for Café — Paper · must see"), "a title's LaTeX is written as readable text")
        #expect(text.contains("## Missing from corpus"))
        #expect(text.contains("A talk that vanished (`gone-from-corpus`) — must see"))
    }

    @Test func jsonRoundTripsTheText() throws {
        let data = Data(JSONExporter.render(input).text.utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["poolingformer-long-document-modeling-with-pooling-attention", "tricky-title", "a-paper-with-latex", "gone-from-corpus"])
        #expect(items[1]["note"] as? String == ExportFixture.tricky)
        #expect(items[1]["priority"] as? String == "maybe")
        #expect(items[1]["title"] as? String == "Ties & {Braces}, \"Quotes\" – Dvořák")
        #expect(items[3]["missingFromCorpus"] as? Bool == true)
        #expect(items[2]["start"] is NSNull)
    }

    @Test func csvQuotesPerRFC4180() {
        let text = CSVExporter.render(input).text
        #expect(text.hasPrefix("id,kind,title,authors,session,room,start,end,priority,note,missing_from_corpus,abstract\r\n"))
        #expect(text.contains("tricky-title,spotlight,\"Ties & {Braces}, \"\"Quotes\"\" – Dvořák\",Antonín Dvořák; B. Smith,"))
        #expect(text.contains("\"Fast & {curly} \"\"quoted\"\", with commas\nand a newline: Dvořák\""))
        #expect(CSVExporter.field("plain") == "plain")
        #expect(CSVExporter.field("a,b") == "\"a,b\"")
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func exportRunnerWritesTheBookmarksAndSaysWhere() throws {
        var state = State(corpus: ExportFixture.corpus())
        _ = reduce(&state, .bookmarks(.loaded(ExportFixture.bookmarks(), warning: nil)))
        let dir = NSTemporaryDirectory() + "lectern-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let (input, base) = ExportRunner.input(for: state)
        let message = ExportRunner.run(.ics, input, fileName: base + ".ics", directory: dir)
        #expect(message.hasPrefix("Exported 2 items to \(dir)/lectern-bookmarks.ics"))
        let written = try String(contentsOfFile: dir + "/lectern-bookmarks.ics", encoding: .utf8)
        #expect(written.contains("BEGIN:VEVENT"))
        #expect(ExportRunner.run(.csv, input, fileName: base + ".csv", directory: dir + "/missing/dir").hasPrefix("Export failed: cannot write"))
    }

}
/// What the real readers of each format complained about (issue 19: BibTeX, Markdown, ICS, CSV).
@Suite struct ExportReaderRulesTests {
    static func item(_ id: String, _ kind: ItemKind, title: String, authors: [String] = [], abstract: String = "",
                     session: String? = "deep-learning-1", at minute: Int? = 0) -> Item {
        func at(_ m: Int) -> Timestamp { Timestamp(year: 2021, month: 7, day: 20, hour: 17, minute: m, utcOffsetSeconds: -7 * 3600) }
        return Item(id: id, kind: kind, title: title, authors: authors, abstract: abstract, sessionId: session,
                    start: minute.map(at), end: minute.map { at($0 + 5) }, source: Provenance(file: "000.txt", line: 1))
    }

    static func input(_ items: [Item], notes: [String: String] = [:]) -> ExportInput {
        var corpus = ExportFixture.corpus()
        corpus.items = items
        var b = Bookmarks()
        for item in items { BookmarkChange.add(Bookmark(itemId: item.id, title: item.title, note: notes[item.id])).apply(to: &b) }
        return .bookmarked(corpus: corpus, bookmarks: b)
    }

    @Test func bibtexWritesMonthMacrosProtectsCapitalsAndKeysTheWordWhole() {
        let text = BibTeXExporter.render(Self.input([
            Self.item("box", .spotlight, title: "What's in the Box? TableSense for Q&A on a Poincaré ResNet", authors: ["Jonas Fischer"]),
        ])).text
        #expect(text.contains("  month = jul,"), "the macro, not {jul}")
        #expect(text.contains("title = {What's in the Box? {TableSense} for {Q\\&A} on a Poincaré {ResNet}}"))
        #expect(text.contains("@inproceedings{fischer2021box,"))
        #expect(BibTeXExporter.citationKey(authors: ["A B"], year: 2021, title: "Self-Normalizing Networks") == "b2021selfnormalizing")
    }

    @Test func bibtexLeavesOutQAAndGivesAuthorlessEntriesAKey() {
        let result = BibTeXExporter.render(Self.input([
            Self.item("qa", .qa, title: "Q&A"),
            Self.item("talk", .oral, title: "A Talk Without Speakers"),
            Self.item("paper", .paper, title: "Bounds in $\\ell_2$", session: nil, at: nil),
        ]))
        #expect(!result.text.contains("Q\\&A"))
        #expect(result.notes.contains("1 Q&A slot has nothing to cite and was left out"))
        #expect(result.text.contains("@misc{anon2021talk,\n  title = {A Talk Without Speakers},\n  key = {A Talk Without Speakers},"))
        #expect(result.text.contains("  year = {2021},"))
        #expect(result.text.contains("key = {Bounds in l2}"))
        #expect(!result.text.contains("@inproceedings"), "@inproceedings requires an author")
    }

    @Test func bibtexKeepsOnlyLaTeXThatLaTeXDefines() {
        let escaped = BibTeXExporter.escapeKeepingLaTeX("360{\\deg} images by {\\bf \\inerflong}, or \\inerf, at $\\ell_2 \\times \\foo$ and \\emph{x} caf\\'e")
        #expect(escaped == "360{\\textdegree{}} images by {\\bf inerflong}, or inerf, at $\\ell_2 \\times \\mathrm{foo}$ and \\emph{x} caf\\'e")
        #expect(BibTeXExporter.escapeKeepingLaTeX("an \\alpha outside math") == "an \\ensuremath{\\alpha} outside math")
    }

    @Test func markdownQuotesNotesAsBlocksAndEscapesWhatReadersInterpret() {
        let text = MarkdownExporter.render(Self.input([
            Self.item("t", .oral, title: "Costs in $\\frac{\\ell_1}{\\ell_2}$ ^2", authors: ["A B"], abstract: "See https://x.org/a."),
        ], notes: ["t": "- dash first\r\nthen $5 & ^up\rlast"])).text
        #expect(text.contains("Costs in ℓ₁/ℓ₂ \\^2"))
        #expect(text.contains("  A B\n\n  > \\- dash first\\\n  > then \\$5 & \\^up\\\n  > last\n\n  Links: <https://x.org/a>\n"))
    }

    @Test func lineBreaksAreOneRuleInEveryFormat() {
        #expect(ExportText.lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
        #expect(ICSExporter.escape("a\r\nb\rc\nd\te") == "a\\nb\\nc\\nd\te", "a tab is kept")
        #expect(CSVExporter.field("a\r\nb\rc") == "\"a\nb\nc\"")
        #expect(BibTeXExporter.escape("a\r\nb\rc") == "a b c")
    }

    @Test func anEmptyCalendarIsStillACalendar() {
        let result = ICSExporter.render(Self.input([]), now: ExportFixture.now)
        #expect(result.text.contains("BEGIN:VTIMEZONE\r\nTZID:UTC\r\n"))
        #expect(result.notes == ["no talk to put in the calendar: it holds no event"])
        #expect(ICSExporter.render(Self.input([Self.item("t", .oral, title: "T")]), now: ExportFixture.now).text.contains("VTIMEZONE") == false)
    }

    @Test func csvFieldsThatLookLikeFormulasAreText() {
        for formula in ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"] {
            #expect(CSVExporter.field(formula).hasPrefix("\"'"), "\(formula)")
        }
        #expect(CSVExporter.field("=1+\"2\"") == "\"'=1+\"\"2\"\"\"")
        #expect(CSVExporter.field("a-b") == "a-b")
    }

    @Test func markdownShowsTheReadersZoneWithTheConferencesBeside() {
        var input = Self.input([Self.item("t", .oral, title: "T")])
        input.displayTimeZone = "Europe/Berlin"
        let text = MarkdownExporter.render(input).text
        #expect(text.contains("## Wednesday 21 July 2021"))
        #expect(text.contains("- **02:00–02:05 "), "\(text)")
        #expect(text.contains("(17:00–17:05 PDT)** T"))
    }
}

@Suite struct BibTeXUnicodeTests {
    /// pdflatex's UTF-8 input knows Latin letters, dashes and quotes, not arrows or Greek letters.
    @Test func symbolsPdflatexDoesNotKnowBecomeLaTeX() {
        #expect(BibTeXExporter.escape("X → Y, α ≤ 1 − ε, Dvořák – “ok”") ==
                "X \\ensuremath{\\rightarrow} Y, \\ensuremath{\\alpha} \\ensuremath{\\leq} 1 \\ensuremath{-} \\ensuremath{\\epsilon}, Dvořák – “ok”")
        #expect(BibTeXExporter.escapeKeepingLaTeX("$x$ → √2") == "$x$ \\ensuremath{\\rightarrow} \\ensuremath{\\surd}2")
    }
}
