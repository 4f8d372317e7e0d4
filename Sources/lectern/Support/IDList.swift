/// The ids of a corpus's items, decoded without the rest, for shell completion.
struct IDList: Decodable {
    /// An item reduced to its id.
    struct Entry: Decodable {
        var id: String
    }

    var items: [Entry]
}
