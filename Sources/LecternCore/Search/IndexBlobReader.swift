/// Reads back what `IndexBlobWriter` wrote, checking every count and width against the bytes that
/// are there: a section that would run past the end, or is not the one expected, is an error.
struct IndexBlobReader {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    private var tag: UInt32 = 0

    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    var remaining: Int { bytes.count - offset }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(SearchIndexDecodingError) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size, let base = bytes.baseAddress else { throw .truncated }
        let value = T(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: T.self))
        offset += size
        return value
    }

    /// The next section as an array of `T`; `name` says which in an error.
    mutating func section<T: BitwiseCopyable>(_: T.Type, _ name: String) throws(SearchIndexDecodingError) -> [T] {
        tag += 1
        let count = try read(UInt64.self)
        let width = try read(UInt32.self)
        let found = try read(UInt32.self)
        guard found == tag else { throw .malformed("\(name): expected section \(tag), found \(found)") }
        guard width == UInt32(MemoryLayout<T>.stride) else { throw .malformed("\(name): elements of \(width) bytes, expected \(MemoryLayout<T>.stride)") }
        let stride = MemoryLayout<T>.stride
        guard count <= UInt64(remaining / stride) else { throw .truncated }
        let n = Int(count), length = n * stride
        let start = offset
        let values = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
            if let to = buffer.baseAddress, let from = bytes.baseAddress, length > 0 {
                UnsafeMutableRawPointer(to).copyMemory(from: from + start, byteCount: length)
            }
            initialized = n
        }
        offset += length
        let padded = (offset + 7) / 8 * 8
        guard padded <= bytes.count else { throw .truncated }
        offset = padded
        return values
    }

    /// Steps over the next `count` sections without reading them.
    mutating func skipSections(_ count: Int) throws(SearchIndexDecodingError) {
        for _ in 0..<count {
            tag += 1
            let elements = try read(UInt64.self)
            let width = try read(UInt32.self)
            let found = try read(UInt32.self)
            guard found == tag else { throw .malformed("expected section \(tag), found \(found)") }
            guard width > 0, elements <= UInt64(remaining) / UInt64(width) else { throw .truncated }
            let padded = (offset + Int(elements) * Int(width) + 7) / 8 * 8
            guard padded <= bytes.count else { throw .truncated }
            offset = padded
        }
    }

    /// The next section, which must hold `T`s of one of the two widths (the token columns).
    mutating func peekWidth() throws(SearchIndexDecodingError) -> UInt32 {
        guard remaining >= 16, let base = bytes.baseAddress else { throw .truncated }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self))
    }
}
