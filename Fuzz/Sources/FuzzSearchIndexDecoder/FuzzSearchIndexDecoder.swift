import Foundation
import LecternCore

/// libFuzzer's entry point when linked without its own `main` (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Feeds the search index decoder. An input that starts with the magic is decoded as it is; any
/// other is a list of edits (five bytes each: an operation and an offset) applied to the encoded
/// index of a small real corpus, so the decoder mostly sees near-valid blobs. Each blob is decoded
/// twice: as it is, and with its checksum made to match (so the checks behind the checksum are
/// reached). A blob that decodes must answer queries without crashing, and the untouched blob
/// exactly as a fresh build. Errors are fine; crashes, traps and sanitizer reports are bugs.
@main
enum FuzzSearchIndexDecoder {
    static let corpus: Corpus = {
        let bundled = (try? CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")) ?? Corpus()
        let items = Array(bundled.items.prefix(48))
        let sessions = bundled.sessions.filter { s in items.contains { $0.sessionId == s.id } }
        return Corpus(sessions: sessions, items: items)
    }()
    static let fresh = SearchIndex(corpus: corpus)
    static let blob = fresh.encoded(identity: Array("fuzz".utf8))
    static let queries = ["t", "transformer", "\"neural network", "graph -learning", "learning author:zh", "kind:paper | kind:oral", "day:tue after:10:00", "attentoin"]

    static func main() {
        selfCheck()
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            let input = bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
            FuzzSearchIndexDecoder.check(input)
            return 0
        }
        exit(status)
    }

    /// The untouched blob reads back and answers as the fresh build.
    static func selfCheck() {
        guard let decoded = try? SearchIndex.decoded(from: blob, corpus: corpus) else { fatalError("the untouched blob is refused") }
        for q in queries where decoded.search(q) != fresh.search(q) { fatalError("the untouched blob answers otherwise: \(q)") }
    }

    /// Decodes one input's blob, as it is and resealed; what decodes must answer without crashing.
    static func check(_ input: [UInt8]) {
        let candidate = input.starts(with: Array("lectidx".utf8)) ? input : edited(blob, by: input)
        for bytes in [candidate, resealed(candidate)] {
            _ = try? SearchIndex.encodedIdentity(bytes)
            guard let index = try? SearchIndex.decoded(from: bytes, corpus: corpus) else { continue }
            var total = 0
            for q in queries {
                let outcome = index.search(q)
                total &+= outcome.results.count
                for item in outcome.results.prefix(2) { total &+= index.matchedFields(q, item: item).count }
            }
            if bytes == blob, queries.contains(where: { index.search($0) != fresh.search($0) }) {
                fatalError("the untouched blob answers otherwise")
            }
            if total == -1 { exit(1) }
        }
    }

    /// `blob` changed by each five-byte edit of `script`: below 240 a bit pattern to flip, 240 to
    /// 253 a byte to set, 254 a cut, 255 an insertion; the next four bytes are the place.
    static func edited(_ blob: [UInt8], by script: [UInt8]) -> [UInt8] {
        var b = blob
        var k = 0
        while k + 5 <= script.count, !b.isEmpty {
            let op = script[k]
            let place = script[(k + 1)..<(k + 5)].reduce(0) { $0 << 8 | Int($1) } % b.count
            switch op {
            case 0..<240: b[place] ^= op | 1
            case 240..<254: b[place] = op &* 37
            case 254: b.removeSubrange(place...)
            default: b.insert(script[k + 4], at: place)
            }
            k += 5
        }
        return b
    }

    /// The same bytes with the header's checksum made to match the payload.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 32 else { return bytes }
        var b = bytes
        let sum = Checksum64.of(Array(b[32...]))
        for k in 0..<8 { b[16 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k))) }
        return b
    }
}
