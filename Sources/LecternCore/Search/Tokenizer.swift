/// Splits text into folded words, the same way for indexing, querying and highlighting.
/// A word is a run of letters and digits; everything else separates words.
public enum Tokenizer {
    /// Words longer than this are cut (keeps pathological input cheap).
    static let maxTokenBytes = 64

    /// Folded form of each ASCII byte: the lowercase letter or digit, 0 for a separator.
    private static let asciiFold: [UInt8] = (0..<128).map { b -> UInt8 in
        switch b {
        case 0x30...0x39, 0x61...0x7A: return UInt8(b)
        case 0x41...0x5A: return UInt8(b + 32)
        default: return 0
        }
    }

    /// The top bit of each of eight bytes.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// For eight bytes below 0x80 in `v`: the top bit of each byte set where the byte lies in `lo...hi`.
    @inline(__always)
    private static func inRange(_ v: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (v &+ ones &* UInt64(0x80 - lo)) & ~(v &+ ones &* UInt64(0x7F - hi)) & highBits
    }

    /// Calls `body` with the folded UTF-8 bytes of each word of `text`, in order (valid only during
    /// the call).
    static func forEachToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachKeyedToken(in: text) { word, _ in body(word) }
    }

    /// Calls `body` with the folded UTF-8 bytes of each word of `text` and their `WordKey`, in order
    /// (valid only during the call). ASCII text is read eight bytes at a time (one at a time near a
    /// non-ASCII byte and at the end) and folded into a word buffer, from which each word's key is
    /// read eight bytes at a time; a word with any non-ASCII byte goes through `TextFolding` scalar
    /// by scalar.
    static func forEachKeyedToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>, WordKey) -> Void) {
        var slow: [UInt8] = []
        var text = text
        text.makeContiguousUTF8()
        let maxTokenBytes = Tokenizer.maxTokenBytes
        // Eight bytes of room past the longest word: keys are read a whole eight bytes at a time.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxTokenBytes + 8) { word in
            word.initialize(repeating: 0)
            let wordStore = UnsafeMutableRawPointer(word.baseAddress!)
            let base = UnsafeRawPointer(wordStore)
            func emitFast(_ len: Int) {
                let n = min(len, maxTokenBytes)
                body(UnsafeBufferPointer(rebasing: word.prefix(n)), WordKey(padded: base, length: n))
            }
            let fold = asciiFold
            _ = text.utf8.withContiguousStorageIfAvailable { bytes in
                fold.withUnsafeBufferPointer { fold in
                    var i = 0
                    let n = bytes.count
                    var len = 0
                    var inSlow = false
                    func emitSlow() {
                        if !slow.isEmpty {
                            slow.withUnsafeBufferPointer { all in
                                let bytes = UnsafeBufferPointer(rebasing: all.prefix(maxTokenBytes))
                                body(bytes, WordKey(bytes))
                            }
                        }
                    }
                    guard let first = bytes.baseAddress else { return }
                    let start = UnsafeRawPointer(first)
                    while i < n {
                        // Eight ASCII bytes at once: runs of letters and digits are lowercased and
                        // copied into the word buffer whole, runs of separators end the word.
                        if !inSlow, i + 8 <= n {
                            let x = start.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                            if x & Tokenizer.highBits == 0 {
                                let lower = x | 0x2020_2020_2020_2020
                                let high = Tokenizer.inRange(lower, 0x61, 0x7A) | Tokenizer.inRange(x, 0x30, 0x39)
                                let alnum = (high >> 7) &* 0xFF
                                var p = 0
                                while p < 8 {
                                    let r = alnum >> UInt64(8 * p)
                                    if r & 0xFF != 0 {
                                        let run = min((~r).trailingZeroBitCount / 8, 8 - p)
                                        if len < maxTokenBytes {
                                            wordStore.storeBytes(of: (lower >> UInt64(8 * p)).littleEndian, toByteOffset: len, as: UInt64.self)
                                        }
                                        len += run
                                        p += run
                                    } else {
                                        if len > 0 {
                                            emitFast(len)
                                            len = 0
                                        }
                                        p += min(r.trailingZeroBitCount / 8, 8 - p)
                                    }
                                }
                                i += 8
                                continue
                            }
                        }
                        let b = bytes[i]
                        if b < 0x80 && !inSlow {
                            let f = fold[Int(b)]
                            if f != 0 {
                                if len < maxTokenBytes { word[len] = f }
                                len += 1
                            } else if len > 0 {
                                emitFast(len)
                                len = 0
                            }
                            i += 1
                            continue
                        }
                        if !inSlow {
                            inSlow = true
                            slow.removeAll(keepingCapacity: true)
                            slow.append(contentsOf: word.prefix(min(len, maxTokenBytes)))
                            len = 0
                        }
                        let b0 = UInt32(b)
                        var v: UInt32
                        if b0 < 0x80 {
                            v = b0; i += 1
                        } else if b0 < 0xE0, i + 1 < n {
                            v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                        } else if b0 < 0xF0, i + 2 < n {
                            v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                        } else if i + 3 < n {
                            v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                        } else {
                            v = 0x20; i += 1
                        }
                        if !TextFolding.append(v, to: &slow) {
                            inSlow = false
                            emitSlow()
                        }
                    }
                    if len > 0 { emitFast(len) }
                    if inSlow { emitSlow() }
                }
            }
        }
    }

    /// The folded words of `text`.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        forEachToken(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Each word of `text` with its folded bytes and its range in the original string.
    static func tokenRanges(in text: String) -> [(folded: [UInt8], range: Range<String.Index>)] {
        var out: [(folded: [UInt8], range: Range<String.Index>)] = []
        var buffer: [UInt8] = []
        var start: String.Index?
        var i = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let next = scalars.index(after: i)
            if TextFolding.append(scalars[i].value, to: &buffer) {
                if start == nil { start = i }
            } else if let s = start {
                if !buffer.isEmpty { out.append((buffer, s..<i)) }
                buffer.removeAll(keepingCapacity: true)
                start = nil
            }
            i = next
        }
        if let s = start, !buffer.isEmpty { out.append((buffer, s..<scalars.endIndex)) }
        return out
    }
}
