/// The four hex digits of a JSON `\uXXXX` escape, read by the byte-level decoders.
enum JSONHex {
    /// The value of the four hex digits at `p[i...]`, or nil when there are fewer or one is not hex.
    @inline(__always)
    static func value(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i >= 0, p.count - i >= 4 else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let b = p[k]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: return nil
            }
            v = v * 16 + d
        }
        return v
    }
}
