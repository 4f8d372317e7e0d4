import Foundation
import Glibc
import Testing
import LecternCore
import LecternStorage

/// `SearchIndexFile`: an index is used only while its record of the library holds; file times are
/// compared first and the bytes hashed only when they differ.
@Suite struct SearchIndexFileTests {
    /// A library folder with two entries written by `Library.add`, and what a start would load.
    struct Fixture {
        let folder: String
        let library: Library
        let file: SearchIndexFile

        init() throws {
            folder = NSTemporaryDirectory() + "lectern-index-" + UUID().uuidString
            library = Library(folder: folder)
            file = SearchIndexFile(folder: folder)
            let corpus = SearchIndexEncodingTests.generated(seed: 9, count: 120)
            let entry = LibraryEntry(name: "gen", title: "Generated", start: nil, end: nil, items: corpus.items.count, talks: 0, papers: 0,
                                     sources: [], format: "test", conferences: [], file: nil, added: nil)
            _ = try library.add(entry, corpus: corpus, bundled: { Corpus() })
        }

        func loaded() throws -> [(entry: LibraryEntry, data: Data?)] { try #require(try library.load()) }

        /// The merged corpus the commands would search (the bundled entry stands for nothing here).
        func corpus(_ loaded: [(entry: LibraryEntry, data: Data?)]) throws -> Corpus {
            let parts = try loaded.map { e, data in
                CorpusMerge.Part(name: e.name, title: e.title, corpus: try data.map { try CorpusDecoder.decode($0, fileName: e.name) } ?? Corpus())
            }
            return CorpusMerge.merge(parts)
        }

        func entryPath(_ loaded: [(entry: LibraryEntry, data: Data?)]) throws -> String {
            folder + "/" + (try #require(loaded.compactMap(\.entry.file).first))
        }

        func read(build: String = "b1") throws -> String? {
            let loaded = try loaded()
            switch file.read(corpus: try corpus(loaded), loaded: loaded, build: build) {
            case .fresh: return nil
            case .rebuild(let reason): return reason
            }
        }

        func write(build: String = "b1") throws {
            let loaded = try loaded()
            try file.write(SearchIndex(corpus: try corpus(loaded)), loaded: loaded, build: build)
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    @Test func theRecordDecidesWhetherTheFileIsUsed() throws {
        let f = try Fixture()
        defer { f.remove() }
        #expect(try f.read() == "it was missing")
        try f.write()
        #expect(try f.read() == nil)
        // The decoded index answers as a fresh build.
        let loaded = try f.loaded()
        let corpus = try f.corpus(loaded)
        if case .fresh(let index) = f.file.read(corpus: corpus, loaded: loaded, build: "b1") {
            SearchIndexEncodingTests.expectSameAnswers(SearchIndex(corpus: corpus), index, SearchIndexEncodingTests.typing, "library")
        } else {
            Issue.record("not fresh")
        }
        #expect(try f.read(build: "b2") == "another lectern built it")
        // Touched, same bytes: hashed and still used.
        let path = try f.entryPath(loaded)
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(try f.read() == nil)
        // The same size, other bytes (and the times put back): seen by the change time and the hash.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let word = Array("transformer".utf8)
        let at = try #require((0..<(bytes.count - word.count)).first { bytes[$0..<($0 + word.count)].elementsEqual(word) })
        bytes[at + 9] = UInt8(ascii: "a")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let reason = try f.read()
        #expect(reason?.hasSuffix(" changed") == true, "\(reason ?? "fresh")")
    }

    @Test func anotherEntryListMakesItStale() throws {
        let f = try Fixture()
        defer { f.remove() }
        try f.write()
        _ = try f.library.remove(Library.bundledName, bundled: { Corpus() })
        #expect(try f.read() == "the library changed")
        try f.write()
        #expect(try f.read() == nil)
        // A damaged file is refused by the decoder, with its reason.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: f.file.path)))
        bytes[bytes.count / 2] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: f.file.path))
        #expect(try f.read() == "the checksum does not match")
    }
}
