import Foundation
import Testing
@testable import LecternCore
import LecternTestSupport

/// The arXiv metadata snapshot reader: a seeded generated snapshot fed in chunks of every size, the
/// category and date filters, and hand-written lines (truncated, not objects, CRLF, a BOM).
@Suite struct ArxivSnapshotReaderTests {
    /// A deterministic generator (SplitMix64), so every run sees the same snapshot.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let categories = ["cs.LG", "cs.CL", "math.PR", "hep-th", "cs.CV stat.ML", "q-bio.NC"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `count` lines and, for each, its categories and first-version date.
    static func snapshot(_ count: Int, seed: UInt64) -> (text: String, papers: [(categories: [String], date: String)]) {
        var random = SeededGenerator(seed: seed)
        var text = ""
        var papers: [(categories: [String], date: String)] = []
        for n in 0..<count {
            let year = [2019, 2023, 2024, 2025][Int.random(in: 0..<4, using: &random)]
            let month = Int.random(in: 1...12, using: &random), day = Int.random(in: 1...28, using: &random)
            let cats = categories[Int.random(in: 0..<categories.count, using: &random)]
            let date = String(format: "%04d-%02d-%02d", year, month, day)
            text += #"{"id":"\#(String(format: "%02d%02d.%05d", year % 100, month, n))","submitter":"S","authors":"D. Lemire","#
            text += #""title":"Paper \#(n) on $x^2$ by G{\\\"o}del","comments":"\#(n) pages","journal-ref":null,"doi":null,"#
            text += #""categories":"\#(cats)","license":null,"abstract":"  Line one\n  line two.\n","#
            text += #""versions":[{"version":"v1","created":"Mon, \#(day) \#(months[month - 1]) \#(year) 10:00:00 GMT"}],"#
            text += #""update_date":"2025-06-01","authors_parsed":[["Lemire","Daniel",""],["King","Martin Luther","Jr."]]}"# + "\n"
            papers.append((cats.split(separator: " ").map(String.init), date))
        }
        return (text, papers)
    }

    static func stream(_ bytes: [UInt8], chunk: Int, options: ImportOptions) throws -> (corpus: Corpus, messages: [ImportMessage]) {
        var builder = CorpusBuilder(options: options)
        var stream = ArxivSnapshotStream(origin: SourceName("snapshot.jsonl"), options: options)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            stream.feed(bytes[start..<end])
            start = end
        }
        try stream.finish(into: &builder)
        return (builder.build(sources: ["snapshot.jsonl"]), builder.messages)
    }

    @Test func generatedSnapshotFilteredWhileStreamed() throws {
        let (text, papers) = Self.snapshot(3000, seed: 17)
        let bytes = Array(text.utf8)
        #expect(SourceImport.reader(for: bytes) == ArxivSnapshotReader.self)
        let options = ImportOptions(categories: ["cs.LG", "cs.CL"], since: "2024-01-01")
        let expected = papers.filter { p in p.categories.contains { $0 == "cs.LG" || $0 == "cs.CL" } && p.date >= "2024-01-01" }.count
        #expect(expected > 100)
        for chunk in [1, 7, 4096, 1 << 20] {
            let (corpus, messages) = try Self.stream(bytes, chunk: chunk, options: options)
            #expect(messages.isEmpty)
            #expect(corpus.items.count == expected)
        }
        let (all, _) = try Self.stream(bytes, chunk: 65536, options: ImportOptions())
        #expect(all.items.count == 3000)
        // A whole archive: every cs.* paper.
        let cs = try Self.stream(bytes, chunk: 65536, options: ImportOptions(categories: ["cs"])).corpus
        #expect(cs.items.count == papers.filter { $0.categories.contains { $0.hasPrefix("cs.") } }.count)
        let first = try #require(all.items.first)
        #expect(first.authors == ["Daniel Lemire", "Martin Luther King Jr."])
        #expect(first.title == "Paper 0 on $x^2$ by Gödel")
        #expect(first.abstract == "Line one line two.")
        #expect(first.date == papers[0].date && first.updated == "2025-06-01" && first.comment == "0 pages")
        #expect(first.links?.map(\.title) == ["Abstract page", "PDF"])
        #expect(first.source.line == 1)
        #expect(try CorpusDecoder.decode(try all.jsonData()) == all)
    }

    @Test func badLinesAreSkippedWithTheirPlace() throws {
        let text = "\u{FEFF}" + #"{"id":"0704.0001","submitter":"P","title":"Good","categories":"hep-ph","authors_parsed":[["Bal\\'azs","C.",""]],"doi":"10.1103/PhysRevD.76.013009","journal-ref":"Phys.Rev.D76:013009,2007"}"# + "\r\n"
            + "\n"
            + #"{"id":"0704.0002","title":"Trunc"# + "\n"
            + "[1, 2]\n"
            + #"{"id":"0704.0003","categories":"math.CO"}"# + "\n"
            + #"{"id":"0704.0004","submitter":"x","title":"Last line, no newline","categories":"cs.LG"}"#
        let (corpus, messages) = try SourceImport.importSources([("lines.jsonl", Array(text.utf8))])
        #expect(corpus.items.map(\.id) == ["arxiv-0704-0001", "arxiv-0704-0004"])
        let good = corpus.items[0]
        #expect(good.authors == ["C. Balázs"])
        #expect(good.doi == "10.1103/PhysRevD.76.013009" && good.journalRef == "Phys.Rev.D76:013009,2007")
        #expect(good.links?.last == ItemLink(title: "DOI", url: "https://doi.org/10.1103/PhysRevD.76.013009"))
        let places = messages.map(\.description)
        #expect(places.count == 3)
        #expect(places[0].hasPrefix("lines.jsonl:3:"))
        #expect(places[1].hasPrefix("lines.jsonl:4:1: expected a paper with an \"id\""))
        #expect(places[2].hasPrefix("lines.jsonl:5:1: expected a title in the paper 0704.0003"))
    }
}
