import Foundation
import LecternCore
import Testing

/// Relevance judgments on the bundled corpus: for each query, the expected top result(s).
@Suite struct RelevanceJudgmentsTests {
    static let index: SearchIndex? = {
        guard let corpus = try? CorpusDecoder.decode(Corpus.bundledData()), !corpus.items.isEmpty else { return nil }
        return SearchIndex(corpus: corpus)
    }()

    /// (query, a title prefix that must be the first result, or within the top `within`).
    static let judgments: [(query: String, expected: String, within: Int)] = [
        // titles, whole words and prefixes
        ("poolingformer", "Poolingformer: Long Document", 1),
        ("poolingf", "Poolingformer: Long Document", 1),
        ("perceiver", "Perceiver: General Perception", 1),
        ("synthesizer self attention", "Synthesizer: Rethinking Self-Attention", 1),
        ("framelets", "How Framelets Enhance Graph", 1),
        ("voice2series", "Voice2Series: Reprogramming", 1),
        ("zoo tuning", "Zoo-Tuning: Adaptive Transfer", 1),
        ("sorting networks", "Differentiable Sorting Networks", 1),
        ("stylespeech", "Meta-StyleSpeech", 1),
        ("license plate", "LPRNet: License Plate Recognition", 1),
        // author names, with and without diacritics
        ("cifka", "Relative Positional Encoding for Transformers", 1),
        ("ondřej", "Relative Positional Encoding for Transformers", 1),
        ("Ondrej Cifka", "Relative Positional Encoding for Transformers", 1),
        ("CÍFKA", "Relative Positional Encoding for Transformers", 1),
        ("pietro lio", "How Framelets Enhance Graph", 1),
        ("author:hwang meta", "Meta-StyleSpeech", 1),
        // abstract-only words
        ("pearson correlation", "What Does Rotation Prediction Tell Us", 3),
        ("debuggable", "Leveraging Sparse Linear Layers", 1),
        // phrases
        ("\"relative positional encoding\"", "Relative Positional Encoding for Transformers", 1),
        ("\"lottery ticket\"", "A Unified Lottery Ticket Hypothesis", 1),
        // filters and operators
        ("title:perceiver kind:spotlight", "Perceiver: General Perception", 1),
        ("kind:oral after:17:00", "CATE: Computation-aware", 1),
        ("day:tue before:05:10", "Relative Positional Encoding for Transformers", 1),
        ("lottery | perceiver", "Perceiver: General Perception", 2),
        ("lottery | perceiver", "A Unified Lottery Ticket Hypothesis", 2),
        ("moderator:taylor kind:oral", "CATE: Computation-aware", 1),
        // typos
        ("perciever", "Perceiver: General Perception", 1),
        ("poolingfomer", "Poolingformer: Long Document", 1),
        ("framlets", "How Framelets Enhance Graph", 1),
    ]

    @Test(arguments: 0..<judgments.count)
    func judgment(_ n: Int) throws {
        let index = try #require(Self.index, "the bundled corpus is empty")
        let j = Self.judgments[n]
        let outcome = index.search(j.query)
        #expect(outcome.error == nil, "\(j.query)")
        let top = outcome.results.prefix(j.within).map { index.corpus.items[$0].title }
        #expect(top.contains { $0.hasPrefix(j.expected) }, "\(j.query) → \(top), expected \(j.expected)")
    }

    @Test func excludedWordRemovesItsMatches() throws {
        let index = try #require(Self.index)
        let all = index.search("speech").results
        let without = index.search("speech -transformer").results
        #expect(without.count < all.count)
        for i in without { #expect(!index.corpus.items[i].title.lowercased().contains("transformer ")) }
    }
}
