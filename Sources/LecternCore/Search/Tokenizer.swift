/// Splits text into folded words, the same way for indexing, querying and highlighting.
/// A word is a run of letters and digits; everything else separates words.
public enum Tokenizer {
    /// Words longer than this are cut (keeps pathological input cheap).
    static let maxTokenBytes = 64

    /// Calls `body` with the folded UTF-8 bytes of each word of `text`, in order.
    static func forEachToken(in text: String, _ body: ([UInt8]) -> Void) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(maxTokenBytes + 8)
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0; i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else if i + 3 < n {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                } else {
                    v = 0x20; i += 1
                }
                if !TextFolding.append(v, to: &buffer) {
                    if !buffer.isEmpty {
                        body(buffer.count > maxTokenBytes ? Array(buffer[0..<maxTokenBytes]) : buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        if !buffer.isEmpty { body(buffer.count > maxTokenBytes ? Array(buffer[0..<maxTokenBytes]) : buffer) }
    }

    /// The folded words of `text`.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        forEachToken(in: text) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    /// Each word of `text` with its folded bytes and its range in the original string.
    static func tokenRanges(in text: String) -> [(folded: [UInt8], range: Range<String.Index>)] {
        var out: [(folded: [UInt8], range: Range<String.Index>)] = []
        var buffer: [UInt8] = []
        var start: String.Index?
        var i = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while i < scalars.endIndex {
            let next = scalars.index(after: i)
            if TextFolding.append(scalars[i].value, to: &buffer) {
                if start == nil { start = i }
            } else if let s = start {
                if !buffer.isEmpty { out.append((buffer, s..<i)) }
                buffer.removeAll(keepingCapacity: true)
                start = nil
            }
            i = next
        }
        if let s = start, !buffer.isEmpty { out.append((buffer, s..<scalars.endIndex)) }
        return out
    }
}
