import Foundation
import Testing
@testable import LecternCore

/// The one import interface: detection by content, and the ICML pages imported exactly as before.
@Suite struct SourceImportTests {
    @Test func seedPagesThroughTheReadersMatchTheCommittedCorpus() throws {
        let pages = try ImportSupport.seedPages()
        let result = try SourceImport.importSources(pages.map { ($0.fileName, [UInt8]($0.data)) })
        let committed = try Data(contentsOf: ImportSupport.packageRoot.appendingPathComponent("Sources/CLecternData/data/corpus.json"))
        #expect(try result.corpus.jsonData() == committed)
        #expect(result.corpus.conferences == nil)
    }

    @Test func eachSeedPageIsRecognisedByItsLayoutsReader() throws {
        for page in try ImportSupport.seedPages() {
            let reader = try #require(SourceImport.reader(for: [UInt8](page.data)))
            let expected = page.fileName.hasPrefix("004") ? PaperListingReader.formatName : SessionPageReader.formatName
            #expect(reader.formatName == expected, "\(page.fileName)")
        }
    }

    @Test func filesInNoSupportedFormatAreRefusedNamingTheFormats() throws {
        let readme = try Data(contentsOf: ImportSupport.packageRoot.appendingPathComponent("README.md"))
        let corpus = Corpus.bundledData()
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 600)
        let zeros = [UInt8](repeating: 0, count: 1 << 20)
        for (name, bytes) in [("README.md", [UInt8](readme)), ("corpus.json", [UInt8](corpus)), ("ls", elf), ("zeros", zeros), ("empty", [])] {
            #expect(SourceImport.reader(for: bytes) == nil, "\(name)")
            var builder = CorpusBuilder()
            do {
                try SourceImport.read(bytes, origin: SourceName(name), into: &builder)
                Issue.record("\(name) was imported")
            } catch {
                #expect(error.description.hasPrefix("\(name):1:1: expected a file in a supported format ("))
                #expect(error.description.contains("ICML session page"))
            }
        }
    }

    @Test func newFieldsRoundTripThroughBothDecoders() throws {
        let t0 = try #require(Timestamp(iso8601: "2021-02-06T09:00:00+01:00"))
        let t1 = try #require(Timestamp(iso8601: "2021-02-06T09:25:00+01:00"))
        let conference = Conference(id: "fosdem-2021", title: "FOSDEM 2021", acronym: "fosdem21", start: "2021-02-06",
                                    end: "2021-02-07", timeZone: "Europe/Brussels", format: "frab schedule XML")
        let session = Session(id: "s", title: "K.fosdem", moderator: nil, start: t0, end: t1, timeZone: "Europe/Brussels",
                              zoneAbbreviation: nil, source: Provenance(file: "f.xml", line: 3), conference: "fosdem-2021", room: "K.fosdem")
        let item = Item(id: "fosdem-2021-11795", kind: .talk, title: "Welcome & hello", authors: ["Zoë"], abstract: "A",
                        sessionId: "s", start: t0, end: t1, source: Provenance(file: "f.xml", line: 16), conference: "fosdem-2021",
                        subtitle: "sub", room: "K.fosdem", track: "FOSDEM", type: "maintrack", language: "en",
                        links: [ItemLink(title: "Video", url: "https://video.fosdem.org/x.webm")])
        let corpus = Corpus(sources: ["f.xml"], sessions: [session], items: [item], conferences: [conference])
        let data = try corpus.jsonData()
        #expect(try CorpusDecoder.decode(data) == corpus)
        #expect(try CorpusDecoder.decodeFully(data, fileName: "c") == corpus)
        let fast = data.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self)) }
        #expect(fast == corpus)
    }

    @Test func anItemNamingAnUnknownConferenceIsAProblemWithItsPath() throws {
        let t0 = try #require(Timestamp(iso8601: "2021-02-06T09:00:00+01:00"))
        let item = Item(id: "x", kind: .paper, title: "T", authors: [], abstract: "", source: Provenance(file: "f", line: 1),
                        conference: "nowhere")
        _ = t0
        let data = try Corpus(sources: [], items: [item]).jsonData()
        #expect(throws: CorpusDecodingError.self) { try CorpusDecoder.decode(data) }
        do { _ = try CorpusDecoder.decode(data) } catch let error as CorpusDecodingError {
            #expect(error.problems.contains { $0.path == "items[0].conference" })
        }
    }
}
