/// Sorts 64-bit keys ascending: least-significant-digit radix sort with 16-bit digits for large
/// inputs (passes whose digit is constant are skipped), the standard sort for small ones.
enum RadixSort {
    static func sort(_ keys: inout [UInt64]) {
        let n = keys.count
        if n < 4096 { keys.sort(); return }
        var buffer = [UInt64](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 65_536)
        for shift in stride(from: 0, to: 64, by: 16) {
            for i in 0..<65_536 { counts[i] = 0 }
            for k in keys { counts[Int((k >> UInt64(shift)) & 0xFFFF)] += 1 }
            if counts[Int((keys[0] >> UInt64(shift)) & 0xFFFF)] == n { continue }
            var sum = 0
            for i in 0..<65_536 { let c = counts[i]; counts[i] = sum; sum += c }
            for k in keys {
                let digit = Int((k >> UInt64(shift)) & 0xFFFF)
                buffer[counts[digit]] = k
                counts[digit] += 1
            }
            swap(&keys, &buffer)
        }
    }
}
