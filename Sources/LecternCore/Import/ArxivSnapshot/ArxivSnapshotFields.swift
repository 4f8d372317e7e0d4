/// The members of one snapshot line a paper is made from, as the line holds them: each string as
/// JSON decodes it (nil when the member is missing or not a string; the first of a repeated name
/// counts), before any cleaning. Both the byte scanner and the general parser fill it, so the
/// paper made from it is the same whichever read the line.
struct ArxivSnapshotFields: Equatable {
    var isObject = true
    var id: String?
    var categories: String?
    var updateDate: String?
    var title: String?
    var authors: String?
    var doi: String?
    var abstract: String?
    var comments: String?
    var journalRef: String?
    /// `versions[0].created`, when a string.
    var firstCreated: String?
    /// `authors_parsed` when an array: each name's first three parts (a part that is not a string
    /// is ""; a name that is not an array has none).
    var authorsParsed: [[String]]?

    init() {}

    /// The fields of a line the general parser read.
    init(_ root: JSONValue) {
        guard root.members != nil else { isObject = false; return }
        func string(_ key: String) -> String? {
            guard let v = root[key], case .string(let s) = v.kind else { return nil }
            return s
        }
        id = string("id")
        categories = string("categories")
        updateDate = string("update_date")
        title = string("title")
        authors = string("authors")
        doi = string("doi")
        abstract = string("abstract")
        comments = string("comments")
        journalRef = string("journal-ref")
        if let versions = root["versions"]?.elements, let v = versions.first, case .string(let created)? = v["created"]?.kind {
            firstCreated = created
        }
        if let parsed = root["authors_parsed"]?.elements {
            authorsParsed = parsed.map { name in
                (name.elements ?? []).prefix(3).map { v -> String in
                    if case .string(let s) = v.kind { return s } else { return "" }
                }
            }
        }
    }
}
