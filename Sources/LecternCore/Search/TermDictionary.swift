/// The sorted term dictionary: term ids are positions in byte order, so every word starting with a
/// prefix is one contiguous id range, found by binary search.
struct TermDictionary: Sendable {
    let bytes: [UInt8]
    let offsets: [Int32]

    var count: Int { offsets.count - 1 }

    func length(_ id: Int) -> Int { Int(offsets[id + 1] - offsets[id]) }

    func term(_ id: Int) -> String {
        String(decoding: bytes[Int(offsets[id])..<Int(offsets[id + 1])], as: UTF8.self)
    }

    func termBytes(_ id: Int) -> ArraySlice<UInt8> { bytes[Int(offsets[id])..<Int(offsets[id + 1])] }

    /// Compares term `id` with `key`, looking at no more than `limit` bytes of the term.
    @inline(__always)
    private func compare(_ id: Int, _ key: [UInt8], limit: Int) -> Int {
        let a = Int(offsets[id])
        let n = min(Int(offsets[id + 1]) - a, limit)
        var k = 0
        while k < n && k < key.count {
            let x = bytes[a + k], y = key[k]
            if x != y { return x < y ? -1 : 1 }
            k += 1
        }
        if n == key.count { return 0 }
        return n < key.count ? -1 : 1
    }

    private func lowerBound(_ key: [UInt8], limit: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if compare(mid, key, limit: limit) < 0 { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Ids of every term that starts with `prefix`.
    func range(prefix: [UInt8]) -> Range<Int> {
        let lo = lowerBound(prefix, limit: Int.max)
        var l2 = lo, hi = count
        while l2 < hi {
            let mid = (l2 + hi) / 2
            if compare(mid, prefix, limit: prefix.count) <= 0 { l2 = mid + 1 } else { hi = mid }
        }
        return lo..<l2
    }

    /// The id of exactly `word`, if indexed.
    func id(of word: [UInt8]) -> Int? {
        let lo = lowerBound(word, limit: Int.max)
        return lo < count && compare(lo, word, limit: Int.max) == 0 ? lo : nil
    }
}
