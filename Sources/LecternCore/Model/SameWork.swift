/// The records of one work found in several places: a talk and its proceedings or arXiv entry, an
/// OpenReview note and its preprint. Two records are the same work when their titles agree once
/// folded (case, accents, punctuation and LaTeX aside) and they share at least one author (the
/// same surname and first initial); a title alone never makes them one. Q&A slots are no work, and
/// two talks of the schedule are two slots.
public struct SameWork: Sendable, Equatable {
    /// The work of each item index that has other records, numbering `members`.
    private let work: [Int: Int]
    /// The item indices of each work of several records, in corpus order.
    private let members: [[Int]]

    public init(_ corpus: Corpus) {
        var byTitle: [String: [Int]] = [:]
        for (k, item) in corpus.items.enumerated() where item.kind != .qa {
            let key = Self.titleKey(item.title)
            guard key.count >= 8 else { continue }
            byTitle[key, default: []].append(k)
        }
        var work: [Int: Int] = [:]
        var members: [[Int]] = []
        // Groups in corpus order of their first record, so the numbering does not depend on hashing.
        for group in byTitle.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
            let timed = group.map { corpus.items[$0].start != nil }
            var root = Array(group.indices)
            func find(_ a: Int) -> Int {
                var a = a
                while root[a] != a { root[a] = root[root[a]]; a = root[a] }
                return a
            }
            // Two records sharing an author are one work, unless both are talks in the schedule (a
            // talk given twice, a devroom's welcome each day are two slots): a work joins a talk to
            // papers, or papers to each other. So the holders of one author are one work exactly
            // when one of them is no talk; joined through it, in time linear in the authors.
            var holders: [String: [Int]] = [:]
            for a in group.indices {
                for key in Set(corpus.items[group[a]].authors.map(Self.authorKey)) { holders[key, default: []].append(a) }
            }
            for positions in holders.values where positions.count > 1 {
                guard let paper = positions.first(where: { !timed[$0] }) else { continue }
                for p in positions { root[find(p)] = find(paper) }
            }
            var sets: [Int: [Int]] = [:]
            for a in group.indices { sets[find(a), default: []].append(group[a]) }
            for set in sets.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }) {
                for k in set { work[k] = members.count }
                members.append(set)
            }
        }
        self.work = work
        self.members = members
    }

    /// The works as `groups` lists them (each its records' item indices, in corpus order), as
    /// `groups` gave them out.
    init(groups: [[Int]]) {
        var work: [Int: Int] = [:]
        for (w, group) in groups.enumerated() {
            for k in group { work[k] = w }
        }
        self.work = work
        members = groups
    }

    /// The records of each work of several records.
    var groups: [[Int]] { members }

    /// The other records of the work item `index` is a record of.
    public func others(of index: Int) -> [Int] {
        guard let w = work[index] else { return [] }
        return members[w].filter { $0 != index }
    }

    /// `ranked` (item indices, best first) with each work once, at its best-ranked record.
    public func firstOfEachWork(_ ranked: [Int]) -> [Int] {
        guard !work.isEmpty else { return ranked }
        var listed = Set<Int>()
        var kept: [Int] = []
        kept.reserveCapacity(ranked.count)
        for i in ranked {
            if let w = work[i] {
                guard listed.insert(w).inserted else { continue }
            }
            kept.append(i)
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
