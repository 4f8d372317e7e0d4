import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// The search index embedded in the binary is the bundled corpus's own: `make corpus` wrote it from
/// this corpus (a corpus changed without it fails here), and it answers as a fresh build.
@Suite struct BundledIndexTests {
    @Test func theEmbeddedIndexIsTheBundledCorpusIndex() throws {
        let corpus = try SearchIndexEncodingTests.bundled()
        let embedded = try SearchIndex.decoded(from: SearchIndex.bundledIndexData(), corpus: corpus,
                                               identity: SearchIndex.bundledIdentity(corpusData: Corpus.bundledData()))
        #expect(SearchIndex.bundled(corpus: corpus) != nil)
        var rng = SeededGenerator(seed: 0xB0DE)
        let queries = SearchIndexEncodingTests.typing + SearchIndexEncodingTests.randomQueries(corpus, &rng, count: 100)
        SearchIndexEncodingTests.expectSameAnswers(SearchIndex(corpus: corpus), embedded, queries, "embedded, seed \(rng.seed)")
        // Byte for byte what `lectern bundled-index` writes now.
        #expect(Array(SearchIndex.bundledIndexData()) == SearchIndex.encodedBundled(corpus: corpus),
                "the embedded index is stale: run make corpus")
    }

    @Test func anIndexOfAnotherCorpusIsRefused() throws {
        let corpus = try SearchIndexEncodingTests.bundled()
        var other = Corpus.bundledData()
        other.append(0x0A)
        #expect(SearchIndex.bundled(corpus: corpus, corpusData: other) == nil)
    }
}
