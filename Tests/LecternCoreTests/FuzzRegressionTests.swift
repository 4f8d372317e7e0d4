import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore
import LecternStorage

/// Inputs that once crashed or hung a fuzzer (and the hand-made hostile seeds) stay here as
/// regression tests: each must parse or be rejected with an error, never crash, and every string
/// that comes out must sanitize to safe text.
///
/// To add a crash found by `make fuzz`: copy the file from `Fuzz/.build-crashes/` to
/// `Tests/LecternCoreTests/Fixtures/fuzz/pages/` (page importer) or `.../fuzz/corpus/` (decoder).
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static func files(in folders: [String]) -> [URL] {
        folders.flatMap { folder -> [URL] in
            let dir = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.sorted().filter { !$0.hasPrefix(".") }.map { dir.appendingPathComponent($0) }
        }
    }

    static let pageInputs = files(in: ["Tests/LecternCoreTests/Fixtures/fuzz/pages", "Fuzz/Seeds/pages"])
    static let corpusInputs = files(in: ["Tests/LecternCoreTests/Fixtures/fuzz/corpus", "Fuzz/Seeds/corpus"])

    static func checkSafe(_ text: String) {
        #expect(TerminalSafe.isSafe(TerminalSafe.sanitize(text)))
        #expect(TerminalSafe.isSafeMultiline(TerminalSafe.sanitizeMultiline(text)))
    }

    @Test func thereAreInputs() {
        #expect(Self.pageInputs.count >= 10)
        #expect(Self.corpusInputs.count >= 4)
    }

    @Test(arguments: pageInputs)
    func pageImporterSurvives(file: URL) throws {
        let data = try Data(contentsOf: file)
        for parse in [PageImporter.parse, PageDecoding.parse] {
            guard let page = try? parse(data, file.lastPathComponent, 2021) else { continue }
            for item in page.items {
                Self.checkSafe(item.title)
                Self.checkSafe(item.abstract)
                item.authors.forEach(Self.checkSafe)
            }
            for session in page.sessions { Self.checkSafe(session.title) }
            page.warnings.forEach(Self.checkSafe)
        }
    }

    @Test(arguments: corpusInputs)
    func corpusDecoderSurvives(file: URL) throws {
        let data = try Data(contentsOf: file)
        let corpus: Corpus
        do {
            corpus = try CorpusDecoder.decode(data, fileName: file.lastPathComponent)
        } catch let error as CorpusDecodingError {
            #expect(!error.problems.isEmpty, "\(file.lastPathComponent): rejected without a problem")
            #expect(error.problems.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(file.lastPathComponent): a problem with no position")
            error.problems.forEach { Self.checkSafe($0.description) }
            return
        }
        // Every session is one row of the sessions pane (then papers, then bookmarks), and every
        // item is reachable: under its session or among the papers, exactly once.
        let state = State(corpus: corpus)
        let papers = corpus.items.filter { $0.sessionId == nil }
        #expect(state.sessionEntries.count == corpus.sessions.count + (papers.isEmpty ? 0 : 1) + 1)
        #expect(Set(state.sessionEntries.compactMap { if case .session(let id) = $0 { id } else { nil } }) == Set(corpus.sessions.map(\.id)))
        let reachable = (state.catalog.itemsBySession.values.flatMap { $0 } + state.catalog.paperIndices).sorted()
        #expect(reachable == Array(corpus.items.indices), "\(file.lastPathComponent): items lost or shown twice")
        for item in corpus.items { Self.checkSafe(item.title) }
    }

    // MARK: lenient decoding

    @Test func invalidUTF8BecomesReplacementWithWarning() {
        let data = Data("line one\nab".utf8) + Data([0xFF, 0xFE]) + Data("cd\n".utf8) + Data([0xC3])
        let (text, warnings) = PageDecoding.decodeUTF8(data: data, fileName: "p.txt")
        #expect(text == "line one\nab\u{FFFD}\u{FFFD}cd\n\u{FFFD}")
        #expect(warnings == [
            "p.txt:2:3: invalid UTF-8 at byte offset 11 replaced by U+FFFD (2 on this line)",
            "p.txt:3:1: invalid UTF-8 at byte offset 16 replaced by U+FFFD",
        ])
    }

    @Test func decodingMatchesTheStandardLibrary() {
        var rng = SeededGenerator(seed: 0x0DEC)
        let pool: [UInt8] = [0x41, 0x0A, 0x80, 0xBF, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90, 0xFF]
        for _ in 0..<500 {
            let bytes: [UInt8] = (0..<Int.random(in: 0..<64, using: &rng)).map { _ in
                pool.randomElement(using: &rng) ?? 0
            }
            let (text, warnings) = PageDecoding.decodeUTF8(data: Data(bytes), fileName: "r")
            #expect(text == String(decoding: bytes, as: UTF8.self), "seed \(rng.seed): \(bytes)")
            #expect(warnings.isEmpty == (String(validating: bytes, as: UTF8.self) != nil), "seed \(rng.seed): \(bytes)")
        }
    }

    @Test func manyBadLinesAreSummarised() {
        let data = Data((0..<50).flatMap { _ in [0xFF, 0x0A] as [UInt8] })
        let (_, warnings) = PageDecoding.decodeUTF8(data: data, fileName: "p")
        #expect(warnings.count == PageDecoding.maxWarnedLines + 1)
        #expect(warnings.last == "p: invalid UTF-8 replaced by U+FFFD on 30 more lines")
    }

    @Test func validTextHasNoWarnings() {
        let (text, warnings) = PageDecoding.decodeUTF8(data: Data("Zürich 東京 🙂\n".utf8), fileName: "p")
        #expect(text == "Zürich 東京 🙂\n")
        #expect(warnings.isEmpty)
    }

    // MARK: bookmark files

    /// A bookmark file of random bytes or mangled JSON: a file that decodes loads as it decodes and
    /// is left untouched; any other is moved aside byte for byte, with a warning naming the file.
    @Test func bookmarkStoreSurvivesGarbage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-garbage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SeededGenerator(seed: 0xB0B0)
        var decodedNothing = 0
        let valid = #"{"entries":{"a":{"itemId":"a","note":"n","priority":"maybe","title":"t"}},"version":1}"#
        guard case .success(let one) = BookmarkStore.decode(Data(valid.utf8)), one.count == 1 else {
            Issue.record("the unchanged file must decode")
            return
        }
        for round in 0..<200 {
            var bytes: [UInt8]
            if round % 2 == 0 {
                bytes = (0..<Int.random(in: 0..<300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            } else {
                bytes = Array(valid.utf8)
                // Some rounds change nothing or only letters, so some files still decode.
                let letters = Array("abcnopt".utf8)
                for _ in 0..<Int.random(in: 0...5, using: &rng) {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = round % 4 == 1
                        ? letters[Int.random(in: 0..<letters.count, using: &rng)] : UInt8.random(in: 0...255, using: &rng)
                }
            }
            let url = dir.appendingPathComponent("bookmarks-\(round).json")
            try Data(bytes).write(to: url)
            let context = "seed \(rng.seed) round \(round)"
            let (bookmarks, warning) = try BookmarkStore(url: url).load()
            let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(url.lastPathComponent + ".corrupt-") }
            switch BookmarkStore.decode(Data(bytes)) {
            case .success(let decoded):
                #expect(warning == nil, "\(context): \(warning ?? "")")
                #expect(bookmarks == decoded, "\(context)")
                #expect(try Data(contentsOf: url) == Data(bytes), "\(context): a good file was changed")
                #expect(aside.isEmpty, "\(context)")
            case .failure:
                decodedNothing += 1
                let text = try #require(warning, "\(context): a bad file loaded without a warning")
                #expect(text.contains(url.path), "\(context): \(text)")
                #expect(bookmarks.entries.isEmpty, "\(context)")
                #expect(!FileManager.default.fileExists(atPath: url.path), "\(context): the bad file is still in place")
                #expect(aside.count == 1, "\(context): \(aside)")
                if let name = aside.first {
                    #expect(try Data(contentsOf: dir.appendingPathComponent(name)) == Data(bytes), "\(context): not kept byte for byte")
                }
            }
        }
        #expect(decodedNothing > 0 && decodedNothing < 200, "seed \(rng.seed): \(decodedNothing) of 200 rejected")
    }
}
