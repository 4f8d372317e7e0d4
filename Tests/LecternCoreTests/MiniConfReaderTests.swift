import Foundation
import Testing
@testable import LecternCore

/// The Mini-Conf site data (ICLR 2020): `papers.csv` and `main_calendar.json`, and CSV's hard cases.
@Suite struct MiniConfReaderTests {
    static let folder = ScheduleImportTests.samples.appendingPathComponent("papers/miniconf-iclr2020")

    static func bytes(_ name: String) throws -> [UInt8] { try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))) }

    @Test func iclr2020PapersAndCalendar() throws {
        let papers = try Self.bytes("papers.csv"), calendar = try Self.bytes("main_calendar.json")
        #expect(SourceImport.reader(for: papers) == MiniConfPapersReader.self)
        #expect(SourceImport.reader(for: calendar) == MiniConfCalendarReader.self)
        let (corpus, messages) = try SourceImport.importSources([("papers.csv", papers), ("main_calendar.json", calendar)])
        #expect(messages.isEmpty, "\(messages)")
        let read = corpus.items.filter { $0.kind == .paper }
        #expect(read.count == 687)
        let snn = try #require(read.first { $0.id == "miniconf-b1xsperkvh" })
        #expect(snn.title == "Enabling Deep Spiking Neural Networks with Hybrid Conversion and Spike Timing Dependent Backpropagation")
        #expect(snn.authors == ["Nitin Rathi", "Gopalakrishnan Srinivasan", "Priyadarshini Panda", "Kaushik Roy"])
        #expect(snn.keywords == ["imagenet"])
        #expect(snn.abstract.hasPrefix("Spiking Neural Networks (SNNs) operate with asynchronous discrete events"))
        #expect(snn.abstract.hasSuffix("Poster sessions: Tues Session 1, Mon Session 1"))
        #expect(read.allSatisfy { !$0.title.isEmpty && !$0.authors.isEmpty })

        let events = corpus.items.filter { $0.kind != .paper }
        #expect(events.count == 56)
        #expect(events.filter { $0.type == "Q&A" }.count == 6 && events.filter { $0.type == "talk" }.count == 1)
        let qa = try #require(events.first { $0.title == "Live Q&A: Mihaela van der Schaar" })
        #expect(qa.start?.iso8601 == "2020-04-29T11:00:00+00:00" && qa.end?.iso8601 == "2020-04-29T11:30:00+00:00")
        #expect(qa.links == [ItemLink(title: "Event page", url: "https://iclr.cc/virtual/speaker_5.html")] && qa.room == nil)
        #expect(events.allSatisfy { $0.room == nil }, "a web address is never a room")
        let conference = try #require(corpus.conferences?.first)
        #expect(conference.start == "2020-04-27" && conference.end == "2020-04-30" && conference.timeZone == "UTC")
        #expect(try CorpusDecoder.decode(try corpus.jsonData()) == corpus)
        // Ids are stable across imports.
        let again = try SourceImport.importSources([("papers.csv", papers), ("main_calendar.json", calendar)]).corpus
        #expect(again.items.map(\.id) == corpus.items.map(\.id))
    }

    @Test func csvQuotesCommasLineBreaksAndBrokenRows() throws {
        let csv = "\u{FEFF}title,UID,authors,abstract,keywords,pdf_url\r\n"
            + "\"A, quoted \"\"title\"\"\",k1,Ann Lee|Bo Li,\"two\r\nlines\",x|y,https://example.org/a.pdf\r\n"
            + ",k2,Nobody,,,\r\n"
            + "Plain,k3,Cy Young,short,,\n"
            + "Broken,k4,Di Ng,\"never closed\n"
            + "more,text\n"
        let (corpus, messages) = try SourceImport.importSources([("p.csv", Array(csv.utf8))])
        #expect(corpus.items.map(\.id) == ["miniconf-k1", "miniconf-k3"])
        let first = corpus.items[0]
        #expect(first.title == "A, quoted \"title\"" && first.authors == ["Ann Lee", "Bo Li"] && first.abstract == "two lines")
        #expect(first.keywords == ["x", "y"] && first.links == [ItemLink(title: "PDF", url: "https://example.org/a.pdf")])
        #expect(corpus.items[1].source.line == 5)
        let skipped = messages.compactMap { m -> ImportError? in if case .skipped(let e) = m { return e } else { return nil } }
        #expect(skipped.map(\.line) == [4, 6], "\(messages)")
        #expect(skipped.last?.expected.contains("quoted field opened on line 6") == true)
    }

    @Test func otherCSVAndJSONAreNotMiniConf() throws {
        #expect(!MiniConfPapersReader.recognises(ArraySlice(Array("id,title,author\n1,a,b\n".utf8))))
        #expect(!MiniConfCalendarReader.recognises(ArraySlice(Array("[{\"title\": \"x\", \"start\": \"y\"}]".utf8))))
        let orals = try [UInt8](Data(contentsOf: ScheduleImportTests.samples.appendingPathComponent("papers/icml_2024_oral.openreview-v2.json")))
        #expect(SourceImport.reader(for: orals) == OpenReviewReader.self)
        #expect(throws: ImportError.self) {
            try SourceImport.importSources([("c.json", Array("[{\"calendarId\": \"qa\", \"start\": \"soon\", \"title\": \"x\"}]".utf8))])
        }
    }
}
