/// Why bytes could not be read back as a `SearchIndex`: the caller rebuilds the index and says why.
public enum SearchIndexDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a lectern search index at all (another file, or empty).
    case notAnIndex
    /// A lectern search index of another format version.
    case otherVersion(UInt32)
    /// Shorter than its header says (a write cut short).
    case truncated
    /// The payload does not match its checksum.
    case damaged
    /// Built from another corpus (a different identity or number of items).
    case otherCorpus
    /// The checksum holds, yet a section breaks the format (its name and what is wrong).
    case malformed(String)
    /// This machine stores numbers big-endian; the index is kept little-endian.
    case unsupportedHost

    public var description: String {
        switch self {
        case .notAnIndex: return "not a lectern search index"
        case .otherVersion(let v): return "format version \(v), this lectern reads \(SearchIndex.formatVersion)"
        case .truncated: return "the file is cut short"
        case .damaged: return "the checksum does not match"
        case .otherCorpus: return "built from another library"
        case .malformed(let why): return "malformed: \(why)"
        case .unsupportedHost: return "big-endian machines rebuild the index each time"
        }
    }
}
