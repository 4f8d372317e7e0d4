/// What the term table needs to know of a word before looking at its bytes: a hash and its first
/// eight bytes as one number. The tokenizer computes both as it reads the word.
struct WordKey: Equatable {
    var hash: UInt64 = WordKey.seed
    var head: UInt64 = 0

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds byte `b` found at position `i` of the word (FNV-1a, and the byte into `head`).
    @inline(__always)
    mutating func add(_ b: UInt8, at i: Int) {
        hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
        if i < 8 { head |= UInt64(b) << UInt64(8 * i) }
    }

    init() {}

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for (i, b) in bytes.enumerated() { add(b, at: i) }
    }
}

/// Interns words (folded UTF-8 bytes) to dense ids while an index is built: open addressing over
/// a byte arena, so no String is created per word. A word of up to eight bytes is matched by one
/// comparison of numbers.
struct TermTableBuilder {
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    private var heads: [UInt64] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1 << 14) {
        var cap = 1
        while cap < capacity * 2 { cap <<= 1 }
        slots = [Int32](repeating: -1, count: cap)
        mask = cap - 1
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// The id of `bytes`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(bytes, key: WordKey(bytes))
    }

    /// The id of `bytes` whose `WordKey` is `key`, adding it when new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, key: WordKey) -> Int32 {
        let mask = self.mask
        var s = TermTableBuilder.slot(key.hash, mask)
        let n = bytes.count
        let found: Int32? = arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                heads.withUnsafeBufferPointer { heads in
                    slots.withUnsafeBufferPointer { slots in
                        while true {
                            let id = slots[s]
                            if id < 0 { return nil }
                            let i = Int(id)
                            let a = Int(starts[i])
                            if heads[i] == key.head, Int(starts[i + 1]) - a == n {
                                var k = 8
                                while k < n && arena[a + k] == bytes[k] { k += 1 }
                                if k >= n { return id }
                            }
                            s = (s + 1) & mask
                        }
                    }
                }
            }
        }
        if let found { return found }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        heads.append(key.head)
        hashes.append(key.hash)
        slots[s] = id
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        let cap = slots.count * 2
        var fresh = [Int32](repeating: -1, count: cap)
        let m = cap - 1
        for id in 0..<count {
            var s = TermTableBuilder.slot(hashes[id], m)
            while fresh[s] >= 0 { s = (s + 1) & m }
            fresh[s] = Int32(id)
        }
        slots = fresh
        mask = m
    }

    func bytes(of id: Int) -> ArraySlice<UInt8> { arena[Int(starts[id])..<Int(starts[id + 1])] }
}

extension TermTableBuilder {
    /// Calls `body` with the bytes of term `id`.
    func withBytes<R>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(starts[id])..<Int(starts[id + 1])])) }
    }

    /// Term ids in byte order of their terms.
    func sortedIds() -> [Int32] {
        // Sort on the first eight bytes as one big-endian number; compare the rest only on ties.
        let keys: [UInt64] = (0..<count).map { id in withBytes(of: id) { SearchIndex.headKey($0) } }
        return (0..<Int32(count)).sorted { a, b in
            let ka = keys[Int(a)], kb = keys[Int(b)]
            if ka != kb { return ka < kb }
            return withBytes(of: Int(a)) { x in withBytes(of: Int(b)) { y in x.lexicographicallyPrecedes(y) } }
        }
    }
}
