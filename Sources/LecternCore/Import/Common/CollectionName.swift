/// What a collection of papers is, in a few words, from the papers themselves: "arXiv cs.LG",
/// "ICML 2024 orals (OpenReview)", "CHIL 2024 proceedings". The library names an entry of papers
/// with it when the user gives no name and the source names no conference.
public enum CollectionName {
    /// The name for `items` read as `format` (a reader's `formatName`); nil when nothing tells.
    public static func title(of items: [Item], format: String) -> String? {
        title(of: CorpusTally(items), format: format)
    }

    /// The same name from a tally of the items (a streamed import holds no list of them).
    public static func title(of tally: CorpusTally, format: String) -> String? {
        guard tally.papers > 0 else { return nil }
        if format.hasPrefix("arXiv") {
            // The most common primary category (each paper's first).
            return tally.firstCategories.mostCommon.map { "arXiv " + $0 } ?? "arXiv"
        }
        if format.hasPrefix("OpenReview") {
            guard let venue = tally.venues.mostCommon else { return nil }
            return plural(venue) + " (OpenReview)"
        }
        if format == "BibTeX" {
            guard let venue = tally.venues.mostCommon else { return nil }
            let year = tally.years.mostCommon
            guard let acronym = proceedingsAcronym(venue) else { return venue }
            return [acronym, year, "proceedings"].compactMap { $0 }.joined(separator: " ")
        }
        return nil
    }

    /// "ICML 2024 Oral" → "ICML 2024 orals": a venue ending in a kind of presentation names them all.
    static func plural(_ venue: String) -> String {
        let kinds = ["oral": "orals", "poster": "posters", "spotlight": "spotlights", "talk": "talks"]
        var words = venue.split(separator: " ").map(String.init)
        guard let last = words.last, let many = kinds[last.lowercased()] else { return venue }
        words[words.count - 1] = many
        return words.joined(separator: " ")
    }

    /// "Proceedings of the fifth Conference on Health, Inference, and Learning" → "CHIL": the
    /// initials of the capitalised words after "Proceedings of (the) (ordinal)"; a short name in
    /// parentheses ("… (ACL 2023)") wins. Nil for a venue that is no proceedings (a journal).
    static func proceedingsAcronym(_ venue: String) -> String? {
        if let open = venue.lastIndex(of: "("), let word = venue[venue.index(after: open)...].split(whereSeparator: { !$0.isLetter }).first,
           word.count >= 2, word.allSatisfy(\.isUppercase) {
            return String(word)
        }
        var words = venue.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" }).map(String.init)
        guard let first = words.first, first.lowercased() == "proceedings" else { return nil }
        words.removeFirst()
        if words.first?.lowercased() == "of" { words.removeFirst() }
        if words.first?.lowercased() == "the" { words.removeFirst() }
        // An ordinal ("fifth", "38th", "2nd") and "Annual" say which meeting, not what it is.
        while let w = words.first, isOrdinal(w) || w.lowercased() == "annual" { words.removeFirst() }
        let initials = words.prefix { !$0.hasPrefix("(") }.compactMap { w -> Character? in
            guard let c = w.first, c.isUppercase else { return nil }
            return c
        }
        return initials.count >= 2 ? String(initials) : nil
    }

    static func isOrdinal(_ word: String) -> Bool {
        let w = word.lowercased()
        let spelled: Set<String> = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                    "eighteenth", "nineteenth", "twentieth"]
        if spelled.contains(w) { return true }
        let digits = w.prefix { $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(w.dropFirst(digits.count)))
    }

    /// The most frequent value, the first seen among equals.
    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for v in values where !v.isEmpty {
            if counts[v] == nil { order.append(v) }
            counts[v, default: 0] += 1
        }
        guard let top = counts.values.max() else { return nil }
        return order.first { counts[$0] == top }
    }
}
