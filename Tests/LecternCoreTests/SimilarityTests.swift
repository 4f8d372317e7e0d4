import Foundation
import LecternCore
import Testing

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
}
