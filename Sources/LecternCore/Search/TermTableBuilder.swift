/// What the term table needs to know of a word before looking at its bytes: a hash and its first
/// eight bytes as one number (byte i in bits 8i..<8i+8). Both come from the word's bytes read eight
/// at a time, so the tokenizer can compute them from its word buffer with a few loads.
struct WordKey: Equatable {
    var hash: UInt64
    var head: UInt64

    /// From eight-byte chunks of the word (the last one zero-padded) and its length.
    @inline(__always)
    init(length n: Int, chunk: (_ at: Int) -> UInt64) {
        head = chunk(0)
        var h = head ^ UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        var at = 8
        while at < n {
            h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9 ^ chunk(at)
            at += 8
        }
        h = (h ^ (h >> 29)) &* 0x94D0_49BB_1331_11EB
        hash = h ^ (h >> 32)
    }

    /// The key of `bytes`, read byte by byte (never past their end).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(length: bytes.count) { at in
            var c: UInt64 = 0
            for k in 0..<min(8, bytes.count - at) { c |= UInt64(bytes[at + k]) << UInt64(8 * k) }
            return c
        }
    }

    /// The key of the first `length` bytes at `base`, read eight at a time: the memory up to
    /// `length` rounded up to eight bytes must be readable (what lies past `length` is ignored).
    @inline(__always)
    init(padded base: UnsafeRawPointer, length n: Int) {
        self.init(length: n) { at in
            let c = base.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian
            let rest = n - at
            return rest >= 8 ? c : c & ((1 << UInt64(8 * rest)) &- 1)
        }
    }
}

/// Interns words (folded UTF-8 bytes) to dense ids while an index is built: open addressing over
/// a byte arena, so no String is created per word. Each slot holds the word's first eight bytes and
/// length beside its id, so a word of up to eight bytes is found by reading one slot.
struct TermTableBuilder {
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    private var slots: [Slot]
    private var mask: Int

    private struct Slot {
        var head: UInt64 = 0
        var id: Int32 = -1
        var length: Int32 = 0
    }

    init(capacity: Int = 1 << 14) {
        var cap = 1
        while cap < capacity * 2 { cap <<= 1 }
        slots = [Slot](repeating: Slot(), count: cap)
        mask = cap - 1
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash) & mask
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
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[s]
                if slot.id < 0 { return nil }
                if slot.head == key.head, Int(slot.length) == n {
                    if n <= 8 { return slot.id }
                    let same = arena.withUnsafeBufferPointer { arena in
                        let a = Int(starts[Int(slot.id)])
                        var k = 8
                        while k < n && arena[a + k] == bytes[k] { k += 1 }
                        return k >= n
                    }
                    if same { return slot.id }
                }
                s = (s + 1) & mask
            }
        }
        if let found { return found }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        hashes.append(key.hash)
        slots[s] = Slot(head: key.head, id: id, length: Int32(n))
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        let cap = slots.count * 2
        var fresh = [Slot](repeating: Slot(), count: cap)
        let m = cap - 1
        for old in slots where old.id >= 0 {
            var s = TermTableBuilder.slot(hashes[Int(old.id)], m)
            while fresh[s].id >= 0 { s = (s + 1) & m }
            fresh[s] = old
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
