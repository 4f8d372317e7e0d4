/// A term id as stored in a field's token stream: two bytes while the dictionary has fewer than
/// 65,535 terms (most corpora), four beyond. The narrow form halves the memory of the streams and
/// what a phrase check has to read.
protocol TokenID: FixedWidthInteger, SIMDScalar, Sendable, Codable {
    /// Lanes compared at once when scanning for a word.
    associatedtype Lanes: SIMD where Lanes.Scalar == Self
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
    typealias Lanes = SIMD16<UInt16>
    static var separator: UInt16 { .max }
    static func column(_ tokens: [UInt16]) -> TokenColumn { .narrow(tokens) }
}

extension Int32: TokenID {
    typealias Lanes = SIMD8<Int32>
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

    private static func containsAny<T: TokenID>(_ tokens: [T], _ range: Range<Int>, _ span: Range<Int>) -> Bool {
        for p in span {
            let t = tokens[p].termIndex
            if t >= range.lowerBound && t < range.upperBound { return true }
        }
        return false
    }

    /// Whether document d holds the phrase at consecutive positions. The first word is looked for
    /// a SIMD vector of tokens at a time.
    func contains(_ phrase: PhrasePattern, in d: Int) -> Bool {
        let span = Int(docStart[d])..<Int(docStart[d + 1])
        guard span.count >= phrase.count else { return false }
        switch tokens {
        case .narrow(let t): return t.withUnsafeBufferPointer { FieldPostings.contains(phrase, $0, span) }
        case .wide(let t): return t.withUnsafeBufferPointer { FieldPostings.contains(phrase, $0, span) }
        }
    }

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
            let width = T.Lanes.scalarCount
            var p = span.lowerBound
            if let base = tokens.baseAddress {
                let target = T.Lanes(repeating: first)
                while p + width <= lastStart + 1 {
                    let hits = UnsafeRawPointer(base + p).loadUnaligned(as: T.Lanes.self) .== target
                    if any(hits) {
                        for j in 0..<width where hits[j] && matches(at: p + j) { return true }
                    }
                    p += width
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
