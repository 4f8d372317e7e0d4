import Foundation
import Testing
@testable import LecternCore

/// The tokenizer's ASCII fast path must give the same words as folding every scalar.
@Suite struct TokenizerFastPathTests {
    static func reference(_ text: String) -> [String] {
        var out: [String] = []
        var buffer: [UInt8] = []
        for s in text.unicodeScalars {
            if !TextFolding.append(s.value, to: &buffer), !buffer.isEmpty {
                out.append(String(decoding: buffer.prefix(Tokenizer.maxTokenBytes), as: UTF8.self))
                buffer.removeAll()
            }
        }
        if !buffer.isEmpty { out.append(String(decoding: buffer.prefix(Tokenizer.maxTokenBytes), as: UTF8.self)) }
        return out
    }

    @Test func bundledCorpusTokenizesLikeScalarFolding() throws {
        let corpus = try CorpusDecoder.decode(Corpus.bundledData())
        for item in corpus.items {
            for text in [item.title, item.abstract] + item.authors {
                #expect(Tokenizer.tokens(text) == TokenizerFastPathTests.reference(text), "\(text)")
            }
        }
    }

    @Test func mixedWordsFoldAcrossTheFastPath() {
        for text in ["Ondřej Cífka—X", "naïve café", "ÆON straße", "a" + String(repeating: "b", count: 70) + "é", "x\u{301}y", "", "  "] {
            #expect(Tokenizer.tokens(text) == TokenizerFastPathTests.reference(text), "\(text)")
        }
    }
}
