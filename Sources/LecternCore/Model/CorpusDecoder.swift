import Foundation

/// Decodes and validates corpus JSON, reporting problems with their JSON path and position.
/// (Stub: plain JSONDecoder until the validating decoder lands.)
public enum CorpusDecoder {
    public static func decode(_ data: Data, fileName: String = "corpus") throws -> Corpus {
        try JSONDecoder().decode(Corpus.self, from: data)
    }
}
