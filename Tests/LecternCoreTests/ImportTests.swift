import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

@Suite struct ImportTests {
    struct TalkExpectation {
        var id: String
        var kind: ItemKind
        var inferred: Bool?
        var title: String
        var authors: [String]
        var abstractPrefix: String
        var start: String
        var end: String
        var line: Int
    }

    func check(_ item: Item, _ e: TalkExpectation, session: String, file: String) {
        #expect(item.id == e.id)
        #expect(item.kind == e.kind)
        #expect(item.kindInferred == e.inferred)
        #expect(item.title == e.title)
        #expect(item.authors == e.authors)
        #expect(item.abstract.hasPrefix(e.abstractPrefix))
        #expect(item.sessionId == session)
        #expect(item.start?.iso8601 == e.start)
        #expect(item.end?.iso8601 == e.end)
        #expect(item.source == Provenance(file: file, line: e.line))
    }

    @Test func unlabelledSessionPageInfersKinds() throws {
        let page = try ImportSupport.parseSeed("000")
        let file = try ImportSupport.seed("000").fileName
        #expect(page.sessions.count == 1)
        let s = try #require(page.sessions.first)
        #expect(s.id == "deep-learning-algorithms-6")
        #expect(s.title == "Deep Learning Algorithms 6")
        #expect(s.moderator == "Graham Taylor")
        #expect(s.start.iso8601 == "2021-07-20T17:00:00-07:00")
        #expect(s.end.iso8601 == "2021-07-20T17:55:00-07:00")
        #expect(s.timeZone == "America/Los_Angeles")
        #expect(s.zoneAbbreviation == "PDT")
        #expect(s.source == Provenance(file: file, line: 4))
        #expect(page.items.count == 8)
        #expect(page.items.filter { $0.kind == .oral }.count == 1)
        #expect(page.items.filter { $0.kind == .spotlight }.count == 6)
        #expect(page.items.allSatisfy { $0.kindInferred == true })
        #expect(page.warnings.count == 1)
        check(page.items[0], TalkExpectation(
            id: "cate-computation-aware-neural-architecture-encoding-with", kind: .oral, inferred: true,
            title: "CATE: Computation-aware Neural Architecture Encoding with Transformers",
            authors: ["Shen Yan", "Kaiqiang Song", "Fei Liu", "Mi Zhang"],
            abstractPrefix: "Recent works (White et al., 2020a; Yan et al., 2020) demonstrate",
            start: "2021-07-20T17:00:00-07:00", end: "2021-07-20T17:20:00-07:00", line: 11), session: s.id, file: file)
        check(page.items[6], TalkExpectation(
            id: "poolingformer-long-document-modeling-with-pooling-attention", kind: .spotlight, inferred: true,
            title: "Poolingformer: Long Document Modeling with Pooling Attention",
            authors: ["Hang ZHANG", "Yeyun Gong", "Yelong Shen", "Weisheng Li", "Jiancheng Lv", "Nan Duan", "Weizhu Chen"],
            abstractPrefix: "In this paper, we introduce a two-level attention schema, Poolingformer",
            start: "2021-07-20T17:45:00-07:00", end: "2021-07-20T17:50:00-07:00", line: 59), session: s.id, file: file)
        let qa = page.items[7]
        #expect(qa.id == "deep-learning-algorithms-6-qa")
        #expect(qa.kind == .qa && qa.kindInferred == true && qa.title == "Q&A" && qa.authors.isEmpty && qa.abstract.isEmpty)
        #expect(qa.start?.iso8601 == "2021-07-20T17:50:00-07:00" && qa.end?.iso8601 == "2021-07-20T17:55:00-07:00")
    }

    @Test func secondUnlabelledSessionPage() throws {
        let page = try ImportSupport.parseSeed("001")
        let file = try ImportSupport.seed("001").fileName
        let s = try #require(page.sessions.first)
        #expect(s.id == "deep-learning-algorithms-1" && s.moderator == "Eric Wong")
        #expect(s.start.iso8601 == "2021-07-20T06:00:00-07:00" && s.end.iso8601 == "2021-07-20T06:55:00-07:00")
        #expect(page.items.count == 8)
        check(page.items[0], TalkExpectation(
            id: "leveraging-sparse-linear-layers-for-debuggable-deep-networks", kind: .oral, inferred: true,
            title: "Leveraging Sparse Linear Layers for Debuggable Deep Networks",
            authors: ["Eric Wong", "Shibani Santurkar", "Aleksander Madry"],
            abstractPrefix: "We show how fitting sparse linear models",
            start: "2021-07-20T06:00:00-07:00", end: "2021-07-20T06:20:00-07:00", line: 11), session: s.id, file: file)
        check(page.items[6], TalkExpectation(
            id: "loss-surface-simplexes-for-mode-connecting-volumes-and-fast", kind: .spotlight, inferred: true,
            title: "Loss Surface Simplexes for Mode Connecting Volumes and Fast Ensembling",
            authors: ["Gregory Benton", "Wesley Maddox", "Sanae Lotfi", "Andrew Wilson"],
            abstractPrefix: "With a better understanding of the loss surfaces",
            start: "2021-07-20T06:45:00-07:00", end: "2021-07-20T06:50:00-07:00", line: 59), session: s.id, file: file)
        #expect(page.items[3].authors.contains("Pietro Lió"))
        #expect(page.items[5].authors == ["T. Anderson Keller", "Jorn Peters", "Priyank Jaini", "Emiel Hoogeboom", "Patrick Forré", "Max Welling"])
        #expect(page.items[7].kind == .qa && page.items[7].id == "deep-learning-algorithms-1-qa")
    }

    @Test func labelledSessionPageKeepsLabelsAndDiacritics() throws {
        let page = try ImportSupport.parseSeed("002")
        let file = try ImportSupport.seed("002").fileName
        let s = try #require(page.sessions.first)
        #expect(s.id == "deep-learning-architectures" && s.title == "Deep Learning Architectures")
        #expect(s.moderator == "Baharan Mirzasoleiman" && s.source.line == 6)
        #expect(s.start.iso8601 == "2021-07-20T05:00:00-07:00" && s.end.iso8601 == "2021-07-20T05:55:00-07:00")
        #expect(page.items.count == 8)
        #expect(page.items.allSatisfy { $0.kindInferred == nil })
        #expect(page.warnings.isEmpty)
        check(page.items[0], TalkExpectation(
            id: "relative-positional-encoding-for-transformers-with-linear", kind: .oral, inferred: nil,
            title: "Relative Positional Encoding for Transformers with Linear Complexity",
            authors: ["Antoine Liutkus", "Ondřej Cífka", "Shih-Lun Wu", "Umut Simsekli", "Yi-Hsuan Yang", "Gaël RICHARD"],
            abstractPrefix: "Recent advances in Transformer models",
            start: "2021-07-20T05:00:00-07:00", end: "2021-07-20T05:20:00-07:00", line: 13), session: s.id, file: file)
        check(page.items[6], TalkExpectation(
            id: "unicornn-a-recurrent-model-for-learning-very-long-time", kind: .spotlight, inferred: nil,
            title: "UnICORNN: A recurrent model for learning very long time dependencies",
            authors: ["T. Konstantin Rusch", "Siddhartha Mishra"],
            abstractPrefix: "The design of recurrent neural networks (RNNs)",
            start: "2021-07-20T05:45:00-07:00", end: "2021-07-20T05:50:00-07:00", line: 67), session: s.id, file: file)
        #expect(page.items[2].authors.contains("Zhangyang “Atlas” Wang"))
        let qa = page.items[7]
        #expect(qa.kind == .qa && qa.kindInferred == nil && qa.title == "Q&A" && qa.authors.isEmpty && qa.abstract.isEmpty)
        #expect(qa.id == "deep-learning-architectures-qa" && qa.source.line == 76)
    }

    @Test func secondLabelledSessionPage() throws {
        let page = try ImportSupport.parseSeed("003")
        let file = try ImportSupport.seed("003").fileName
        let s = try #require(page.sessions.first)
        #expect(s.id == "deep-learning-1" && s.moderator == "Shuicheng YAN")
        #expect(s.start.iso8601 == "2021-07-20T07:00:00-07:00" && s.end.iso8601 == "2021-07-20T07:55:00-07:00")
        check(page.items[0], TalkExpectation(
            id: "not-all-memories-are-created-equal-learning-to-forget-by", kind: .oral, inferred: nil,
            title: "Not All Memories are Created Equal: Learning to Forget by Expiring",
            authors: ["Sainbayar Sukhbaatar", "Da JU", "Spencer Poff", "Stephen Roller", "Arthur Szlam", "Jason Weston", "Angela Fan"],
            abstractPrefix: "Attention mechanisms have shown promising results",
            start: "2021-07-20T07:00:00-07:00", end: "2021-07-20T07:20:00-07:00", line: 14), session: s.id, file: file)
        check(page.items[6], TalkExpectation(
            id: "neural-pull-learning-signed-distance-function-from-point", kind: .spotlight, inferred: nil,
            title: "Neural-Pull: Learning Signed Distance Function from Point clouds by Learning to Pull Space onto Surface",
            authors: ["Baorui Ma", "Zhizhong Han", "Yushen Liu", "Matthias Zwicker"],
            abstractPrefix: "Reconstructing continuous surfaces from 3D point clouds",
            start: "2021-07-20T07:45:00-07:00", end: "2021-07-20T07:50:00-07:00", line: 68), session: s.id, file: file)
        #expect(page.items[5].title == "What's in the Box? Exploring the Inner Life of Neural Networks with Robust Rules")
        #expect(page.items[7].kind == .qa && page.items[7].id == "deep-learning-1-qa")
    }

    @Test func paperListingStripsChromeAndKeepsLaTeX() throws {
        let page = try ImportSupport.parseSeed("004")
        let file = try ImportSupport.seed("004").fileName
        #expect(page.sessions.isEmpty)
        #expect(page.items.count == 320)
        #expect(page.items.allSatisfy { $0.kind == .paper && $0.sessionId == nil && $0.start == nil && $0.authors.isEmpty })
        let first = page.items[0]
        #expect(first.title == "Neural Speech Synthesis with Transformer Network")
        #expect(first.id == "neural-speech-synthesis-with-transformer-network")
        #expect(first.source == Provenance(file: file, line: 3))
        #expect(first.abstract.hasPrefix("Although end-to-end neural text-to-speech (TTS) methods"))
        let poincare = try #require(page.items.first { $0.title == "Poincaré ResNet" })
        #expect(poincare.id == "poincare-resnet")
        #expect(poincare.abstract.contains("Poincar\\'e ball"))
        let latexTitle = try #require(page.items.first { $0.title.contains("\\frac{\\ell_1}{\\ell_2}") })
        #expect(latexTitle.title.contains("$\\frac{\\ell_1}{\\ell_2}$"))
        #expect(page.items.contains { $0.abstract.contains("https://") })
        #expect(!page.items.contains { $0.title.hasPrefix("Get trending") || $0.title.hasPrefix("Subscribe") })
        #expect(Set(page.items.map(\.id)).count == 320)
        #expect(page.items.last?.title == "Learning Graph Structure from Convolutional Mixtures")
    }

    @Test func wholeCorpusHasTheExpectedCounts() throws {
        let corpus = try PageImporter.importPages(try ImportSupport.seedPages()).corpus
        #expect(corpus.sessions.count == 4)
        #expect(corpus.items.filter { $0.kind == .oral || $0.kind == .spotlight }.count == 28)
        #expect(corpus.items.filter { $0.kind == .qa }.count == 4)
        #expect(corpus.items.filter { $0.kind == .paper }.count == 320)
        #expect(corpus.sessions.map(\.id) == ["deep-learning-architectures", "deep-learning-algorithms-1", "deep-learning-1", "deep-learning-algorithms-6"])
        #expect(corpus.sources == (try ImportSupport.seedPages()).map(\.fileName))
        let ids = corpus.items.map(\.id) + corpus.sessions.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(corpus.items.first?.id == "relative-positional-encoding-for-transformers-with-linear")
        #expect(corpus.items[32].id == "neural-speech-synthesis-with-transformer-network")
    }

    @Test func committedCorpusMatchesAFreshImport() throws {
        let fresh = try PageImporter.importPages(try ImportSupport.seedPages()).corpus.jsonData()
        let committed = try Data(contentsOf: ImportSupport.packageRoot.appendingPathComponent("Sources/CLecternData/data/corpus.json"))
        #expect(fresh == committed, "the committed corpus differs from a fresh import of the seeds: run `make corpus`")
        #expect(Corpus.bundledData() == committed, "the binary embeds a stale corpus: rebuild")
    }

    @Test func weekdayThatDoesNotMatchTheYearIsAnError() throws {
        let page = try ImportSupport.seed("000")
        #expect {
            _ = try PageImporter.parse(data: page.data, fileName: page.fileName, year: 2022)
        } throws: { error in
            guard let e = error as? ImportError else { return false }
            return e.line == 11 && e.column == 1 && e.description.hasPrefix("\(page.fileName):11:1: expected a weekday matching 20 July 2022, a Wednesday")
        }
    }

    @Test func malformedSlotIsReportedWithFileLineAndColumnAndTheRestKept() throws {
        let text = """
        Deep Learning X

        Moderator: Someone

        Tue 20 July 17:00 - 17:20 PDT

        First Talk

        Ann · Bob

        Abstract one.

        Tue 20 July 17:20 - 17:2x PDT

        Broken Talk

        Tue 20 July 17:25 - 17:30 XYZ

        Another Broken
        """
        let page = try ImportSupport.page(text, name: "x.txt")
        #expect(page.items.map(\.title) == ["First Talk"])
        #expect(page.skipped.count == 2)
        #expect(page.skipped[0].description.hasPrefix("x.txt:13:"))
        #expect(page.skipped[1].description.hasPrefix("x.txt:17:27: expected a known time-zone abbreviation"))
    }

    @Test func pageWithNothingUsableThrows() throws {
        #expect(throws: ImportError.self) { _ = try ImportSupport.page("") }
        #expect(throws: ImportError.self) { _ = try ImportSupport.page("\u{FEFF}\r\n \t\r\n") }
        #expect(throws: ImportError.self) { _ = try ImportSupport.page("Title\n\nModerator: A\n\nno slots here\n") }
        do {
            _ = try ImportSupport.page("Session X\n\nTue 20 July 17:00 - 17:20 QQQ\n\nTalk\n", name: "000.txt")
            Issue.record("expected an error")
        } catch let e as ImportError {
            #expect(e.file == "000.txt" && e.line == 3 && e.column == 27)
        }
        #expect(throws: ImportError.self) { _ = try PageImporter.parse(data: Data([0x41, 0xFF, 0x0A]), fileName: "bin.txt") }
        #expect(throws: ImportError.self) { _ = try PageImporter.parse(data: Data("Title\nAbstract\n".utf8), fileName: "y.txt", year: Int.max) }
    }

    @Test func crlfBomAndTabsAreHandled() throws {
        let text = "\u{FEFF}Title Here\r\n\r\nModerator:\tJane Doe\r\n\r\n\tMon 19 July 2021 9:00 - 9:30 pst\r\n\r\nOral\r\nA Talk\r\n\r\nX · Y\r\n\r\nAbstract.\r"
        let page = try ImportSupport.page(text)
        let s = try #require(page.sessions.first)
        #expect(s.title == "Title Here" && s.moderator == "Jane Doe" && s.timeZone == "America/Los_Angeles")
        #expect(s.start.iso8601 == "2021-07-19T09:00:00-08:00")
        #expect(page.items.first?.authors == ["X", "Y"])
        #expect(page.items.first?.source.line == 5)
        let cr = try ImportSupport.page("Paper A\rAbstract A\rPaper B\rAbstract B")
        #expect(cr.items.map(\.title) == ["Paper A", "Paper B"])
        #expect(cr.items.map(\.source.line) == [1, 3])
    }

    @Test func idsCollideDeterministicallyAcrossPages() throws {
        let a = (fileName: "a.txt", data: Data("Same Title\nAbstract one\nSame Title\nAbstract two\n".utf8))
        let b = (fileName: "b.txt", data: Data("Same Title\nAbstract three\n".utf8))
        let corpus = try PageImporter.importPages([a, b]).corpus
        #expect(corpus.items.map(\.id) == ["same-title", "same-title-2", "same-title-3"])
        #expect(corpus.items.map(\.source.file) == ["a.txt", "a.txt", "b.txt"])
    }

    /// Random pages (noise from the page's own vocabulary, and a valid page with bytes changed):
    /// each is imported or rejected with an error that points inside the page, and what is
    /// imported is consistent (every item's line is in the page, every session it names exists).
    @Test func arbitraryBytesImportOrFailWithAPosition() {
        var generator = SeededGenerator(seed: 0x1A6E)
        let alphabet = Array("Tue 20 July 17:00 - 17:20 PDT\n\r\t·Oral Q&A Moderator: Session Subscribe Abstract:\u{FEFF}é".utf8)
        let valid = Array("Session X\n\nModerator: Jane Doe\n\nTue 20 July 17:00 - 17:20 PDT\n\nOral\nA Talk\n\nX · Y\n\nAbstract.\n".utf8)
        var imported = 0, rejected = 0
        for round in 0..<300 {
            var bytes: [UInt8]
            if round.isMultiple(of: 2) {
                bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            } else {
                bytes = valid
                for _ in 0..<Int.random(in: 0...2, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = alphabet.randomElement(using: &generator) ?? 0
                }
            }
            let lines = String(decoding: bytes, as: UTF8.self).split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }.count
            let context = "seed \(generator.seed) round \(round): \(String(decoding: bytes, as: UTF8.self).debugDescription)"
            do {
                let page = try PageImporter.parse(data: Data(bytes), fileName: "fuzz.txt")
                imported += 1
                let sessions = Set(page.sessions.map(\.id))
                for item in page.items {
                    #expect(item.source.file == "fuzz.txt" && (1...lines).contains(item.source.line), "\(context): item at line \(item.source.line)")
                    #expect(item.sessionId.map(sessions.contains) ?? true, "\(context): item \(item.id) names an unknown session")
                    #expect(!item.title.isEmpty, "\(context): an item with no title")
                }
                for skip in page.skipped {
                    #expect(skip.file == "fuzz.txt" && (1...lines).contains(skip.line) && skip.column >= 1, "\(context): \(skip)")
                }
            } catch let error as ImportError {
                rejected += 1
                // An error may name the line after the last, where a missing line was expected.
                #expect(error.file == "fuzz.txt" && (1...lines + 1).contains(error.line) && error.column >= 1, "\(context): \(error)")
                #expect(TerminalSafe.isSafe(error.description), "\(context): \(error.description.debugDescription)")
            } catch {
                Issue.record("\(context): not an ImportError: \(error)")
            }
        }
        // Both outcomes happened, so neither branch above went untested.
        #expect(imported > 0 && rejected > 0, "seed \(generator.seed): \(imported) imported, \(rejected) rejected")
    }
}
