/// Sorts 64-bit keys ascending: least-significant-digit radix sort with 16-bit digits for large
/// inputs (passes whose digit is constant are skipped), the standard sort for small ones.
enum RadixSort {
    /// Sorts `keys`. With `lowHalfSorted` the caller promises the keys are already in order of their
    /// low 32 bits, so only the high half needs passes (radix passes are stable).
    static func sort(_ keys: inout [UInt64], lowHalfSorted: Bool = false) {
        let n = keys.count
        if n < 4096 { keys.sort(); return }
        var buffer = [UInt64](unsafeUninitializedCapacity: n) { _, count in count = n }
        var counts = [Int](repeating: 0, count: 65_536)
        for shift in stride(from: lowHalfSorted ? 32 : 0, to: 64, by: 16) {
            let s = UInt64(shift)
            let moved: Bool = keys.withUnsafeBufferPointer { keys in
                buffer.withUnsafeMutableBufferPointer { buffer in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for i in 0..<65_536 { counts[i] = 0 }
                        for k in keys { counts[Int((k >> s) & 0xFFFF)] += 1 }
                        if counts[Int((keys[0] >> s) & 0xFFFF)] == n { return false }
                        var sum = 0
                        for i in 0..<65_536 { let c = counts[i]; counts[i] = sum; sum += c }
                        for k in keys {
                            let digit = Int((k >> s) & 0xFFFF)
                            buffer[counts[digit]] = k
                            counts[digit] += 1
                        }
                        return true
                    }
                }
            }
            if moved { swap(&keys, &buffer) }
        }
    }
}
