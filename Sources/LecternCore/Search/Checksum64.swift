/// A fast 64-bit checksum of bytes, read eight bytes at a time in four independent lanes (the
/// multiply-rotate round of xxHash64), so a 100 MB search index is checked in a few milliseconds.
/// It detects damage, not tampering: it is no cryptographic hash.
public enum Checksum64 {
    static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63

    /// The checksum of `bytes`.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else { return finish(p3, length: 0) }
        var a = p1 &+ p2, b = p2, c: UInt64 = 0, d = 0 &- p1
        @inline(__always) func word(_ at: Int) -> UInt64 { UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        var i = 0
        while i + 32 <= n {
            a = round(a, word(i))
            b = round(b, word(i + 8))
            c = round(c, word(i + 16))
            d = round(d, word(i + 24))
            i += 32
        }
        var h = rotate(a, 1) &+ rotate(b, 7) &+ rotate(c, 12) &+ rotate(d, 18)
        for lane in [a, b, c, d] { h = (h ^ round(0, lane)) &* p1 &+ p4 }
        while i + 8 <= n {
            h = rotate(h ^ round(0, word(i)), 27) &* p1 &+ p4
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
            shift += 8
            i += 1
        }
        h = rotate(h ^ round(0, tail), 23) &* p2 &+ p3
        return finish(h, length: n)
    }

    /// The checksum of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    @inline(__always)
    static func round(_ acc: UInt64, _ word: UInt64) -> UInt64 {
        rotate(acc &+ word &* p2, 31) &* p1
    }

    @inline(__always)
    static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    static func finish(_ h: UInt64, length: Int) -> UInt64 {
        var h = h &+ UInt64(length)
        h ^= h >> 33
        h = h &* p2
        h ^= h >> 29
        h = h &* p3
        h ^= h >> 32
        return h
    }
}
