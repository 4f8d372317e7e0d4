import CLecternData
import Foundation

/// The bundled corpus's index, built when the corpus is (`make corpus` runs `lectern bundled-index`)
/// and embedded beside it, so a search of the bundled sample builds nothing and opens no file.
extension SearchIndex {
    /// What the embedded index records of its corpus: the corpus bytes' checksum, so an index left
    /// from another corpus is refused and the index built afresh.
    public static func bundledIdentity(corpusData: Data) -> [UInt8] {
        let sum = corpusData.withUnsafeBytes { Checksum64.of($0) }
        return Array("bundled corpus \(String(sum, radix: 16))".utf8)
    }

    /// The bytes embedded in the binary (one zero byte when the build had none).
    public static func bundledIndexData() -> Data {
        Data(bytes: lectern_corpus_index_bytes(), count: lectern_corpus_index_length())
    }

    /// The embedded index of `corpus` (decoded from `corpusData`, the bundled bytes), or nil when
    /// the embedded one is not of this corpus.
    public static func bundled(corpus: Corpus, corpusData: Data = Corpus.bundledData()) -> SearchIndex? {
        try? decoded(from: bundledIndexData(), corpus: corpus, identity: bundledIdentity(corpusData: corpusData))
    }

    /// The blob `lectern bundled-index` writes for the bundled corpus.
    public static func encodedBundled(corpus: Corpus, corpusData: Data = Corpus.bundledData()) -> [UInt8] {
        SearchIndex(corpus: corpus).encoded(identity: bundledIdentity(corpusData: corpusData))
    }
}
