import Foundation
import LecternTestSupport
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

    /// Random texts mixing the eight-byte path's cases: runs of letters, digits and separators across
    /// chunk edges, words past the length cap, accented letters and marks in and between words.
    @Test func randomTextsTokenizeLikeScalarFolding() {
        var rng = SeededGenerator(seed: 0x70CE)
        let pieces = ["a", "Z", "q", "7", "0", " ", "-", ".", "\n", "@", "[", "`", "{", "/", ":", "é", "Ř", "\u{301}", "ß", "—", "日"]
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...90, using: &rng) {
                let piece = pieces.randomElement(using: &rng)!
                text += Int.random(in: 0..<12, using: &rng) == 0 ? String(repeating: piece, count: Int.random(in: 1...80, using: &rng)) : piece
            }
            #expect(Tokenizer.tokens(text) == TokenizerFastPathTests.reference(text), "seed \(rng.seed): \(text.debugDescription)")
        }
    }

    @Test func mixedWordsFoldAcrossTheFastPath() {
        for text in ["Ondřej Cífka—X", "naïve café", "ÆON straße", "a" + String(repeating: "b", count: 70) + "é", "x\u{301}y", "", "  "] {
            #expect(Tokenizer.tokens(text) == TokenizerFastPathTests.reference(text), "\(text)")
        }
    }
}

/// A word's key is the same whether the tokenizer reads it from its padded word buffer eight bytes
/// at a time or the term table reads its bytes one by one; the table finds every word it was given.
@Suite struct WordKeyTests {
    @Test func tokenizerKeysMatchKeysReadByteByByte() throws {
        let corpus = try CorpusDecoder.decode(Corpus.bundledData())
        let long = String(repeating: "abcdefgh", count: 10)
        let texts = corpus.items.flatMap { [$0.title, $0.abstract] + $0.authors } + [long, "é" + long, "a b cd efghijklm nopqrstu"]
        var checked = 0
        for text in texts {
            Tokenizer.forEachKeyedToken(in: text) { word, key in
                #expect(key == WordKey(word), "\(String(decoding: word, as: UTF8.self))")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }

    @Test func wordsOfEveryLengthAreInternedOnceEach() {
        var table = TermTableBuilder(capacity: 4)
        var words: [[UInt8]] = []
        for n in 1...40 {
            // Pairs of words of one length that differ only in their last byte: from nine bytes on,
            // alike in their first eight bytes and their length.
            for last in [UInt8(ascii: "a"), UInt8(ascii: "b")] {
                words.append([UInt8](repeating: UInt8(ascii: "x"), count: n - 1) + [last])
            }
        }
        let ids = words.map { w in w.withUnsafeBufferPointer { table.intern($0) } }
        #expect(Set(ids).count == Set(words).count)
        #expect(words.map { w in w.withUnsafeBufferPointer { table.intern($0) } } == ids)
        #expect(table.count == Set(words).count)
    }
}
