/// Splits a title or abstract into the words the similarity index counts: the same words, in the same
/// order, as `TermFolding.words(LaTeXCleaner.clean(text))`, but read from the UTF-8 bytes, with the
/// LaTeX cleaner run only on the short stretches of text that hold LaTeX.
///
/// Why that is the same: text without `\`, `$` and `{` comes out of the cleaner with the same words
/// (it only turns `~`, `--` and stray `}` into other separators and marks URLs); and where the
/// cleaner is back at the outer level of its grammar (no math, no command waiting for its argument,
/// only plain `{…}` groups open) right after a space, cleaning the rest of the text on its own, behind
/// as many `{` as groups are open, gives the same words. `LaTeXStretch` finds those places.
struct SimilarityWords {
    /// Cleaned LaTeX stretches, by their text (titles and abstracts repeat the same few notations).
    private var cleaned: [String: String] = [:]
    /// Where an ASCII word with capitals is lowered.
    private var lowered: [UInt8] = []

    /// Byte classes, as bits: 0 separator (ASCII other than a letter or digit), 1 lower-case letter or
    /// digit, 2 capital letter, 4 part of a non-ASCII character.
    private static let byteClass: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x30...0x39, 0x61...0x7A: return 1
        case 0x41...0x5A: return 2
        case 0x80...: return 4
        default: return 0
        }
    }

    /// Sends the words of `text` to `sink`.
    mutating func scan<Sink: WordSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { bytes in
            let (latex, ascii) = SimilarityWords.survey(bytes)
            if !latex {
                plainWords(bytes, into: &sink)
            } else if ascii || SimilarityWords.charactersStandAlone(bytes) {
                latexWords(bytes, into: &sink)
            } else {
                // A mark on an ASCII character makes a character the cleaner reads differently from
                // the bytes: it reads it all.
                var whole = LaTeXCleaner.clean(String(decoding: bytes, as: UTF8.self))
                whole.withUTF8 { plainWords($0, into: &sink) }
            }
        }
    }

    /// Whether `bytes` hold a `\`, `$` or `{`, and whether they are all ASCII; eight bytes at a time.
    static func survey(_ bytes: UnsafeBufferPointer<UInt8>) -> (latex: Bool, ascii: Bool) {
        guard let base = bytes.baseAddress else { return (false, true) }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func holds(_ x: UInt64, _ byte: UInt64) -> UInt64 {
            let y = x ^ (ones &* byte)
            return (y &- ones) & ~y & highs   // nonzero exactly when some byte of y is zero
        }
        var any: UInt64 = 0, found: UInt64 = 0
        var i = 0
        let n = bytes.count
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            any |= x
            found |= holds(x, 0x5C) | holds(x, 0x24) | holds(x, 0x7B)
            i += 8
        }
        var latex = found != 0
        while i < n {
            let b = bytes[i]
            any |= UInt64(b)
            if b == 0x5C || b == 0x24 || b == 0x7B { latex = true }
            i += 1
        }
        return (latex, any & highs == 0)
    }

    /// Whether every non-ASCII stretch of `bytes` is characters of its own, none joined to the ASCII
    /// character before or after it (by a combining mark, say), so that every ASCII byte is a
    /// character to the cleaner too.
    static func charactersStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            guard bytes[i] >= 0x80 else {
                i += 1
                continue
            }
            let start = i
            while i < n, bytes[i] >= 0x80 { i += 1 }
            let before = start > 0 ? 1 : 0, after = i < n ? 1 : 0
            let alone = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self).count
            let together = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start - before)..<(i + after)]), as: UTF8.self).count
            if together != alone + before + after { return false }
        }
        return true
    }

    /// Text with LaTeX whose ASCII bytes are characters of their own: plain stretches as they are,
    /// the LaTeX ones through the cleaner.
    private mutating func latexWords<Sink: WordSink>(_ b: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        let n = b.count
        var position = 0
        var depth = 0
        while position < n {
            // The next byte the cleaner would act on: `\`, `$`, `{`, or `}` inside a group.
            var first = position
            while first < n {
                let c = b[first]
                if c == 0x5C || c == 0x24 || c == 0x7B || (c == 0x7D && depth > 0) { break }
                first += 1
            }
            if first == n {
                plainWords(UnsafeBufferPointer(rebasing: b[position..<n]), into: &sink)
                return
            }
            // The stretch starts at the word holding it.
            var start = first
            while start > position, b[start - 1] != 0x20 { start -= 1 }
            if start > position { plainWords(UnsafeBufferPointer(rebasing: b[position..<start]), into: &sink) }
            let (end, depthAfter) = LaTeXStretch.end(in: b, from: start, depth: depth)
            let source = String(repeating: "{", count: depth) + String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
            var text: String
            if let known = cleaned[source] {
                text = known
            } else {
                text = LaTeXCleaner.clean(source)
                cleaned[source] = text
            }
            text.withUTF8 { plainWords($0, into: &sink) }
            position = end
            depth = depthAfter
        }
    }

    /// The words of text the cleaner would leave as it is: runs of letters and digits. ASCII words are
    /// lowered byte by byte; a run with other characters goes through `TermFolding.words`. Where eight
    /// ASCII bytes can be read at once, a word shorter than that and the separators after it are
    /// found without a loop.
    private mutating func plainWords<Sink: WordSink>(_ b: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        guard let base = b.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        let highs = SimilarityWords.highs
        Self.byteClass.withUnsafeBufferPointer { classOf in
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if x & highs == 0 {
                        let words = SimilarityWords.alphanumerics(x)
                        if words & 0x80 == 0 {
                            // Separators: on to the next letter or digit.
                            i += words == 0 ? 8 : words.trailingZeroBitCount >> 3
                            continue
                        }
                        let ends = ~words & highs
                        if ends != 0 {
                            let length = ends.trailingZeroBitCount >> 3
                            let mask: UInt64 = (1 << UInt64(8 * length)) &- 1
                            let capitals = SimilarityWords.within(x, 0x41, 0x5A) & mask
                            let head = (x | capitals >> 2) & mask
                            if capitals == 0 {
                                sink.word(bytes: UnsafeBufferPointer(start: base + i, count: length), head: head)
                            } else {
                                var bytes = head.littleEndian
                                withUnsafeBytes(of: &bytes) {
                                    sink.word(bytes: UnsafeBufferPointer(start: $0.bindMemory(to: UInt8.self).baseAddress, count: length), head: head)
                                }
                            }
                            // The separators after it are in `x` too: on to the next letter or digit.
                            let after = words & ~mask
                            i += after == 0 ? 8 : after.trailingZeroBitCount >> 3
                            continue
                        }
                        // A longer word: eight bytes at a time to its end.
                        var capitals = SimilarityWords.within(x, 0x41, 0x5A)
                        var j = i + 8
                        var end = -1
                        while j + 8 <= n {
                            let y = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
                            if y & highs != 0 { break }
                            let more = ~SimilarityWords.alphanumerics(y) & highs
                            if more != 0 {
                                let length = more.trailingZeroBitCount >> 3
                                capitals |= SimilarityWords.within(y, 0x41, 0x5A) & ((1 << UInt64(8 * length)) &- 1)
                                end = j + length
                                break
                            }
                            capitals |= SimilarityWords.within(y, 0x41, 0x5A)
                            j += 8
                        }
                        if end >= 0, capitals == 0 {
                            sink.word(bytes: UnsafeBufferPointer(start: base + i, count: end - i), head: x)
                            i = end
                            continue
                        }
                    }
                }
                i = run(b, from: i, classOf: classOf, into: &sink)
            }
        }
    }

    /// Reads byte by byte from `i`: separators, then one run of letters, digits and non-ASCII
    /// characters, whose words go to `sink`. Returns where the run ends.
    private mutating func run<Sink: WordSink>(_ b: UnsafeBufferPointer<UInt8>, from i: Int,
                                              classOf: UnsafeBufferPointer<UInt8>, into sink: inout Sink) -> Int {
        let n = b.count
        var i = i
        while i < n, classOf[Int(b[i])] == 0 { i += 1 }
        if i == n { return n }
        let start = i
        var kinds: UInt8 = 0
        var head: UInt64 = 0
        while i < n {
            let c = b[i]
            let k = classOf[Int(c)]
            if k == 0 { break }
            kinds |= k
            let length = i - start
            if length < 8 { head |= UInt64(c | (k & 2) << 4) << (8 * UInt64(length)) }
            i += 1
        }
        let run = UnsafeBufferPointer(rebasing: b[start..<i])
        if kinds & 4 != 0 {
            // Non-ASCII: the same folding as before, scalar by scalar (never splits at an ASCII separator).
            for word in TermFolding.words(String(decoding: run, as: UTF8.self)) { sink.word(word) }
        } else if kinds & 2 != 0 {
            lowered.removeAll(keepingCapacity: true)
            for c in run { lowered.append(c | (classOf[Int(c)] & 2) << 4) }
            lowered.withUnsafeBufferPointer { sink.word(bytes: $0, head: head) }
        } else {
            sink.word(bytes: run, head: head)
        }
        return i
    }

    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `x` (all ASCII) that lies in `low...high`.
    @inline(__always)
    private static func within(_ x: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (x &+ ones &* (0x80 - low)) & ~(x &+ ones &* (0x7F - high)) & highs
    }

    /// The high bit of each byte of `x` (all ASCII) that is a letter or a digit.
    @inline(__always)
    private static func alphanumerics(_ x: UInt64) -> UInt64 {
        within(x | 0x2020_2020_2020_2020, 0x61, 0x7A) | within(x, 0x30, 0x39)
    }
}
