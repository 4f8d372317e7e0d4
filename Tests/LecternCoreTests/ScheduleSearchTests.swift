import Foundation
@testable import LecternCore
import Testing

/// `room:`, `track:`, `type:`, `lang:` and `conf:` on a small hand-written corpus with rooms, and on
/// real schedules from ../shared/samples/schedules/ (counts taken from the files).
@Suite struct ScheduleSearchTests {
    static func fixture() -> Corpus {
        let src = Provenance(file: "fixture.xml", line: 1)
        func t(_ h: Int) -> Timestamp { Timestamp(year: 2021, month: 2, day: 6, hour: h, minute: 0, utcOffsetSeconds: 3600) }
        let items = [
            Item(id: "welcome", kind: .oral, title: "Welcome to FOSDEM", authors: ["Richard Hartmann"], abstract: "Opening.",
                 start: t(9), end: t(10), source: src, conference: "fosdem-2021", room: "K.fosdem", track: "FOSDEM",
                 type: "maintrack", language: "en"),
            Item(id: "rust", kind: .oral, title: "Rust in the kernel", authors: ["Ana Hobden"], abstract: "Memory safety for drivers.",
                 start: t(10), end: t(11), source: src, conference: "fosdem-2021", room: "D.rust", track: "Rust devroom",
                 type: "devroom", language: "en"),
            Item(id: "depage", kind: .oral, title: "Graphics drivers", authors: ["Léa Müller"], abstract: "Kernel modesetting.",
                 start: t(11), end: t(12), source: src, conference: "fosdem-2021", room: "H.1302 (Depage)", track: "Graphics devroom",
                 type: "devroom", language: "de"),
            Item(id: "ada", kind: .oral, title: "Opening ceremony", authors: ["bleeptrack"], abstract: "Welcome to the congress.",
                 start: t(12), end: t(13), source: src, conference: "36c3", room: "Saal Ada", track: "CCC",
                 type: "Lightning Talk", language: "de"),
            Item(id: "paper", kind: .paper, title: "A paper with no room", authors: [], abstract: "Kernel methods.", source: src),
        ]
        let conferences = [
            Conference(id: "fosdem-2021", title: "FOSDEM 2021", start: "2021-02-06", end: "2021-02-07", timeZone: "Europe/Brussels"),
            Conference(id: "36c3", title: "36th Chaos Communication Congress", acronym: "36c3", start: "2019-12-27",
                       end: "2019-12-30", timeZone: "Europe/Berlin"),
        ]
        return Corpus(items: items, conferences: conferences)
    }

    let index = SearchIndex(corpus: ScheduleSearchTests.fixture())

    func ids(_ q: String) -> [String] {
        index.search(q).results.map { index.corpus.items[$0].id }
    }

    @Test func roomMatchesWordsOfTheRoomNameAsPrefixes() {
        #expect(ids("room:k.fosdem") == ["welcome"])
        #expect(ids("room:depage") == ["depage"])
        #expect(ids("room:h.1302") == ["depage"])
        #expect(ids("room:ad") == ["ada"])
        #expect(ids("ROOM:Saal") == ["ada"])
        #expect(ids("room:\"saal ada\"") == ["ada"])
        // The room's words in order, the last one a prefix.
        #expect(ids("room:\"ada saal\"").isEmpty)
        #expect(ids("room:ada").count == 1)
    }

    @Test func roomCombinesWithWordsNegationAndAlternatives() {
        #expect(ids("kernel room:d.rust") == ["rust"])
        #expect(Set(ids("kernel")) == ["rust", "depage", "paper"])
        #expect(Set(ids("kernel -room:rust")) == ["depage", "paper"])
        #expect(Set(ids("room:rust | room:depage")) == ["rust", "depage"])
        // A room word is not a text word: the room does not turn up in a plain search.
        #expect(ids("depage").isEmpty)
    }

    @Test func trackTypeAndLanguage() {
        #expect(Set(ids("track:devroom")) == ["rust", "depage"])
        #expect(ids("track:graphics") == ["depage"])
        #expect(Set(ids("type:devroom")) == ["rust", "depage"])
        #expect(ids("type:lightning") == ["ada"])
        #expect(ids("type:\"lightning talk\"") == ["ada"])
        #expect(Set(ids("lang:de")) == ["depage", "ada"])
        #expect(Set(ids("language:en")) == ["welcome", "rust"])
        #expect(ids("lang:de track:ccc") == ["ada"])
        #expect(ids("lang:fr").isEmpty)
    }

    @Test func conferenceMatchesItsNameAcronymOrTitle() {
        #expect(Set(ids("conf:fosdem")) == ["welcome", "rust", "depage"])
        #expect(Set(ids("conf:fosdem-2021")) == ["welcome", "rust", "depage"])
        #expect(ids("conf:36c3") == ["ada"])
        #expect(ids("conference:\"chaos communication\"") == ["ada"])
        #expect(Set(ids("kernel -conf:fosdem")) == ["paper"])
    }

    @Test func anEmptyValueIsAnErrorWithItsPosition() {
        let q = Query(parsing: "kernel room:")
        #expect(q.error == QueryError(message: "expected a value after room:", position: 12))
        #expect(Query(parsing: "track:\"\"").error?.message == "expected a value after track:")
        #expect(Query(parsing: "colour:red").error?.message.contains("room, track, type, lang, conf") == true)
    }

    @Test func itemsWithoutTheFieldNeverMatch() {
        #expect(!ids("room:a").contains("paper"))
        #expect(!ids("conf:a").contains("paper"))
        // An excluded value is whole words, as an excluded word is.
        #expect(Set(ids("-room:ada")) == ["welcome", "rust", "depage", "paper"])
        #expect(ids("-room:ad").count == 5)
    }

    // MARK: - real schedules

    static func load(_ names: [String]) throws -> Corpus {
        let sources = try names.map { name in
            (name, try [UInt8](Data(contentsOf: ScheduleImportTests.samples.appendingPathComponent("schedules/\(name)"))))
        }
        return try SourceImport.importSources(sources, options: ImportOptions()).corpus
    }

    @Test func fieldsOnThe36C3Schedule() throws {
        let index = SearchIndex(corpus: try Self.load(["36c3_everything.schedule.json"]))
        func count(_ q: String) -> Int { index.search(q).results.count }
        // Counts from the file: events per room, language, type and track.
        #expect(count("room:borg") == 101)
        #expect(count("room:ada") == 39)
        #expect(count("room:\"lecture room\"") == 153)
        #expect(count("lang:de") == 553)
        #expect(count("lang:de type:lecture") == 54)
        #expect(count("type:lightning") == 101)
        #expect(count("track:security") == 70)
        #expect(count("room:borg -lang:en") == 20)
        let opening = try #require(index.search("room:ada lang:de type:lecture opening").results.first)
        #expect(index.corpus.items[opening].room == "Ada")
    }

    @Test func conferenceFilterAcrossTwoSchedules() throws {
        let index = SearchIndex(corpus: try Self.load(["36c3_everything.schedule.json", "debconf23.xml"]))
        func count(_ q: String) -> Int { index.search(q).results.count }
        #expect(count("conf:36c3") == 1351)
        #expect(count("conf:debconf") == 117)
        #expect(count("conf:\"chaos communication\"") == 1351)
        #expect(count("-conf:36c3") == 117)
    }
}
