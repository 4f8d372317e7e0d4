/// Writes the sections of an encoded `SearchIndex`: each an element count, element width and tag,
/// then the elements' raw little-endian bytes, padded so the next section starts on eight bytes.
struct IndexBlobWriter {
    private(set) var bytes: [UInt8] = []
    private var tag: UInt32 = 0

    /// Starts with `header` zero bytes, for the caller to fill in with `put(_:at:)` once the rest is written.
    init(reservingCapacity capacity: Int, header: Int) {
        bytes.reserveCapacity(capacity)
        bytes.append(contentsOf: repeatElement(0, count: header))
    }

    /// Writes `value` over the bytes at `offset`.
    mutating func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for (k, b) in raw.enumerated() { bytes[offset + k] = b }
        }
    }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// One section holding `values` (numbers or floats, copied as they are in memory: the caller
    /// checked the host is little-endian).
    mutating func section<T: BitwiseCopyable>(_ values: [T]) {
        tag += 1
        append(UInt64(values.count))
        append(UInt32(MemoryLayout<T>.stride))
        append(tag)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        pad()
    }

    mutating func pad() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}
