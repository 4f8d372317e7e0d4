import LecternCore

/// One row of a plain-text list (`list`, `search`, `bookmarks`, `author`), in the same order in
/// every one: the time, the kind, the bookmark mark when there is one, the title, then `[id]` for
/// `lectern show ID`.
enum CLIRow {
    /// `14:00–14:20  Oral       ★ must see  Title  [id]`; `when` is padded to `width` so the
    /// columns line up (a paper has no time: blanks).
    static func text(when: String, width: Int, kind: ItemKind, mark: String? = nil, title: String, id: String) -> String {
        var line = width > 0 ? when.padding(toLength: width) + "  " : ""
        line += kind.label.padding(toLength: 9) + "  "
        if let mark { line += mark + "  " }
        return line + title + "  [" + id + "]"
    }
}
