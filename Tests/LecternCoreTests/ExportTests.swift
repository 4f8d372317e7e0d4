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
        #expect(text.contains("### Deep Learning 1; & more, really (17:00–18:00 PDT)"))
        #expect(text.contains("- **17:10–17:25 PDT** Ties & {Braces}, \"Quotes\" – Dvořák — Spotlight · maybe"))
        #expect(text.contains("  > and a newline: Dvořák"))
        #expect(text.contains("## Papers"))
        #expect(text.contains("Bounds in $\\\\ell\\_2$ for Caf\\\\'e"))
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

    @Test func xAsksForAnExport() {
        var state = State(corpus: ExportFixture.corpus())
        let (input, _) = ExportRunner.input(for: state)
        #expect(reduce(&state, .keyPressed(.char("x"))) == [.export(.markdown, input, fileName: "lectern-bookmarks.md")])
    }
}
