/// Receives the folded words of a text, in order, from `SimilarityWords`.
protocol WordSink {
    /// A word of ASCII letters and digits, lower case (the bytes are valid only during the call), and
    /// its first eight bytes packed little-endian (zeros after a shorter word).
    mutating func word(bytes: UnsafeBufferPointer<UInt8>, head: UInt64)
    /// A word with other characters, exactly as `TermFolding.words` makes it.
    mutating func word(_ word: Substring)
}

extension WordSink {
    /// The first eight bytes of `bytes`, packed as `word(bytes:head:)` takes them.
    static func head(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for k in 0..<min(8, bytes.count) { head |= UInt64(bytes[k]) << (8 * UInt64(k)) }
        return head
    }
}
