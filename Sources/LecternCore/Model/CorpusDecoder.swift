import Foundation

/// Decodes and validates corpus JSON, reporting every problem with its JSON path and position;
/// malformed or truncated JSON is reported at the line and column where it broke.
public enum CorpusDecoder {
    /// The corpus in `data`, or a `CorpusDecodingError` listing every problem. `itemParts` sets how
    /// many parallel parts a valid corpus's items are read in (nil: one per core for a large file);
    /// the result is the same for any number. With `zones`, every session's `timeZone` must be a
    /// zone that database knows (an unknown name is a problem with its place).
    public static func decode(_ data: Data, fileName: String = "corpus", itemParts: Int? = nil,
                              zones: ZoneAbbreviationDatabase? = nil) throws -> Corpus {
        // A valid corpus is decoded in one pass; anything else goes through the parser and schema,
        // which place every problem (the fast path never decides that input is bad).
        if let corpus = data.withUnsafeBytes({ CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self), itemParts: itemParts) }),
           zones.map({ zones in Set(corpus.sessions.map(\.timeZone)).allSatisfy(zones.knows) }) ?? true {
            return corpus
        }
        return try decodeFully(data, fileName: fileName, zones: zones)
    }

    /// The full parser and schema: a JSON tree with positions, then every check with its place.
    static func decodeFully(_ data: Data, fileName: String, zones: ZoneAbbreviationDatabase? = nil) throws -> Corpus {
        switch JSONParser.parse(Array(data)) {
        case .failure(let syntax):
            let message = "expected \(syntax.expected), found \(syntax.found)"
            throw CorpusDecodingError(file: fileName, problems: [
                CorpusProblem(path: "", line: syntax.line, column: syntax.column, message: message),
            ])
        case .success(let root):
            var schema = CorpusSchema(zones: zones)
            let corpus = schema.corpus(root)
            if let corpus, schema.problems.isEmpty { return corpus }
            throw CorpusDecodingError(file: fileName, problems: schema.problems)
        }
    }
}
