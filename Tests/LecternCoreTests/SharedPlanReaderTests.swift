import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Reading another person's plan: what each format gives, and that no bytes crash the reader.
@Suite struct SharedPlanReaderTests {
    static let corpus = try! CorpusDecoder.decode(Corpus.bundledData())

    static func export(_ ids: [String]) -> [UInt8] {
        var bookmarks = Bookmarks()
        for id in ids {
            let item = corpus.items.first { $0.id == id }!
            BookmarkChange.add(Bookmark(itemId: id, title: item.title, priority: .maybe)).apply(to: &bookmarks)
        }
        return Array(JSONExporter.render(.bookmarked(corpus: corpus, bookmarks: bookmarks)).text.utf8)
    }

    @Test func aJSONExportGivesItsItemsAndPriorities() throws {
        let ids = Array(Self.corpus.items.prefix(3).map(\.id))
        let plan = try SharedPlanReader.read(Self.export(ids), file: "a.json", name: "Alex", corpus: Self.corpus)
        #expect(Set(plan.entries.map(\.id)) == Set(ids) && plan.entries.allSatisfy { $0.priority == .maybe })
        #expect(plan.unmatched.isEmpty && plan.sourceFormat == "lectern JSON export")
    }

    @Test func anICSExportIsMatchedByTimeAndTitle() throws {
        let talks = Self.corpus.items.filter { $0.start != nil }.prefix(4)
        var bookmarks = Bookmarks()
        for t in talks { BookmarkChange.add(Bookmark(itemId: t.id, title: t.title)).apply(to: &bookmarks) }
        let ics = ICSExporter.render(.bookmarked(corpus: Self.corpus, bookmarks: bookmarks), now: Timestamp(epochSeconds: 0, utcOffsetSeconds: 0))
        let plan = try SharedPlanReader.read(Array(ics.text.utf8), file: "a.ics", name: "Alex", corpus: Self.corpus)
        #expect(Set(plan.entries.map(\.id)) == Set(talks.map(\.id)), "\(plan)")
    }

    /// Mutated exports and calendars, and random bytes: an error or a plan, never a crash.
    @Test(arguments: [UInt64(1), 2, 3])
    func mutatedPlansNeverCrash(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let ids = Array(Self.corpus.items.prefix(5).map(\.id))
        var bookmarks = Bookmarks()
        for item in Self.corpus.items where item.start != nil && bookmarks.entries.count < 3 {
            BookmarkChange.add(Bookmark(itemId: item.id, title: item.title)).apply(to: &bookmarks)
        }
        let ics = Array(ICSExporter.render(.bookmarked(corpus: Self.corpus, bookmarks: bookmarks), now: Timestamp(epochSeconds: 0, utcOffsetSeconds: 0)).text.utf8)
        let bases = [Self.export(ids), ics, []]
        for _ in 0..<300 {
            var bytes = bases.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 1...8, using: &rng) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
                case 1: bytes.remove(at: at)
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 16)], at: at)
                }
            }
            _ = try? SharedPlanReader.read(bytes, file: "m", name: "M", corpus: Self.corpus)
        }
    }
}
