import LecternCore

/// The few fields of a corpus that `--version` reports; decoding them skips titles and abstracts' models.
struct CorpusSummary: Decodable {
    /// An item reduced to its kind.
    struct Entry: Decodable {
        var kind: ItemKind
    }

    /// A session reduced to nothing: only counted.
    struct Counted: Decodable {}

    var sources: [String]
    var sessions: [Counted]
    var items: [Entry]
}
