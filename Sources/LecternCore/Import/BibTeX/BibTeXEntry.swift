/// One BibTeX entry as the parser read it: its type (lowercased), key, fields (names lowercased,
/// values with macros expanded and `#` joined, LaTeX still in them) and the line it starts on.
struct BibTeXEntry: Sendable, Equatable {
    var type: String
    var key: String
    var fields: [String: String]
    /// Field names in the order the entry gives them.
    var order: [String]
    var line: Int

    subscript(_ name: String) -> String? { fields[name] }
}
