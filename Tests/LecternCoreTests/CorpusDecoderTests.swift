import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct CorpusDecoderTests {
    func seedsCorpus() throws -> Corpus {
        try PageImporter.importPages(try ImportSupport.seedPages()).corpus
    }

    func problems(_ text: String) -> [CorpusProblem] {
        do {
            _ = try CorpusDecoder.decode(Data(text.utf8), fileName: "c.json")
            return []
        } catch let e as CorpusDecodingError {
            return e.problems
        } catch {
            return [CorpusProblem(path: "?", line: 0, column: 0, message: "\(error)")]
        }
    }

    @Test func roundTripKeepsEveryField() throws {
        let corpus = try seedsCorpus()
        let decoded = try CorpusDecoder.decode(try corpus.jsonData(), fileName: "corpus.json")
        #expect(decoded == corpus)
        #expect(try decoded.jsonData() == corpus.jsonData())
        let bundled = try CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")
        #expect(bundled == corpus)
    }

    @Test func truncatedFileNamesLineAndColumn() throws {
        let data = try seedsCorpus().jsonData()
        let cut = data.prefix(5000)
        #expect {
            _ = try CorpusDecoder.decode(Data(cut), fileName: "corpus.json")
        } throws: { error in
            guard let e = error as? CorpusDecodingError, let p = e.problems.first else { return false }
            let text = String(decoding: cut, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return e.problems.count == 1 && p.line == lines.count && p.column == (lines.last?.count ?? 0) + 1
                && e.description.hasPrefix("corpus.json:\(p.line):\(p.column): expected")
        }
        for n in stride(from: 0, to: data.count, by: max(1, data.count / 20)) {
            #expect(throws: CorpusDecodingError.self) { _ = try CorpusDecoder.decode(Data(data.prefix(n)), fileName: "t") }
        }
    }

    @Test func syntaxErrorsSayWhatWasExpected() {
        #expect(problems("{\"version\": 1,\n  \"sources\" [] }").first?.description == "2:13: expected ':' after the member name \"sources\", found '['")
        #expect(problems("[1, 2").first?.description == "1:6: expected ',' or ']' after an array element, found the end of the file")
        #expect(problems("").first?.description == "1:1: expected a value, found the end of the file")
        #expect(problems("{\"a\": \"é\u{1}\"}").first?.column == 9)
        #expect(problems(String(repeating: "[", count: 5000)).count == 1)
    }

    @Test func wrongTypesAreReportedWithTheirJSONPath() throws {
        var object = try JSONSerialization.jsonObject(with: try seedsCorpus().jsonData()) as? [String: Any] ?? [:]
        var items = object["items"] as? [[String: Any]] ?? []
        items[12]["authors"] = ["A", 5]
        items[3]["sessionId"] = "nope"
        items[5]["start"] = "yesterday"
        items[7]["kind"] = "keynote"
        items[9].removeValue(forKey: "title")
        items[11]["id"] = items[10]["id"]
        items[13]["extra"] = true
        object["items"] = items
        object["version"] = 2
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        let found = problems(String(decoding: data, as: UTF8.self))
        let paths = Set(found.map(\.path))
        #expect(found.count == 8)
        #expect(paths == ["version", "items[12].authors[1]", "items[3].sessionId", "items[5].start", "items[7].kind",
                          "items[9].title", "items[11].id", "items[13].extra"])
        #expect(found.contains { $0.path == "items[12].authors[1]" && $0.message == "expected a string, found a number" })
        #expect(found.allSatisfy { $0.line > 1 })
    }

    @Test func semanticChecks() {
        let session = #"{"id":"s","title":"S","start":"2021-07-20T05:00:00-07:00","end":"2021-07-20T04:00:00-07:00","timeZone":"UTC","source":{"file":"f","line":0}}"#
        let talk = #"{"id":"t","kind":"oral","title":"T","authors":[],"abstract":"","source":{"file":"f","line":1}}"#
        let found = problems(#"{"version":1,"sources":[],"sessions":[\#(session),\#(session)],"items":[\#(talk)]}"#)
        let texts = found.map(\.description)
        #expect(texts.contains { $0.contains("sessions[0].end: expected an end no earlier than the start") })
        #expect(texts.contains { $0.contains("sessions[0].source.line: expected a line number of 1 or more") })
        #expect(texts.contains { $0.contains("sessions[1].id: expected a unique id") })
        #expect(texts.contains { $0.contains("items[0]: expected \"sessionId\" on a talk of kind oral") })
        #expect(problems(#"{"version":1,"sources":[],"sessions":[],"items":[]}"#).isEmpty)
    }

    @Test func corruptedBytesGiveProblemsNeverACrash() throws {
        let data = Array(try seedsCorpus().jsonData().prefix(20_000))
        var generator = SeededGenerator(seed: 0xDEC0)
        let noise: [UInt8] = Array("{}[]\",:0123456789-+.eEtrufalsn \\\n\u{7F}".utf8) + [0x00, 0xC3, 0xFF, 0x80]
        for _ in 0..<40 {
            var bytes = data
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let i = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[i] = noise.randomElement(using: &generator) ?? 0
            }
            do {
                _ = try CorpusDecoder.decode(Data(bytes), fileName: "fuzz")
            } catch let error as CorpusDecodingError {
                #expect(!error.problems.isEmpty, "seed \(generator.seed)")
                #expect(error.problems.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "seed \(generator.seed)")
            }
        }
    }
}
