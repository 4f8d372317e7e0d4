/// What readers look at to recognise a file: its first bytes, without a UTF-8 byte-order mark and
/// the whitespace before the content.
public enum SourceHead {
    /// `head` from its first byte that is neither a byte-order mark nor whitespace.
    public static func content(_ head: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var bytes = head
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }

    /// The head as text when its content starts with `first` (`{` for JSON, `<` for XML); nil otherwise.
    public static func text(startingWith first: Character, _ head: ArraySlice<UInt8>) -> String? {
        let bytes = content(head)
        guard let ascii = first.asciiValue, bytes.first == ascii else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
