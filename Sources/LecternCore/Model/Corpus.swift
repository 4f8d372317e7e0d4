import CLecternData
import Foundation

/// The whole data set lectern explores: sessions, their talks, and papers, with provenance.
public struct Corpus: Codable, Hashable, Sendable {
    /// Schema version of the JSON file; this build reads and writes 1.
    public static let schemaVersion = 1

    public var version: Int
    /// The source pages the corpus was built from (file names only).
    public var sources: [String]
    public var sessions: [Session]
    public var items: [Item]
    /// The conferences imported schedules describe; nil (left out of the file) when there are none.
    public var conferences: [Conference]?

    public init(version: Int = Corpus.schemaVersion, sources: [String] = [], sessions: [Session] = [], items: [Item] = [],
                conferences: [Conference]? = nil) {
        self.conferences = conferences
        self.version = version
        self.sources = sources
        self.sessions = sessions
        self.items = items
    }

    /// The corpus compiled into the binary.
    public static func bundledData() -> Data {
        Data(bytes: lectern_corpus_bytes(), count: lectern_corpus_length())
    }

    /// Encodes the corpus as stable, human-readable JSON (sorted keys, two-space indent, trailing newline).
    /// (`CorpusJSONWriter` writes what `StableJSON` would, faster.)
    public func jsonData() throws -> Data {
        Data(CorpusJSONWriter.data(self))
    }
}
