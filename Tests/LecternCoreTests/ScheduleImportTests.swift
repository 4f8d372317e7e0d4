import Foundation
import Testing
@testable import LecternCore

/// The real schedules in ../shared/samples/schedules/, imported as they are: counts and spot checks
/// taken from the files.
@Suite struct ScheduleImportTests {
    static var samples: URL {
        if let env = ProcessInfo.processInfo.environment["LECTERN_SAMPLES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return ImportSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")
    }

    static func load(_ name: String, timeZone: String? = nil) throws -> (corpus: Corpus, messages: [ImportMessage]) {
        let bytes = try [UInt8](Data(contentsOf: samples.appendingPathComponent("schedules/\(name)")))
        return try SourceImport.importSources([(name, bytes)], options: ImportOptions(timeZone: timeZone))
    }

    static func item(_ corpus: Corpus, _ id: String) throws -> Item {
        try #require(corpus.items.first { $0.id == id }, "no item \(id)")
    }

    @Test func fosdem2021() throws {
        let (corpus, messages) = try Self.load("fosdem_2021.xml", timeZone: "Europe/Brussels")
        #expect(corpus.items.count == 773)
        // 108 rooms are listed; D.graph and S.radio hold no event.
        #expect(Set(corpus.items.compactMap(\.room)).count == 106)
        #expect(Set(corpus.items.compactMap(\.track)).count == 109)
        #expect(messages.isEmpty)
        let conference = try #require(corpus.conferences?.first)
        #expect(conference == Conference(id: "fosdem-2021", title: "FOSDEM 2021", start: "2021-02-06", end: "2021-02-07",
                                         timeZone: "Europe/Brussels", format: "frab schedule XML"))
        let welcome = try Self.item(corpus, "fosdem-2021-11795")
        #expect(welcome.title == "Welcome to FOSDEM 2021")
        #expect(welcome.start?.iso8601 == "2021-02-06T09:00:00+01:00")
        #expect(welcome.end?.iso8601 == "2021-02-06T09:25:00+01:00")
        #expect(welcome.room == "K.fosdem" && welcome.track == "FOSDEM" && welcome.type == "maintrack")
        #expect(welcome.abstract == "FOSDEM welcome and opening talk.\n\nWelcome to FOSDEM 2021!")
        #expect(welcome.links?.first == ItemLink(title: "Video recording (WebM/VP9)", url: "https://video.fosdem.org/2021/K.fosdem/keynotes_welcome.webm"))
        let fuss = try Self.item(corpus, "fosdem-2021-11164")
        #expect(fuss.authors == ["Marco Marinello", "Paolo Dongilli"])
        #expect(fuss.subtitle == "Remotely accessing files in a distributed LDAP and Samba-based infrastructure")
        #expect(corpus.items.contains { $0.title == "Building a front-end for a p2p app with Fluence & Aquamarine" })
        #expect(corpus.items.contains { $0.authors.contains("Bob Dröge") })
        #expect(corpus.items.allSatisfy { !$0.abstract.contains("<p>") && !$0.abstract.contains("&lt;") && !$0.abstract.contains("&amp;") })
        #expect(try CorpusDecoder.decode(try corpus.jsonData()) == corpus)
    }

    @Test func fosdemWithoutAZoneWarnsThatUTCWasAssumed() throws {
        let (corpus, messages) = try Self.load("fosdem_2021.xml")
        #expect(corpus.conferences?.first?.timeZone == "UTC")
        #expect(messages == [.warning("fosdem_2021.xml: the schedule names no time zone; UTC assumed (give --time-zone ZONE, e.g. --time-zone Europe/Brussels)")])
        #expect(try Self.item(corpus, "fosdem-2021-11795").start?.iso8601 == "2021-02-06T09:00:00+00:00")
    }

    @Test func debconf23() throws {
        let (corpus, messages) = try Self.load("debconf23.xml")
        #expect(messages.isEmpty)
        #expect(corpus.items.count == 117)
        #expect(Set(corpus.items.compactMap(\.room)).count == 5)
        let conference = try #require(corpus.conferences?.first)
        #expect(conference.timeZone == "Asia/Kolkata" && conference.acronym == "debconf23" && conference.start == "2023-09-10")
        let opening = try Self.item(corpus, "debconf23-35")
        #expect(opening.start?.iso8601 == "2023-09-10T10:30:00+05:30")
        #expect(opening.end?.iso8601 == "2023-09-10T10:50:00+05:30")
        #expect(opening.abstract == "Welcome to DebConf23")  // description only, no abstract
        #expect(opening.authors == ["Sruthi Chandran"])
        #expect(opening.type == "Long talk (45 minutes)")
    }

    @Test func thirtySixC3() throws {
        let (corpus, messages) = try Self.load("36c3_everything.schedule.json")
        #expect(messages.isEmpty)
        #expect(corpus.items.count == 1351)
        #expect(Set(corpus.items.compactMap(\.room)).count == 92)
        #expect(Set(corpus.items.map(\.id)).count == 1351)
        let opening = try Self.item(corpus, "36c3-11223")
        #expect(opening.authors == ["bleeptrack", "blinry"] && opening.language == "de" && opening.type == "lecture")
        // Crosses midnight: 23:30 for an hour.
        let sim = try Self.item(corpus, "36c3-10737")
        #expect(sim.title == "SIM card technology from A-Z")
        #expect(sim.start?.iso8601 == "2019-12-27T23:30:00+01:00")
        #expect(sim.end?.iso8601 == "2019-12-28T00:30:00+01:00")
        // An event after midnight stays with the day it is listed under (day_start 11:00 to day_end 04:00).
        let session = try #require(corpus.sessions.first { $0.id == sim.sessionId })
        #expect(session.id.hasPrefix("36c3-2019-12-27-"))
    }

    @Test func pretalxDemocon() throws {
        let (corpus, _) = try Self.load("pretalx-democon.json")
        #expect(corpus.items.count == 36)
        #expect(Set(corpus.items.compactMap(\.room)) == ["Gray Room", "Tan Room"])
        #expect(Set(corpus.sessions.map { String($0.id.dropFirst("democon-".count).prefix(10)) }).count == 3)
        let first = try Self.item(corpus, "democon-25")
        #expect(first.start?.iso8601 == "2020-12-14T08:00:00+00:00")  // 09:00+01:00 in the conference's UTC
        #expect(first.abstract.hasPrefix("Brand back-end models!\n\nStation provide certain mean."))
    }

    @Test func hubSchedule2() throws {
        let (corpus, _) = try Self.load("hub-schedule2.json")
        #expect(corpus.items.count == 2)
        let opening = try Self.item(corpus, "38c3-hqccyh")
        #expect(opening.room == "Saal 1")
        #expect(opening.authors == ["Gabriela Bogk", "Aline Blankertz"])  // speakers, not the contributor
        #expect(opening.start?.iso8601 == "2024-12-27T10:30:00+01:00" && opening.end?.iso8601 == "2024-12-27T11:00:00+01:00")
        #expect(opening.links?.contains(ItemLink(title: "Slides", url: "https://example.net/foo/bar/1235.pdf")) == true)
        #expect(corpus.conferences?.first?.timeZone == "Europe/Berlin")
    }

    @Test func linuxConfAu2020() throws {
        let (corpus, messages) = try Self.load("linux_conf_au_2020.ics")
        #expect(messages.isEmpty)
        #expect(corpus.items.count == 262)
        #expect(Set(corpus.items.compactMap(\.room)).count == 7)
        #expect(Set(corpus.items.map { ZoneClock.localDate(try! #require($0.start)) }).count == 6)
        let conference = try #require(corpus.conferences?.first)
        #expect(conference.title == "linux.conf.au 2020" && conference.timeZone == "Australia/Brisbane")
        let breakfast = try Self.item(corpus, "linux-conf-au-2020-201")
        #expect(breakfast.start?.iso8601 == "2020-01-14T07:00:00+10:00")
        // Folded, escaped HTML made readable, the link kept with its URL.
        #expect(breakfast.abstract.hasPrefix("Women of Open Technology Breakfast (/programme/events/#woot-breakfast), Presented by ThoughtWorks")
                || breakfast.abstract.hasPrefix("Women of Open Technology Breakfast, Presented by ThoughtWorks"))
        #expect(breakfast.abstract.contains("Gold Coast Convention and Exhibition Centre, Room 5"))
        let welcome = try Self.item(corpus, "linux-conf-au-2020-94")
        #expect(welcome.authors == ["Joel Addison"] && welcome.abstract == "Opening Remarks and Housekeeping")
    }

    @Test func everySampleTogetherHasUniqueIds() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.samples.appendingPathComponent("schedules").path).sorted()
        let sources = try names.map { ($0, try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("schedules/\($0)")))) }
        let pages = try ImportSupport.seedPages().map { ($0.fileName, [UInt8]($0.data)) }
        let (corpus, _) = try SourceImport.importSources(pages + sources)
        #expect(corpus.conferences?.count == 6)
        let ids = corpus.items.map(\.id) + corpus.sessions.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(corpus.items.prefix(32).first?.id == "relative-positional-encoding-for-transformers-with-linear")
        #expect(try CorpusDecoder.decode(try corpus.jsonData()) == corpus)
    }
}
