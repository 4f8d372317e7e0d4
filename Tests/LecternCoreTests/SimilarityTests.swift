import Foundation
import Testing
@testable import LecternCore

@Suite struct SimilarityTests {
    static let corpus: Corpus = {
        (try? CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")) ?? Corpus()
    }()
    static let index = SimilarityIndex(corpus: corpus)

    /// Pairs a reader would agree are related (from the bundled corpus): the second should be
    /// among the five items most similar to the first. Talks → papers and papers → talks.
    static let judgments: [(String, String)] = [
        // session talk → trending paper
        ("meta-stylespeech-multi-speaker-adaptive-text-to-speech", "fastspeech-fast-robust-and-controllable-text-to-speech"),
        ("a-free-lunch-from-ann-towards-efficient-accurate-spiking", "spikepoint-an-efficient-point-based-spiking-neural-network"),
        ("a-unified-lottery-ticket-hypothesis-for-graph-neural", "low-rank-lottery-tickets-finding-efficient-low-rank-neural"),
        ("cate-computation-aware-neural-architecture-encoding-with", "auto-gnn-neural-architecture-search-of-graph-neural-networks"),
        ("synthesizer-rethinking-self-attention-for-transformer-models", "rethinking-attention-exploring-shallow-feed-forward-neural"),
        ("synthesizer-rethinking-self-attention-for-transformer-models", "generating-long-sequences-with-sparse-transformers"),
        ("relative-positional-encoding-for-transformers-with-linear", "benchmarking-positional-encodings-for-gnns-and-graph"),
        ("poolingformer-long-document-modeling-with-pooling-attention", "speech-summarization-using-restricted-self-attention"),
        ("neural-pull-learning-signed-distance-function-from-point", "dynamic-graph-cnn-for-learning-on-point-clouds"),
        ("voice2series-reprogramming-acoustic-models-for-time-series", "time-series-classification-from-scratch-with-deep-neural"),
        ("federated-continual-learning-with-weighted-inter-client", "center-loss-regularization-for-continual-learning"),
        ("unicornn-a-recurrent-model-for-learning-very-long-time", "long-term-recurrent-convolutional-networks-for-visual"),
        ("evolving-attention-with-residual-convolutions", "residual-attention-network-for-image-classification"),
        // trending paper → session talk
        ("fastspeech-fast-robust-and-controllable-text-to-speech", "meta-stylespeech-multi-speaker-adaptive-text-to-speech"),
        ("autonomous-driving-with-spiking-neural-networks", "a-free-lunch-from-ann-towards-efficient-accurate-spiking"),
        ("neuralarts-structuring-neural-architecture-search-with-type", "cate-computation-aware-neural-architecture-encoding-with"),
        ("neural-attention-a-novel-mechanism-for-enhanced-expressive", "synthesizer-rethinking-self-attention-for-transformer-models"),
        ("dynamic-graph-cnn-for-learning-on-point-clouds", "neural-pull-learning-signed-distance-function-from-point"),
        // talk → talk in another session
        ("synthesizer-rethinking-self-attention-for-transformer-models", "evolving-attention-with-residual-convolutions"),
    ]

    static func position(_ id: String) -> Int? { corpus.items.firstIndex { $0.id == id } }

    @Test(arguments: judgments)
    func relatedItemIsInTheTopFive(_ source: String, _ expected: String) throws {
        let from = try #require(Self.position(source), "\(source) is in the bundled corpus")
        let target = try #require(Self.position(expected), "\(expected) is in the bundled corpus")
        let top = Self.index.similar(to: from, limit: 5)
        #expect(top.map(\.index).contains(target),
                "top 5 for \(source): \(top.map { Self.corpus.items[$0.index].id })")
    }

    @Test func resultsExplainThemselvesWithSharedTerms() throws {
        let from = try #require(Self.position("meta-stylespeech-multi-speaker-adaptive-text-to-speech"))
        let top = Self.index.similar(to: from, limit: 3)
        let first = try #require(top.first)
        #expect(Self.corpus.items[first.index].id == "fastspeech-fast-robust-and-controllable-text-to-speech")
        #expect(first.terms.contains("speech"))
        #expect(first.terms.contains("tts"))
        #expect(first.terms.count <= 4)
    }

    @Test func resultsExcludeTheItemAndAreRankedByScore() throws {
        for from in [0, 10, 100, Self.corpus.items.count - 1] {
            let top = Self.index.similar(to: from, limit: 10)
            #expect(!top.map(\.index).contains(from))
            #expect(top.count == 10)
            #expect(zip(top, top.dropFirst()).allSatisfy { $0.score >= $1.score })
            #expect(top.allSatisfy { $0.score > 0 && $0.score <= 1.0001 })
        }
    }

    @Test func scoreIsSymmetricAndMatchesTheRanking() throws {
        let top = Self.index.similar(to: 3, limit: 1)
        let first = try #require(top.first)
        #expect(abs(Self.index.score(3, first.index) - first.score) < 1e-5)
        #expect(abs(Self.index.score(3, first.index) - Self.index.score(first.index, 3)) < 1e-9)
    }

    @Test func outOfRangeOrEmptyGivesNothing() {
        #expect(Self.index.similar(to: -1).isEmpty)
        #expect(Self.index.similar(to: Self.corpus.items.count).isEmpty)
        #expect(Self.index.similar(to: 0, limit: 0).isEmpty)
        #expect(SimilarityIndex(corpus: Corpus()).similar(to: 0).isEmpty)
    }

    @Test func wordsAreFoldedAndStemmedSoFormsMatch() {
        let src = Provenance(file: "t", line: 1)
        let corpus = Corpus(items: [
            Item(id: "a", kind: .paper, title: "Transformers for Cafés", authors: [], abstract: "encodings", source: src),
            Item(id: "b", kind: .paper, title: "A transformer in a cafe", authors: [], abstract: "encoded", source: src),
            Item(id: "c", kind: .paper, title: "Gardening", authors: [], abstract: "soil", source: src),
            Item(id: "d", kind: .paper, title: "Gardens", authors: [], abstract: "soil", source: src),
        ])
        let top = SimilarityIndex(corpus: corpus).similar(to: 0)
        #expect(top.map(\.index) == [1])
        #expect(Set(top.first?.terms ?? []) == ["transformer", "cafe", "encoded"] || (top.first?.terms.count ?? 0) == 3)
    }

    @Test func largeCorpusAnswersFromInvertedLists() {
        // 5,000 synthetic items over a 3,000-word vocabulary: the query still finds its twin first.
        let src = Provenance(file: "t", line: 1)
        var items: [Item] = []
        for i in 0..<5_000 {
            let words = (0..<12).map { k -> String in
                let x = UInt64(i &* 1_000_003 &+ k &* 7919) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return "w\((x >> 33) % 3000)x"
            }
            items.append(Item(id: "i\(i)", kind: .paper, title: words.prefix(3).joined(separator: " "), authors: [],
                              abstract: words.joined(separator: " "), source: src))
        }
        items.append(Item(id: "twin", kind: .paper, title: items[42].title, authors: [], abstract: items[42].abstract, source: src))
        let index = SimilarityIndex(corpus: Corpus(items: items))
        #expect(index.similar(to: 42, limit: 1).first?.index == items.count - 1)
    }

    // MARK: the same answers as the first index

    /// `Fixtures/similar-bundled.txt`: the five items most similar to each bundled item, with score
    /// and shared terms, as the index answered before it read text from bytes.
    @Test func everyBundledItemHasTheSameRelatedItemsAsRecorded() throws {
        let url = FuzzRegressionTests.root.appendingPathComponent("Tests/LecternCoreTests/Fixtures/similar-bundled.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var expected: [String: [(id: String, score: Double, terms: [String])]] = [:]
        var order: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("  ") {
                let fields = line.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false)
                let terms = fields.count > 2 && !fields[2].isEmpty ? fields[2].split(separator: ",").map(String.init) : []
                expected[order[order.count - 1], default: []].append((String(fields[0]), Double(fields[1]) ?? -1, terms))
            } else {
                order.append(String(line))
            }
        }
        #expect(order == Self.corpus.items.map(\.id))
        for (i, id) in Self.corpus.items.map(\.id).enumerated() {
            let want = expected[id] ?? []
            let got = Self.index.similar(to: i, limit: 5)
            #expect(got.map { Self.corpus.items[$0.index].id } == want.map(\.id), "related to \(id)")
            #expect(got.map(\.terms) == want.map(\.terms), "shared terms with \(id)")
            #expect(zip(got, want).allSatisfy { abs($0.score - $1.score) < 2e-6 }, "scores for \(id)")
        }
    }

    /// What the index counts of a text, read the fast way.
    static func fastWords(_ text: String) -> [String] {
        struct Collect: WordSink {
            var words: [String] = []
            mutating func word(bytes: UnsafeBufferPointer<UInt8>, head: UInt64) {
                #expect(head == Self.head(of: bytes))
                words.append(String(decoding: bytes, as: UTF8.self))
            }
            mutating func word(_ word: Substring) { words.append(String(word)) }
        }
        var sink = Collect()
        var scanner = SimilarityWords()
        scanner.scan(text, into: &sink)
        return sink.words
    }

    /// What the index counted before: the folded words of the cleaned text.
    static func cleanedWords(_ text: String) -> [String] {
        TermFolding.words(LaTeXCleaner.clean(text)).map(String.init)
    }

    @Test func wordsReadFromBytesAreTheWordsOfTheCleanedText() {
        for item in Self.corpus.items {
            for text in [item.title, item.abstract] {
                #expect(Self.fastWords(text) == Self.cleanedWords(text), "\(item.id): \(text.prefix(80))")
            }
        }
    }

    /// Places where the cleaner reads LaTeX across a space, joins words, or takes an argument.
    static let trickyTexts = [
        "stra\\ss e and Poincar\\'e maps", "\\mathbb R x", "\\mathbb {R} x", "\\frac {a} {b} c", "\\frac{a} b c",
        "$x^$ y$ z", "$a$ b $c", "http://a.com/x($y$z w", "see https://github.com/a\\_b. Then $x$ y",
        "\\emph{adaptively learning} and more", "\\emph{open till the end", "360{\\deg} rotation", "multi\\-task learning",
        "a \\' e b", "a \\'   e b", "\\c c x", "\\c{c}a x", "{\\bf Bold} text {\\it it} end", "\\textsc{Synthesizer}, more",
        "$\\frac{\\ell_1}{\\ell_2}$ norm", "$\\mathcal{O}(D^2)$ time", "W_{ij} and B_{ij}right).", "\\url{http://x.org/a b} c d",
        "\\href{http://x.org}{the label} e", "x } y { z } w", "\\sqrt[3]{x y} z", "\\(a b\\) c \\[d e\\] f", "\\foo{a}{b} c",
        "\\foo {a} b", "a\\ b", "50\\% and 0.5\\%", "$15\\%$ gain", "\\carb~significantly", "\\inerf. and \\inerflong},",
        "\\{mono, multi\\}", "{\\em x} y", "\\textbf\\emph x y", "\\'{}e", "x\\", "$$x$$ y $$", "\\hat x y", "\\hat{x}y z",
        "\\frac12 x", "\\frac\\alpha\\beta x", "$x_ {1 2} y$ z", "a\\\\{b} c", "\\r\\n", "a \\ss\r\nb", "Caf\\'e \u{301}x",
        "é\\emph{x y} z", "ø {\\bf é} \u{301}$a$", "– $x$ – y", "\\'é x", "naïve $x$ ß", "ﬁ $\\alpha$ İ",
        "\\mathbb{R N} x", "\\frac{a b}{c d} e", "\\'{e f} g", "\\foo{a b} c", "\\mathcal{A B} c", "\\sqrt{a b} c",
        "\\dfrac(\\emph{a b}12", "x$ y \\) z {a b}w $ v", "$a b$$x_ 1$\\foox^{a b} \\( c \\) $",
    ]

    @Test func wordsReadFromBytesFollowTheCleanerOnTrickyLaTeX() {
        for text in Self.trickyTexts {
            #expect(Self.fastWords(text) == Self.cleanedWords(text), "\(text.debugDescription)")
        }
    }

    /// Random texts made of LaTeX pieces, words and spaces (seeded, so a failure replays).
    @Test func wordsReadFromBytesFollowTheCleanerOnRandomLaTeX() {
        let pieces = [
            "\\frac", "\\dfrac", "\\sqrt", "\\url", "\\href", "\\emph", "\\textbf", "\\bf", "\\it", "\\mathbb", "\\mathcal",
            "\\alpha", "\\ell", "\\ss", "\\o", "\\i", "\\c", "\\v", "\\hat", "\\'", "\\`", "\\^", "\\\"", "\\~", "\\%", "\\_",
            "\\$", "\\{", "\\}", "\\\\", "\\-", "\\,", "\\ ", "\\(", "\\)", "\\[", "\\]", "\\foo", "{", "}", "$", "$$",
            "_", "^", " ", " ", " ", " ", "  ", "\n", "\r\n", "~", "-", "--", "a", "e", "R", "O", "x1", "Poincar", "Transformers",
            "ATTENTION", "12", ".", ",", "(", ")", "[", "]", "h", "w", "http://ex.org/a", "https://git.io/x_y", "www.site.com",
            "é", "ø", "ß", "\u{301}", "İ", "–", "’",
            // Whole constructs with spaces inside, where a stretch must not end.
            "\\mathbb{R N}", "\\frac{a b}{c d}", "\\frac{a b} c", "\\'{e f}", "\\emph{a b}", "\\foo{a b}{c d}", "{a b}",
            "$a b$", "\\sqrt{a b}", "\\mathcal {A B}", "\\textbf {a b}", "\\v {r s}", "x^{a b}", "\\( a b \\)",
            "$a \\) b", "\\( a $ b", "$$a$ b", "\\frac{a b}\\textbf{c d}", "\\'\\emph{a b}", "http://x.y/$a", "\\url{a$b}",
        ]
        var seed: UInt64 = 0x5EED_0F_1A7E
        func next() -> Int {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        var failures = 0
        for _ in 0..<8000 {
            let text = (0..<(1 + next() % 14)).map { _ in pieces[next() % pieces.count] }.joined()
            if Self.fastWords(text) != Self.cleanedWords(text) {
                failures += 1
                if failures <= 5 { Issue.record("words differ for \(text.debugDescription)") }
            }
        }
        #expect(failures == 0)
    }

    @Test func buildingInPartsGivesTheSameIndex() {
        // 3,000 items made from the bundled ones, every part seeing terms the others also have.
        var items: [Item] = []
        for n in 0..<3_000 {
            var item = Self.corpus.items[(n * 7) % Self.corpus.items.count]
            item.id += "-\(n)"
            if n % 3 == 0 { item.abstract += " extra\(n % 50) words" }
            items.append(item)
        }
        let corpus = Corpus(sessions: Self.corpus.sessions, items: items)
        let whole = SimilarityIndex(corpus: corpus, parts: 1)
        for parts in [2, 3, 8] {
            let split = SimilarityIndex(corpus: corpus, parts: parts)
            for i in stride(from: 0, to: items.count, by: 97) {
                #expect(whole.similar(to: i, limit: 12) == split.similar(to: i, limit: 12), "item \(i), \(parts) parts")
            }
        }
    }
}
