/// The raw material of a `SimilarityIndex`, for the items of one part of the corpus: for every item,
/// how often each term occurs (title words count `titleWeight` times), and for every term in how
/// many items. Terms are numbered in order of first appearance in the part. Each distinct surface word is
/// filtered and stemmed once, when first seen; an occurrence costs one probe of a hash table and a
/// few updates, made through pointers into `CountingBuffer`s.
///
/// Copies share those buffers: only the last copy made may go on reading text.
struct SimilarityCounts {
    /// What is known of a distinct word, by its index. Words are numbered as first seen, so the
    /// common ones sit close together.
    private struct WordInfo: BitwiseCopyable {
        /// The word's first eight bytes, packed, and its length.
        var head: UInt64 = 0
        var length: UInt32 = 0
        /// Its term, or -1 for a word that is not counted (a stop word, one letter, a number).
        var term: Int32 = -1
        /// How often it was counted.
        var count: Int32 = 0
    }

    /// The word table, open addressing: each slot holds a word's hash (high half) and its index
    /// plus one (low half), or 0 when empty. Eight bytes a slot keep it small enough to stay cached.
    private var slotBuffer = CountingBuffer<UInt64>(capacity: 1 << 13, filledWith: 0)
    private var slots: UnsafeMutablePointer<UInt64>
    private var slotMask = (1 << 13) - 1
    private var wordBuffer = CountingBuffer(capacity: 1 << 12, filledWith: WordInfo())
    private var wordInfo: UnsafeMutablePointer<WordInfo>
    private var wordCount = 0
    /// Per word: where its bytes after the eighth start in `tailBytes`, its text when it counts ("" otherwise).
    private var tails: [Int] = []
    private var tailBytes: [UInt8] = []
    private var texts: [String] = []
    /// Words with non-ASCII characters, compared as strings (canonical equivalence), to the form first seen.
    private var nonASCII: [String: String] = [:]

    /// Stems to term ids, numbered in order of first appearance, and back.
    private var termIds: [String: Int32] = [:]
    private(set) var stems: [String] = []
    /// Per term: the number of items holding it; the count of the item being read; room for the
    /// terms the item touched.
    private var termBuffers: (df: CountingBuffer<Int32>, scratch: CountingBuffer<Int32>, touched: CountingBuffer<Int32>)
    private var df: UnsafeMutablePointer<Int32>
    private var scratch: UnsafeMutablePointer<Int32>
    private var touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0

    /// Per item, `itemStarts[i]..<itemStarts[i + 1]` in `terms` and `counts`: its terms in order
    /// of first appearance, each with its weighted count.
    private(set) var terms: [Int32] = []
    private(set) var counts: [Int32] = []
    private(set) var itemStarts: [Int] = [0]

    /// What one occurrence adds for the text being read.
    private var weight: Int32 = 1

    /// Counts for about `expectedItems` items (room is made for them up front).
    init(expectedItems: Int = 0) {
        terms.reserveCapacity(expectedItems * 64)
        counts.reserveCapacity(expectedItems * 64)
        itemStarts.reserveCapacity(expectedItems + 1)
        slots = slotBuffer.base
        wordInfo = wordBuffer.base
        termBuffers = (CountingBuffer(capacity: 1 << 12, filledWith: 0), CountingBuffer(capacity: 1 << 12, filledWith: 0),
                       CountingBuffer(capacity: 1 << 12, filledWith: 0))
        df = termBuffers.df.base
        scratch = termBuffers.scratch.base
        touched = termBuffers.touched.base
    }

    var termCount: Int { stems.count }
    var itemCount: Int { itemStarts.count - 1 }
    /// Per term: the number of items holding it.
    var documentFrequency: [Int32] { Array(UnsafeBufferPointer(start: df, count: termCount)) }

    /// Reads one item: its title (each word counting `titleWeight`) and its abstract.
    mutating func add(title: String, abstract: String, titleWeight: Int32, words scanner: inout SimilarityWords) {
        weight = titleWeight
        scanner.scan(title, into: &self)
        weight = 1
        scanner.scan(abstract, into: &self)
        terms.append(contentsOf: UnsafeBufferPointer(start: touched, count: touchedCount))
        for k in 0..<touchedCount {
            // The item's counts go where its terms were, and its counters back to zero.
            let t = Int(touched[k])
            touched[k] = scratch[t]
            scratch[t] = 0
        }
        counts.append(contentsOf: UnsafeBufferPointer(start: touched, count: touchedCount))
        touchedCount = 0
        itemStarts.append(terms.count)
    }

    /// The words that were counted: text, term, count.
    func countedWords() -> [(text: String, term: Int32, count: Int32)] {
        (0..<wordCount).compactMap { w in
            wordInfo[w].term >= 0 && wordInfo[w].count > 0 ? (texts[w], wordInfo[w].term, wordInfo[w].count) : nil
        }
    }

    // MARK: the word table

    @inline(__always)
    private static func hash(head: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = (head ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
        if bytes.count > 8 {
            for k in 8..<bytes.count { h = (h ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01B3 }
            h = h &* 0x9E37_79B9_7F4A_7C15
        }
        return h >> 32
    }

    /// Counts one occurrence of the word with these bytes, registering it when new.
    @inline(__always)
    private mutating func occurrence(bytes: UnsafeBufferPointer<UInt8>, head: UInt64) {
        let length = UInt32(truncatingIfNeeded: bytes.count)
        let h = SimilarityCounts.hash(head: head, bytes: bytes)
        var s = Int(truncatingIfNeeded: h) & slotMask
        var word: Int
        while true {
            let slot = slots[s]
            if slot == 0 {
                word = register(bytes: bytes, head: head, hash: h, at: s)
                break
            }
            if slot >> 32 == h {
                word = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                let info = wordInfo[word]
                if info.head == head, info.length == length, bytes.count <= 8 || sameTail(word, bytes) { break }
            }
            s = (s + 1) & slotMask
        }
        let term = wordInfo[word].term
        guard term >= 0 else { return }
        wordInfo[word].count += 1
        let t = Int(term)
        if scratch[t] == 0 {
            touched[touchedCount] = term
            touchedCount += 1
            df[t] += 1
        }
        scratch[t] += weight
    }

    private func sameTail(_ word: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        return tailBytes.withUnsafeBufferPointer { stored in
            let start = tails[word]
            for k in 8..<bytes.count where stored[start + k - 8] != bytes[k] { return false }
            return true
        }
    }

    /// Puts a new word in the empty slot `s` and returns its index.
    private mutating func register(bytes: UnsafeBufferPointer<UInt8>, head: UInt64, hash: UInt64, at s: Int) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        let term = SimilarityCounts.counts(text) ? termId(of: text) : -1
        let word = wordCount
        if word == wordBuffer.capacity {
            wordBuffer = wordBuffer.grown(to: 2 * word, keeping: word, filledWith: WordInfo())
            wordInfo = wordBuffer.base
        }
        wordInfo[word] = WordInfo(head: head, length: UInt32(truncatingIfNeeded: bytes.count), term: term, count: 0)
        wordCount += 1
        tails.append(tailBytes.count)
        if bytes.count > 8 { tailBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[8...])) }
        texts.append(term >= 0 ? text : "")
        slots[s] = hash << 32 | UInt64(word + 1)
        if wordCount * 2 > slotMask + 1 { grow() }
        return word
    }

    /// Doubles the word table.
    private mutating func grow() {
        let fresh = CountingBuffer<UInt64>(capacity: 2 * (slotMask + 1), filledWith: 0)
        let mask = fresh.capacity - 1
        for old in 0...slotMask where slots[old] != 0 {
            var s = Int(truncatingIfNeeded: slots[old] >> 32) & mask
            while fresh.base[s] != 0 { s = (s + 1) & mask }
            fresh.base[s] = slots[old]
        }
        slotBuffer = fresh
        slots = fresh.base
        slotMask = mask
    }

    /// Whether a surface word counts: more than one character, not a stop word, not a number.
    private static func counts(_ word: String) -> Bool {
        word.count > 1 && !TermFolding.stopWords.contains(word) && !word.allSatisfy { $0.isNumber }
    }

    /// The term a counted word stems to, numbered when new.
    private mutating func termId(of word: String) -> Int32 {
        let stem = TermFolding.stem(Substring(word))
        return termIds[stem] ?? newTerm(stem)
    }

    /// Numbers a new term, making room for it in the per-term buffers.
    private mutating func newTerm(_ stem: String) -> Int32 {
        let term = stems.count
        if term == termBuffers.df.capacity {
            let capacity = 2 * term
            termBuffers = (termBuffers.df.grown(to: capacity, keeping: term, filledWith: 0),
                           termBuffers.scratch.grown(to: capacity, keeping: term, filledWith: 0),
                           termBuffers.touched.grown(to: capacity, keeping: touchedCount, filledWith: 0))
            df = termBuffers.df.base
            scratch = termBuffers.scratch.base
            touched = termBuffers.touched.base
        }
        termIds[stem] = Int32(term)
        stems.append(stem)
        return Int32(term)
    }
}

extension SimilarityCounts: WordSink {
    mutating func word(bytes: UnsafeBufferPointer<UInt8>, head: UInt64) {
        occurrence(bytes: bytes, head: head)
    }

    mutating func word(_ word: Substring) {
        var text = String(word)
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            text.withUTF8 { occurrence(bytes: $0, head: Self.head(of: $0)) }
            return
        }
        // Strings that are canonically equivalent are one word, as they were as dictionary keys.
        var first = text
        if let known = nonASCII[text] { first = known } else { nonASCII[text] = text }
        first.withUTF8 { occurrence(bytes: $0, head: Self.head(of: $0)) }
    }
}
