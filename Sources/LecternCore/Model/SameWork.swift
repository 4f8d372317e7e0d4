/// The records of one work found in several places: a talk and its proceedings or arXiv entry, an
/// OpenReview note and its preprint. Two records are the same work when their titles agree once
/// folded (case, accents, punctuation and LaTeX aside) and they share at least one author (the
/// same surname and first initial); a title alone never makes them one. Q&A slots are no work, and
/// two talks of the schedule are two slots.
public struct SameWork: Sendable, Equatable {
    /// For each item index with other records, those records' indices, in corpus order.
    private let others: [Int: [Int]]

    public init(_ corpus: Corpus) {
        var byTitle: [String: [Int]] = [:]
        for (k, item) in corpus.items.enumerated() where item.kind != .qa {
            let key = Self.titleKey(item.title)
            guard key.count >= 8 else { continue }
            byTitle[key, default: []].append(k)
        }
        var others: [Int: [Int]] = [:]
        for group in byTitle.values where group.count > 1 {
            let authors = group.map { Set(corpus.items[$0].authors.map(Self.authorKey)) }
            // Union the records that share an author, directly or through another record.
            var root = Array(group.indices)
            func find(_ a: Int) -> Int {
                var a = a
                while root[a] != a { root[a] = root[root[a]]; a = root[a] }
                return a
            }
            // Two talks in the schedule are two slots (a talk given twice, a devroom's welcome each
            // day), never one work: a work joins a talk to papers, or papers to each other.
            let timed = group.map { corpus.items[$0].start != nil }
            for a in group.indices {
                for b in group.indices where b > a && !(timed[a] && timed[b]) && !authors[a].isDisjoint(with: authors[b]) {
                    root[find(b)] = find(a)
                }
            }
            var members: [Int: [Int]] = [:]
            for a in group.indices { members[find(a), default: []].append(group[a]) }
            for set in members.values where set.count > 1 {
                for k in set { others[k] = set.filter { $0 != k } }
            }
        }
        self.others = others
    }

    /// The other records of the work item `index` is a record of.
    public func others(of index: Int) -> [Int] { others[index] ?? [] }

    /// `ranked` (item indices, best first) with each work once, at its best-ranked record.
    public func firstOfEachWork(_ ranked: [Int]) -> [Int] {
        guard !others.isEmpty else { return ranked }
        var listed = Set<Int>()
        var kept: [Int] = []
        kept.reserveCapacity(ranked.count)
        for i in ranked where !listed.contains(i) {
            kept.append(i)
            if let rest = others[i] {
                listed.insert(i)
                listed.formUnion(rest)
            }
        }
        return kept
    }

    /// `relativepositionalencodingfortransformers`: the title's letters and digits, folded.
    static func titleKey(_ title: String) -> String {
        if let ascii = asciiTitleKey(title) { return ascii }
        let folded = TextFolding.fold(LaTeXCleaner.clean(title))
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    /// The same key for an ASCII title the LaTeX cleaner leaves as it is (most titles), byte by
    /// byte: its letters lowercased and its digits; nil for any other title.
    static func asciiTitleKey(_ title: String) -> String? {
        guard !LaTeXCleaner.mayNeedParsing(title) else { return nil }
        var title = title
        let key: [UInt8]? = title.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for b in bytes {
                switch b {
                case 0x61...0x7A, 0x30...0x39: out.append(b)
                case 0x41...0x5A: out.append(b + 32)
                case 0x80...: return nil
                default: continue
                }
            }
            return out
        }
        return key.map { String(decoding: $0, as: UTF8.self) }
    }

    /// `lemire d`: a name's folded surname and first initial (`Daniel Lemire`, `D. Lemire`).
    static func authorKey(_ name: String) -> String {
        let words = TextFolding.fold(LaTeXCleaner.clean(name)).split { !$0.isLetter }
        guard let last = words.last else { return "" }
        return words.count > 1 ? last + " " + String(words[0].prefix(1)) : String(last)
    }
}
