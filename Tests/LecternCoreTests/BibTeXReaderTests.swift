import Foundation
import Testing
@testable import LecternCore

/// The BibTeX reader on the PMLR sample and on a hand-written file with every hard case.
@Suite struct BibTeXReaderTests {
    static func read(_ text: String, name: String = "refs.bib") throws -> (corpus: Corpus, messages: [ImportMessage]) {
        try SourceImport.importSources([(name, Array(text.utf8))])
    }

    static func fixture() throws -> (corpus: Corpus, messages: [ImportMessage]) {
        let url = ImportSupport.packageRoot.appendingPathComponent("Tests/LecternCoreTests/Fixtures/papers/hard-cases.bib")
        return try SourceImport.importSources([("hard-cases.bib", try [UInt8](Data(contentsOf: url)))])
    }

    static func item(_ corpus: Corpus, _ id: String) throws -> Item {
        try #require(corpus.items.first { $0.id == id }, "no item \(id)")
    }

    @Test func chil2024Proceedings() throws {
        let bytes = try [UInt8](Data(contentsOf: ScheduleImportTests.samples.appendingPathComponent("papers/chil24.bib")))
        #expect(SourceImport.reader(for: bytes) == BibTeXReader.self)
        let (corpus, messages) = try SourceImport.importSources([("chil24.bib", bytes)])
        #expect(messages.isEmpty)
        // 1 @Proceedings (the venue) and 40 @InProceedings (the papers).
        #expect(corpus.items.count == 40)
        #expect(corpus.items.allSatisfy { $0.kind == .paper && $0.venue == "Proceedings of the fifth Conference on Health, Inference, and Learning" })
        #expect(corpus.items.allSatisfy { $0.date == "2024" && !$0.abstract.isEmpty })
        let han = try Self.item(corpus, "han24")
        #expect(han.title == "Interpretation of Intracardiac Electrograms Through Textual Representations")
        #expect(han.authors == ["William Han", "Diana Guadalupe Gomez", "Avi Alok", "Chaojing Duan", "Michael A Rosenberg",
                                "Douglas J Weber", "Emerson Liu", "Ding Zhao"])
        #expect(han.links == [ItemLink(title: "Code", url: "https://github.com/willxxy/Text-EGM")])
        #expect(han.source == Provenance(file: "chil24.bib", line: 34))
        let kim = try Self.item(corpus, "kim24a")
        #expect(kim.abstract.contains("over 95% accuracy"))
        #expect(kim.authors.first == "Kyungsu Kim" && kim.authors.contains("Adham Mahmoud Alkhadrawi"))
        // 39 give a software field, 4 of them empty.
        #expect(corpus.items.filter { $0.links != nil }.count == 35)
        #expect(try CorpusDecoder.decode(try corpus.jsonData()) == corpus)
    }

    @Test func everyHardCase() throws {
        let (corpus, messages) = try Self.fixture()
        #expect(corpus.items.map(\.id) == ["godel24", "names", "math", "after", "parens"])
        let godel = try Self.item(corpus, "godel24")
        #expect(godel.title == "On Formally Undecidable Propositions by Gödel and Erdős")
        #expect(godel.authors == ["Kurt Gödel", "Pál Erdős", "Émile Borel"])
        #expect(godel.venue == "Proceedings of the 41st International Conference on Machine Learning")
        #expect(godel.date == "2024-07")
        #expect(godel.keywords == ["logic", "incompleteness", "proofs"])
        #expect(godel.doi == "10.1000/xyz123")
        #expect(godel.links == [ItemLink(title: "Paper page", url: "https://example.org/godel"),
                                ItemLink(title: "DOI", url: "https://doi.org/10.1000/xyz123")])
        let names = try Self.item(corpus, "names")
        #expect(names.title == "Names: von and Jr. with ``quotes'' and nested braces deep")
        #expect(names.authors == ["Ludwig van Beethoven", "Jean de la Fontaine", "Martin Luther King, Jr.",
                                  "Charles Louis Xavier Joseph de la Vallée Poussin", "Barnes and Noble, Inc.", "et al."])
        #expect(names.venue == "Proceedings of Machine Learning Research vol. 1")
        #expect(names.date == "2023")
        let math = try Self.item(corpus, "math")
        #expect(math.title == "Bounds on $O(n \\log n)$ sorting with $\\alpha$-stable noise — and more – really")
        #expect(math.authors == ["Åse Smørgrav", "Jürgen Müller", "Grégoire Straße", "Ayşe Çelik"])
        #expect(math.abstract == "We show that 95% of & results hold for $x^2$ and \\(y_1\\).")
        #expect(try Self.item(corpus, "after").authors == ["Ada Lovelace"])
        #expect(try Self.item(corpus, "parens").authors == ["Alan Turing"])
        // The entry that never closes is reported at its line; nothing else is.
        let skipped = messages.compactMap { if case .skipped(let e) = $0 { return e } else { return nil } }
        #expect(skipped.count == 1)
        #expect(skipped.first?.line == 40)
        #expect(skipped.first?.description.contains("hard-cases.bib:40:1: expected the entry opened on line 40 to close") == true)
    }

    @Test func namesInEveryOrder() {
        #expect(BibTeXNames.displayNames("Knuth, Donald E.") == ["Donald E. Knuth"])
        #expect(BibTeXNames.displayNames("Donald E. Knuth") == ["Donald E. Knuth"])
        #expect(BibTeXNames.displayNames("von Neumann, Jr., John") == ["John von Neumann, Jr."])
        #expect(BibTeXNames.displayNames("Vincent van Gogh AND Pablo  Picasso") == ["Vincent van Gogh", "Pablo Picasso"])
        #expect(BibTeXNames.displayNames("Madonna") == ["Madonna"])
        #expect(BibTeXNames.displayNames("{\\'E}douard Manet and Ren{\\'e} Magritte") == ["Édouard Manet", "René Magritte"])
        #expect(BibTeXNames.displayNames("Alexander and Bell, Graham") == ["Alexander", "Graham Bell"])
    }

    @Test func accentsAndEscapes() {
        #expect(LaTeXText.decode("G{\\\"o}del") == "Gödel")
        #expect(LaTeXText.decode("\\v{S}koda \\u{g} \\c c \\k{a} \\r{u} \\~{n} \\^o \\`a \\=e \\.z") == "Škoda ğ ç ą ů ñ ô à ē ż")
        #expect(LaTeXText.decode("na\\\"{\\i}ve \\'{\\i}") == "naïve í")
        #expect(LaTeXText.decode("\\ss{} \\o{} \\AE \\l\\L") == "ß ø ÆłŁ")
        #expect(LaTeXText.decode("A\\&B 50\\% \\$5 \\#1 a\\_b \\{x\\}") == "A&B 50% $5 #1 a_b {x}")
        #expect(LaTeXText.decode("pages 1--6, a---b, self-attention") == "pages 1–6, a—b, self-attention")
        #expect(LaTeXText.decode("$$\\sum_{i} x_i$$ and $a {b} c$") == "$$\\sum_{i} x_i$$ and $a {b} c$")
        #expect(LaTeXText.decode("\\unknown{x}") == "\\unknownx")
    }

    @Test func macrosConcatenationAndUndefinedNames() throws {
        let (corpus, messages) = try Self.read("""
        @string{ conf = "NeurIPS" }
        @string{ full = conf # { 2023} }
        @misc{a, title = full # " workshop", journal = nowhere, year = "2023", month = "11"}
        """)
        let a = try Self.item(corpus, "a")
        #expect(a.title == "NeurIPS 2023 workshop")
        #expect(a.venue == "nowhere")
        #expect(a.date == "2023-11")
        #expect(messages.map(\.description).contains { $0.contains("refs.bib:3: @string nowhere is not defined") })
    }

    @Test func entryAtTheEndThatNeverClosesIsReported() throws {
        let (corpus, messages) = try Self.read("@article{ok, title={Fine}}\n@article{bad,\n  title = {Unfinished\n")
        #expect(corpus.items.map(\.id) == ["ok"])
        #expect(messages.count == 1)
        #expect(messages.first?.description.hasPrefix("refs.bib:2:1: expected the entry opened on line 2 to close (a value in it is still open at the end of the file)") == true)
    }

    @Test func entryMissingItsLastBraceIsReportedAndTheNextImported() throws {
        let (corpus, messages) = try Self.read("@article{one, title={One}, year=2020\n\n@article{two, title={Two}}\n")
        #expect(corpus.items.map(\.id) == ["two"])
        #expect(messages.first?.description.hasPrefix("refs.bib:1:1: expected the @article entry opened on line 1 to close") == true)
    }

    @Test func aFileWithNoEntryIsRefused() throws {
        #expect(throws: ImportError.self) { try Self.read("@comment{nothing here}\n@article{x,\n") }
        #expect(!BibTeXReader.recognises(ArraySlice(Array("<xml>@article{x,}".utf8))))
        #expect(BibTeXReader.recognises(ArraySlice(Array("% JabRef\nSome text\n\n@Article{k,\n".utf8))))
    }

    @Test func controlCharactersNeverReachTheCorpus() throws {
        let (corpus, _) = try Self.read("@misc{x, title = {Evil \u{1B}[31mred\u{7}}, author = {\u{1B}]0;x\u{7}Mallory, Eve}}")
        let x = try Self.item(corpus, "x")
        #expect(!x.title.unicodeScalars.contains { $0.value < 0x20 })
        #expect(!x.authors.joined().unicodeScalars.contains { $0.value < 0x20 })
    }
}
