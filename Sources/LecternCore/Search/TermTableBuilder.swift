/// Interns words (folded UTF-8 bytes) to dense ids while an index is built: open addressing over
/// a byte arena, so no String is created per word.
struct TermTableBuilder {
    private(set) var arena: [UInt8] = []
    private(set) var starts: [Int32] = [0]
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
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of `bytes`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let mask = self.mask
        var s = TermTableBuilder.hash(bytes) & mask
        let found: Int32? = arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let id = slots[s]
                        if id < 0 { return nil }
                        let a = Int(starts[Int(id)]), e = Int(starts[Int(id) + 1])
                        if e - a == bytes.count {
                            var same = true
                            var k = 0
                            while k < bytes.count { if arena[a + k] != bytes[k] { same = false; break }; k += 1 }
                            if same { return id }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
        if let found { return found }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        slots[s] = id
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        let cap = slots.count * 2
        var fresh = [Int32](repeating: -1, count: cap)
        let m = cap - 1
        for id in 0..<count {
            let a = Int(starts[id]), e = Int(starts[id + 1])
            var s = arena.withUnsafeBufferPointer { TermTableBuilder.hash(UnsafeBufferPointer(rebasing: $0[a..<e])) } & m
            while fresh[s] >= 0 { s = (s + 1) & m }
            fresh[s] = Int32(id)
        }
        slots = fresh
        mask = m
    }

    func bytes(of id: Int) -> ArraySlice<UInt8> { arena[Int(starts[id])..<Int(starts[id + 1])] }
}
