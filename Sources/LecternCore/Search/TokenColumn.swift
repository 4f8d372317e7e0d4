/// A term id as stored in a field's token stream: two bytes while the dictionary has fewer than
/// 65,535 terms (most corpora), four beyond. The narrow form halves the memory of the streams and
/// what a phrase check has to read.
protocol TokenID: FixedWidthInteger, Sendable {
    /// Whether any of the eight tokens at `base` is `value` (a phrase scan's inner step).
    static func anyOfEight(_ base: UnsafePointer<Self>, _ value: Self) -> Bool
    /// Separates the texts of one field (the authors of a document).
    static var separator: Self { get }
    /// A column of these.
    static func column(_ tokens: [Self]) -> TokenColumn
}

extension TokenID {
    /// The term id, or -1 for the separator.
    @inline(__always) var termIndex: Int { self == Self.separator ? -1 : Int(self) }
}

extension UInt16: TokenID {
    /// Two 64-bit words of four tokens each, tested for a lane equal to `value` (SWAR zero test).
    @inline(__always)
    static func anyOfEight(_ base: UnsafePointer<UInt16>, _ value: UInt16) -> Bool {
        let ones: UInt64 = 0x0001_0001_0001_0001, high: UInt64 = 0x8000_8000_8000_8000
        let pattern = UInt64(value) &* ones
        let raw = UnsafeRawPointer(base)
        let a = raw.loadUnaligned(as: UInt64.self) ^ pattern
        let b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ pattern
        return (((a &- ones) & ~a) | ((b &- ones) & ~b)) & high != 0
    }
    static var separator: UInt16 { .max }
    static func column(_ tokens: [UInt16]) -> TokenColumn { .narrow(tokens) }
}

extension Int32: TokenID {
    @inline(__always)
    static func anyOfEight(_ base: UnsafePointer<Int32>, _ value: Int32) -> Bool {
        any(UnsafeRawPointer(base).loadUnaligned(as: SIMD8<Int32>.self) .== SIMD8(repeating: value))
    }
    static var separator: Int32 { -1 }
    static func column(_ tokens: [Int32]) -> TokenColumn { .wide(tokens) }
}

/// One field's token ids in the narrowest form that holds every term id.
enum TokenColumn: Sendable {
    case narrow([UInt16])
    case wide([Int32])

    /// Whether a dictionary of `termCount` terms fits the two-byte form.
    static func fitsNarrow(_ termCount: Int) -> Bool { termCount < Int(UInt16.max) }

    var count: Int {
        switch self {
        case .narrow(let t): return t.count
        case .wide(let t): return t.count
        }
    }
}

extension FieldPostings {
    /// Whether document d holds any term with id in `range`.
    func containsAny(_ range: Range<Int>, in d: Int) -> Bool {
        switch tokens {
        case .narrow(let t): return FieldPostings.containsAny(t, range, Int(docStart[d])..<Int(docStart[d + 1]))
        case .wide(let t): return FieldPostings.containsAny(t, range, Int(docStart[d])..<Int(docStart[d + 1]))
        }
    }

    @inline(__always)
    private static func containsAny<T: TokenID>(_ tokens: [T], _ range: Range<Int>, _ span: Range<Int>) -> Bool {
        for p in span {
            let t = tokens[p].termIndex
            if t >= range.lowerBound && t < range.upperBound { return true }
        }
        return false
    }

    /// Whether document d holds the phrase at consecutive positions. The first word is looked for
    /// eight tokens at a time.
    func contains(_ phrase: PhrasePattern, in d: Int) -> Bool {
        let span = Int(docStart[d])..<Int(docStart[d + 1])
        guard span.count >= phrase.count else { return false }
        switch tokens {
        case .narrow(let t): return t.withUnsafeBufferPointer { FieldPostings.contains(phrase, $0, span) }
        case .wide(let t): return t.withUnsafeBufferPointer { FieldPostings.contains(phrase, $0, span) }
        }
    }

    @inline(__always)
    private static func contains<T: TokenID>(_ phrase: PhrasePattern, _ tokens: UnsafeBufferPointer<T>, _ span: Range<Int>) -> Bool {
        let n = phrase.count
        return phrase.leading.withUnsafeBufferPointer { ids in
            let first = T(truncatingIfNeeded: ids[0])
            let lo = Int(phrase.last.lowerBound), hi = Int(phrase.last.upperBound)
            @inline(__always) func matches(at p: Int) -> Bool {
                var k = 1
                while k < n - 1 && Int(tokens[p + k]) == Int(ids[k]) { k += 1 }
                guard k == n - 1 else { return false }
                let t = tokens[p + k].termIndex
                return t >= lo && t < hi
            }
            let lastStart = span.upperBound - n
            var p = span.lowerBound
            if let base = tokens.baseAddress {
                while p + 8 <= lastStart + 1 {
                    if T.anyOfEight(base + p, first) {
                        for j in 0..<8 where tokens[p + j] == first && matches(at: p + j) { return true }
                    }
                    p += 8
                }
            }
            while p <= lastStart {
                if tokens[p] == first && matches(at: p) { return true }
                p += 1
            }
            return false
        }
    }
}
